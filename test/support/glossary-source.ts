/** The glossary as editors wrote it. */
import { yamlEntries } from './content-source.ts';

export interface GlossaryFile {
  id: string;
  term: string;
  aliases?: string[];
}

export const glossaryFiles = (): GlossaryFile[] => yamlEntries<Omit<GlossaryFile, 'id'>>('glossary');
