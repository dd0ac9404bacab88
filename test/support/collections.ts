/**
 * Content files read and parsed the way the build reads them, without a build: the collections
 * of src/content.config.ts (through the astro:content stand-in), YAML and MDX front matter read
 * with js-yaml as Astro reads them (dates become Date objects).
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import type { z } from 'astro/zod';
import { collections } from '../../src/content.config.ts';
import type { StubEntry } from './astro-content-stub.ts';
import { contentDir } from './paths.ts';

export type CollectionName = keyof typeof collections;

/** The schema a collection's entries are parsed with, as the site wires it. */
export function schemaOf(collection: CollectionName): z.ZodType {
  const schema = collections[collection].schema;
  if (!schema || typeof schema === 'function') throw new Error(`The collection "${collection}" has no plain schema.`);
  return schema as z.ZodType;
}

/** A file's data: a YAML file's content, or an MDX file's front matter. */
export function readEntryFile(file: string): unknown {
  const text = readFileSync(file, 'utf8');
  if (file.endsWith('.yaml') || file.endsWith('.yml')) return yaml.load(text);
  const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text);
  return match ? yaml.load(match[1]!) : {};
}

/** The problems the collection's schema finds in a file, as "field.path: message" (none: it is valid). */
export function schemaProblems(collection: CollectionName, file: string): string[] {
  const result = schemaOf(collection).safeParse(readEntryFile(file));
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

/**
 * Every collection under `root` (laid out like src/content/), parsed, as the entries the
 * astro:content stand-in serves. `overlay` folders are laid over it, as a fixture is in a build.
 */
export function readCollections(...overlays: string[]): Record<string, StubEntry[]> {
  const out: Record<string, StubEntry[]> = {};
  for (const name of Object.keys(collections) as CollectionName[]) {
    const byId = new Map<string, StubEntry>();
    for (const root of [contentDir, ...overlays]) {
      const folder = path.join(root, name);
      if (!existsSync(folder)) continue;
      for (const file of readdirSync(folder).filter((f) => /\.(ya?ml|mdx)$/.test(f)).sort()) {
        const id = file.replace(/\.(ya?ml|mdx)$/, '');
        const data = schemaOf(name).parse(readEntryFile(path.join(folder, file))) as Record<string, unknown>;
        // Named as if the file were in src/content/, where an editor puts it.
        byId.set(id, { id, data, filePath: `src/content/${name}/${file}` });
      }
    }
    out[name] = [...byId.values()];
  }
  return out;
}
