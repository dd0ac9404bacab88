/**
 * Glossary terms. One YAML file per term in src/content/glossary/; the file name is the
 * id used by <Term id="…"> and the anchor on the glossary page (/glossary/#id).
 */
import { z } from 'astro/zod';
import { expected, strictEntry, text, words } from './fields';

export const definitionMaxWords = 40;

export function glossarySchema<SourceRef extends z.ZodType, TermRef extends z.ZodType>(sourceRef: SourceRef, termRef: TermRef) {
  return strictEntry({
    /** The term as a reader meets it, e.g. "Primary progressive MS". */
    term: text('the term as a reader meets it', { max: 80 }).describe('The term as a reader meets it.'),
    /** Other names and abbreviations: search finds the term by any of them. */
    aliases: z
      .array(text('an alias such as "PPMS"', { max: 80 }), { error: expected('a list of other names') })
      .default([])
      .describe('Other names and abbreviations, e.g. PPMS. Search finds the term by these.'),
    /** A plain definition a tired reader can take in: at most 40 words. */
    definition: words('a plain definition', definitionMaxWords).describe(`A plain definition of at most ${definitionMaxWords} words.`),
    /** Where the definition comes from, when it rests on a specific source. */
    source: sourceRef.optional().describe('The id of a source the definition rests on (optional).'),
    /** Related terms shown as "See also". */
    seeAlso: z
      .array(termRef, { error: expected('a list of glossary ids') })
      .default([])
      .describe('Ids of related glossary terms (optional).'),
  });
}
