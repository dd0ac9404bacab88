/**
 * Content files read and parsed the way the build reads them, without a build: the collections
 * of src/content.config.ts (through the astro:content stand-in), YAML and MDX front matter read
 * with YAML 1.1's types as Astro reads them (a YYYY-MM-DD date becomes a Date).
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
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
  return readEntryText(readFileSync(file, 'utf8'), file.endsWith('.mdx') ? 'mdx' : 'yaml');
}

/** The data in a YAML file's text, or in an MDX file's front matter. */
export function readEntryText(text: string, kind: 'yaml' | 'mdx'): unknown {
  if (kind === 'yaml') return parse(text, { schema: 'yaml-1.1' });
  const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text);
  return match ? parse(match[1]!, { schema: 'yaml-1.1' }) : {};
}

/** The problems the collection's schema finds in a file, as "field.path: message" (none: it is valid). */
export function schemaProblems(collection: CollectionName, file: string): string[] {
  const result = schemaOf(collection).safeParse(readEntryFile(file));
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

/** One folder laid out like src/content/, parsed: collection name → entries by id. */
function readFolder(root: string): Map<string, Map<string, StubEntry>> {
  const out = new Map<string, Map<string, StubEntry>>();
  for (const name of Object.keys(collections) as CollectionName[]) {
    const byId = new Map<string, StubEntry>();
    const folder = path.join(root, name);
    if (existsSync(folder)) {
      for (const file of readdirSync(folder)
        .filter((f) => /\.(ya?ml|mdx)$/.test(f))
        .sort()) {
        const id = file.replace(/\.(ya?ml|mdx)$/, '');
        const data = schemaOf(name).parse(readEntryFile(path.join(folder, file))) as Record<string, unknown>;
        // Named as if the file were in src/content/, where an editor puts it.
        byId.set(id, { id, data, filePath: `src/content/${name}/${file}` });
      }
    }
    out.set(name, byId);
  }
  return out;
}

let realContent: Map<string, Map<string, StubEntry>> | undefined;

/**
 * Every collection of src/content/, parsed (once per test file), as the entries the
 * astro:content stand-in serves; `overlays` (folders laid out the same way) are laid over it,
 * as a fixture is in a build.
 */
export function readCollections(...overlays: string[]): Record<string, StubEntry[]> {
  realContent ??= readFolder(contentDir);
  const layers = [realContent, ...overlays.map(readFolder)];
  return Object.fromEntries(
    [...realContent.keys()].map((name) => [name, [...new Map(layers.flatMap((layer) => [...(layer.get(name) ?? new Map()).entries()])).values()]]),
  );
}
