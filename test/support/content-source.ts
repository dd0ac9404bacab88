/** Data files as editors wrote them, read straight from src/content/<collection>/*.yaml. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { contentDir } from './paths.ts';

/** Every YAML entry of a collection, with its id (the file name). */
export function yamlEntries<T>(collection: string): (T & { id: string })[] {
  const dir = path.join(contentDir, collection);
  return readdirSync(dir)
    .filter((name) => name.endsWith('.yaml'))
    .map((name) => ({ ...(parse(readFileSync(path.join(dir, name), 'utf8')) as T), id: name.replace(/\.yaml$/, '') }));
}
