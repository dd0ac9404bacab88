/**
 * `npm start`, the benchmarks and the screenshot script run on plain Node (type stripping, no
 * bundler), which needs every relative import to name its file with `.ts`. Vitest and Astro
 * resolve a missing extension, so the rest of the suite would not notice one. This loads each
 * module those scripts import, in a child Node, as they load it.
 */
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { projectRoot } from '../support/paths.ts';

const scriptsDir = path.join(projectRoot, 'scripts');
/** Every module the scripts import from the project (the scripts themselves do work when run). */
const imported = [
  ...new Set(
    readdirSync(scriptsDir)
      .filter((name) => name.endsWith('.ts'))
      .flatMap((name) => [...readFileSync(path.join(scriptsDir, name), 'utf8').matchAll(/from '(\.\.?\/[^']+)'/g)].map((m) => path.resolve(scriptsDir, m[1]!))),
  ),
].filter((file) => !file.startsWith(scriptsDir + path.sep));

describe('modules the Node scripts import', () => {
  it('are found', () => expect(imported.length).toBeGreaterThan(5));
  it.each(imported.map((file) => [path.relative(projectRoot, file), file] as const))('%s loads on plain Node', (_name, file) => {
    const run = () =>
      execFileSync(process.execPath, ['--input-type=module', '-e', `await import(${JSON.stringify(pathToFileURL(file).href)})`], {
        cwd: projectRoot,
        stdio: 'pipe',
        encoding: 'utf8',
      });
    expect(run).not.toThrow();
  });
});
