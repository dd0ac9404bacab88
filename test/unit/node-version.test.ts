/** npm scripts run on the Node that the `node` devDependency installs, not the machine's older one. */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
  engines: { node: string };
  devDependencies: Record<string, string>;
};

describe('Node version', () => {
  it('is at least what Astro 7 needs (22.12)', () => {
    const [major, minor] = process.versions.node.split('.').map(Number) as [number, number];
    expect(major > 22 || (major === 22 && minor >= 12), `running on Node ${process.version}`).toBe(true);
  });
  it('matches the pinned LTS major in .nvmrc and package.json', () => {
    const nvmrc = readFileSync(new URL('../../.nvmrc', import.meta.url), 'utf8').trim();
    expect(process.versions.node.split('.')[0]).toBe(nvmrc);
    expect(pkg.devDependencies.node).toMatch(new RegExp(`^\\^${nvmrc}\\.`));
    expect(pkg.engines.node).toBe('>=22.12.0');
  });
});
