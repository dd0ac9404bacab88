/**
 * What shapes progression, as data: one YAML file per part in src/content/progression/.
 * The "what shapes progression" chart draws the processes that cause damage, the body's
 * compensation, the result, and the personal factors, and shows what is known about each.
 */
import { z } from 'astro/zod';
import { expected, sentence, strictEntry, text } from './fields';

/** The kinds of part, with the group heading the chart gives each. */
export const progressionKinds = {
  process: 'Causes damage',
  compensation: 'Holds the damage back, for a time',
  outcome: 'The result',
  factor: "May shape each person's course",
} as const;
export type ProgressionKind = keyof typeof progressionKinds;
const kindKeys = Object.keys(progressionKinds) as [ProgressionKind, ...ProgressionKind[]];

/** One thing that is known, as a sourced sentence. */
export function progressionFactSchema<SourceRef extends z.ZodType>(sourceRef: SourceRef) {
  return strictEntry({
    /** One plain sentence that a page of the site or the research notes already states with this source. */
    text: sentence('one plain sentence of what is known', 40).describe(
      'One plain sentence (at most 40 words) that the source supports, as the site already says it.',
    ),
    /** The source of the sentence. */
    source: sourceRef.describe('The id of the source that supports the sentence.'),
  });
}

export function progressionSchema<SourceRef extends z.ZodType, TermRef extends z.ZodType>(sourceRef: SourceRef, termRef: TermRef) {
  return strictEntry({
    /** What the part is in the diagram. */
    kind: z.enum(kindKeys, { error: expected(`one of ${kindKeys.join(', ')}`) }).describe(`What the part is: ${kindKeys.join(', ')}.`),
    /** The short name shown in the diagram. */
    label: text('a short label', { max: 40 }).describe('The short name shown in the diagram, e.g. "Nerve loss (neurodegeneration)".'),
    /** Position within its kind. */
    order: z
      .number({ error: expected('a whole number such as 1') })
      .int()
      .min(0)
      .describe('Position within its kind, in the order the source lists them.'),
    /** The glossary term that explains the word, if there is one. */
    term: termRef.optional().describe('The id of the glossary term for this part, if there is one, e.g. inflammation.'),
    /** What is known, each sentence with its source. If the source only names it, say exactly that. */
    whatIsKnown: z
      .array(progressionFactSchema(sourceRef), { error: expected('a list of sentences, each with text and source') })
      .min(1, { error: 'expected at least one sentence of what is known' })
      .max(4, { error: 'expected at most 4 sentences, so the details stay short' })
      .describe('1 to 4 sentences of what is known, each with text and source.'),
  });
}
