/**
 * The layers of src/ point one way: pages → components, layouts, integrations and client scripts
 * → charts → content → lib. A file may import its own layer or any layer below, never above,
 * and no chain of imports comes back to where it started.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../support/paths.ts';

const src = path.join(projectRoot, 'src');
const rank: Record<string, number> = { lib: 0, content: 1, charts: 2, components: 3, layouts: 3, integrations: 3, scripts: 3, pages: 4 };
const files = readdirSync(src, { recursive: true, encoding: 'utf8' })
  .filter((f) => /\.(ts|astro|mjs)$/.test(f) && !f.endsWith('.d.ts'))
  .map((f) => path.join(src, f));

/** A relative import resolved to a file of src/, as Vite would (with or without its extension). */
function resolve(from: string, spec: string): string | undefined {
  const base = path.resolve(path.dirname(from), spec);
  for (const candidate of [base, `${base}.ts`, `${base}.astro`, path.join(base, 'index.ts')]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return undefined;
}

const layer = (file: string) => path.relative(src, file).split(path.sep)[0]!;
const imports = new Map(
  files.map((file) => {
    const code = readFileSync(file, 'utf8');
    const specs = [...code.matchAll(/(?:import|from)\s*['"](\.{1,2}\/[^'"]+)['"]/g)].map((m) => m[1]!);
    return [file, specs.flatMap((s) => resolve(file, s) ?? []).filter((f) => /\.(ts|astro|mjs)$/.test(f))] as const;
  }),
);
const name = (file: string) => path.relative(projectRoot, file);

describe('the architecture of src/', () => {
  it('finds the files of every layer', () => {
    for (const l of Object.keys(rank))
      expect(
        files.some((f) => layer(f) === l),
        l,
      ).toBe(true);
  });

  it('never imports from a higher layer', () => {
    const upward = [...imports].flatMap(([file, targets]) =>
      targets
        .filter((t) => rank[layer(t)] !== undefined && rank[layer(file)] !== undefined && rank[layer(t)]! > rank[layer(file)]!)
        .map((t) => `${name(file)} → ${name(t)}`),
    );
    expect(upward).toEqual([]);
  });

  it('has no circle of imports', () => {
    const circles: string[] = [];
    const state = new Map<string, 'visiting' | 'done'>();
    const visit = (file: string, trail: string[]) => {
      if (state.get(file) === 'done') return;
      if (state.get(file) === 'visiting') {
        circles.push([...trail.slice(trail.indexOf(file)), file].map(name).join(' → '));
        return;
      }
      state.set(file, 'visiting');
      for (const next of imports.get(file) ?? []) visit(next, [...trail, file]);
      state.set(file, 'done');
    };
    for (const file of files) visit(file, []);
    expect(circles).toEqual([]);
  });
});
