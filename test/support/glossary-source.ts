/** The glossary as editors wrote it, read straight from src/content/glossary/*.yaml. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { contentDir } from './paths.ts';

export interface GlossaryFile {
  id: string;
  term: string;
  aliases?: string[];
}

export function glossaryFiles(): GlossaryFile[] {
  const dir = path.join(contentDir, 'glossary');
  return readdirSync(dir)
    .filter((name) => name.endsWith('.yaml'))
    .map((name) => ({ id: name.replace(/\.yaml$/, ''), ...(parse(readFileSync(path.join(dir, name), 'utf8')) as Omit<GlossaryFile, 'id'>) }));
}
