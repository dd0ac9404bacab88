/**
 * The research questions of the rehabilitation-priorities paper, as data: one YAML file per
 * question in src/content/questions/. Symptom pages and charts read this one list.
 */
import { z } from 'astro/zod';
import { expected, strictEntry, text, words } from './fields';

/** The kind of question, used to group and filter them. */
export const questionThemes = {
  measuring: 'Measuring the symptom',
  treating: 'Finding treatments that work',
  'choosing-for-whom': 'Choosing the right treatment for each person',
  'making-benefits-last': 'Making benefits last',
  'effects-on-the-brain': 'Effects on the brain',
} as const;
export type QuestionTheme = keyof typeof questionThemes;
const themeKeys = Object.keys(questionThemes) as [QuestionTheme, ...QuestionTheme[]];

export function questionSchema<SymptomRef extends z.ZodType, SourceRef extends z.ZodType>(symptomRef: SymptomRef, sourceRef: SourceRef) {
  return strictEntry({
    /** The symptom page this question belongs to, by id, e.g. "fatigue". */
    symptom: symptomRef.describe('The id of the symptom page, e.g. fatigue.'),
    /** The question exactly as the source words it: it is shown as a quotation. */
    question: text('the question exactly as the source words it', { max: 400 })
      .refine((q) => q.endsWith('?'), { error: 'expected the question to end with a question mark' })
      .describe('The question, word for word from the source; shown as a quotation.'),
    /** One plain line on why the question matters to people with progressive MS. */
    whyItMatters: words('one plain line on why it matters', 30).describe('One plain line (at most 30 words) on why the question matters.'),
    /** The kind of question. */
    theme: z.enum(themeKeys, { error: expected(`one of ${themeKeys.join(', ')}`) }).describe(`The kind of question: ${themeKeys.join(', ')}.`),
    /** Position on the symptom page: the source's order. */
    order: z
      .number({ error: expected('a whole number') })
      .int()
      .min(0)
      .describe("Position in the source's list."),
    /** Where the question is published. */
    source: sourceRef.describe('The id of the source that publishes the question.'),
  });
}
