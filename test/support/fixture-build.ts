/**
 * Builds the site with the real content plus one fixture folder laid over it, in a
 * temporary directory, and returns what the build printed. Used to prove that each editor
 * mistake stops the build with a useful message.
 */
import { stripVTControlCharacters } from 'node:util';
import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { contentDir, projectRoot } from './paths.ts';
import { withBuildLock } from './build-lock.ts';

/** Every content folder (a collection each), so a new collection is copied without a change here. */
const collections = readdirSync(contentDir, { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && entry.name !== 'schemas')
  .map((entry) => entry.name);

export interface BuildResult {
  ok: boolean;
  /** stdout and stderr together, without colour codes. */
  output: string;
}

/**
 * Builds with the fixture (if any) laid over the real content. `inspect` runs on the built site's
 * folder before it is removed, for checks of what the pages say; `env` sets, e.g., SITE_TODAY.
 */
export function buildWithFixture(fixtureDir: string | undefined, inspect?: (distDir: string) => void, env: Record<string, string> = {}): Promise<BuildResult> {
  return withBuildLock(() => build(fixtureDir, inspect, env));
}

async function build(fixtureDir: string | undefined, inspect: ((distDir: string) => void) | undefined, env: Record<string, string>): Promise<BuildResult> {
  const work = mkdtempSync(path.join(tmpdir(), 'cpms-fixture-'));
  try {
    const content = path.join(work, 'content');
    for (const name of collections) cpSync(path.join(contentDir, name), path.join(content, name), { recursive: true });
    if (fixtureDir) cpSync(fixtureDir, content, { recursive: true });
    const astro = path.join(projectRoot, 'node_modules', 'astro', 'bin', 'astro.mjs');
    const run = await new Promise<{ status: number | null; output: string }>((resolve, reject) => {
      const child = spawn(process.execPath, [astro, 'build'], {
        cwd: projectRoot,
        env: {
          ...process.env,
          ...env,
          CONTENT_ROOT: content,
          ASTRO_OUT_DIR: path.join(work, 'dist'),
          ASTRO_CACHE_DIR: path.join(work, 'cache'),
          ASTRO_TELEMETRY_DISABLED: '1',
          NO_COLOR: '1',
          FORCE_COLOR: '0',
        },
        timeout: 540_000,
      });
      let output = '';
      child.stdout.on('data', (chunk) => (output += chunk));
      child.stderr.on('data', (chunk) => (output += chunk));
      child.on('error', reject);
      child.on('close', (status) => resolve({ status, output }));
    });
    const output = stripVTControlCharacters(run.output);
    if (run.status === 0) inspect?.(path.join(work, 'dist'));
    return { ok: run.status === 0, output };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
