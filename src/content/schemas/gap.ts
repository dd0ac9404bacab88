/**
 * The three gap areas of the research strategy (Thompson et al. 2021), as data: one YAML file
 * per gap in src/content/gaps/, named like its page in src/content/strategy/ (e.g. trials.yaml).
 * The "strategy at a glance" chart reads this list; the file name is the chart's view value.
 */
import { z } from 'astro/zod';
import { expected, strictEntry, text, words } from './fields';

/** One way the strategy (or the Alliance's work on that gap) sets out to close the gap. */
export function approachSchema<SourceRef extends z.ZodType>(sourceRef: SourceRef) {
  return strictEntry({
    /** A short plain phrase, starting with a verb: "Test several drugs at once in multi-arm trials". */
    text: words('a short approach', 14)
      .refine((value) => !/[.!?]$/.test(value), { error: 'expected a short approach without a full stop at the end' })
      .describe('A short plain phrase (at most 14 words, no full stop) that starts with a verb.'),
    /** The source the gap's page cites for this approach. */
    source: sourceRef.describe('The id of the source the gap page cites for this approach.'),
  });
}

export function gapSchema<StrategyRef extends z.ZodType, SourceRef extends z.ZodType>(strategyRef: StrategyRef, sourceRef: SourceRef) {
  return strictEntry({
    /** The gap's name, as its page's title gives it. */
    title: text('the gap title', { max: 60 }).describe('The name of the gap, as the title of its page, e.g. "Speeding up clinical trials".'),
    /** One or two words for the chart's button: "Trials". */
    label: text('a one- or two-word button label', { max: 16 }).describe('One or two words for the chart button that picks this gap, e.g. "Trials".'),
    /** The strategy page that explains this gap. */
    page: strategyRef.describe("The id of the gap's page in src/content/strategy/, e.g. trials."),
    /** The gap's number in the paper: 1, 2 or 3. */
    order: z
      .number({ error: expected('a whole number such as 1') })
      .int()
      .min(1)
      .describe("The gap's number in the paper (1 for the first gap)."),
    /** The approaches, in the order the gap's page explains them. */
    approaches: z
      .array(approachSchema(sourceRef), { error: expected('a list of approaches, each with text and source') })
      .min(2, { error: 'expected at least 2 approaches' })
      .max(6, { error: 'expected at most 6 approaches, so the chart stays readable' })
      .describe("2 to 6 approaches, each with text and source, in the order of the gap's page."),
  });
}
