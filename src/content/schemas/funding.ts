/**
 * Research funding as a source reports it, e.g. the 2017 grants examined by the
 * rehabilitation-priorities paper. One YAML file per report in src/content/funding/.
 * Pages and charts compute dollar amounts from these numbers, so a figure is typed once.
 */
import { z } from 'astro/zod';
import { siteYear } from '../../lib/today';
import { expected, strictEntry, text } from './fields';

/** One area of research as the source groups it, e.g. "Fatigue or pain". */
export function fundingAreaSchema<SymptomRef extends z.ZodType>(symptomRef: SymptomRef) {
  return strictEntry({
    /** A short id for the area, used in links and chart state, e.g. "fatigue-or-pain". */
    id: z
      .string({ error: expected('a short id such as fatigue-or-pain') })
      .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: expected('a lower-case id with hyphens, such as fatigue-or-pain') })
      .describe('A short lower-case id for the area, e.g. fatigue-or-pain.'),
    /** The area's name exactly as the source groups it; never split a combined group. */
    label: text('the area name as the source groups it', { max: 80 }).describe('The area name as the source groups it, e.g. "Fatigue or pain".'),
    /** The share of the total, in percent, exactly as the source gives it. */
    percent: z
      .number({ error: expected('a percentage such as 1.3') })
      .positive()
      .max(100)
      .describe('The share of the total in percent, exactly as the source gives it (e.g. 1.3).'),
    /** The symptom pages this area covers, by id. */
    symptoms: z
      .array(symptomRef, { error: expected('a list of symptom page ids') })
      .min(1, { error: 'expected at least one symptom page id' })
      .describe('Ids of the symptom pages the area covers, e.g. [fatigue, pain].'),
  });
}

export function fundingSchema<SymptomRef extends z.ZodType, SourceRef extends z.ZodType>(symptomRef: SymptomRef, sourceRef: SourceRef) {
  return strictEntry({
    /** The year the money was awarded. */
    year: z
      .number({ error: expected('a year such as 2017') })
      .int()
      .min(1990)
      .refine((year) => year <= siteYear(), { error: () => `expected a year of ${siteYear()} or earlier` })
      .describe('The year the grants were awarded.'),
    /** The total in millions of US dollars, exactly as the source gives it. */
    totalMillions: z
      .number({ error: expected('the total in millions, such as 228.7') })
      .positive()
      .describe('The total of all grants, in millions of US dollars, as the source gives it.'),
    /** Whose grants were counted, in a phrase that completes "the grants of …". */
    funders: text('who funded the grants', { max: 300 }).describe('Whose grants were counted, e.g. "the Alliance and the MS societies of …".'),
    /** The areas the source reports, in its order. The rest of the total is "other research". */
    areas: z
      .array(fundingAreaSchema(symptomRef), { error: expected('a list of areas with id, label, percent and symptoms') })
      .min(1, { error: 'expected at least one area' })
      .refine((areas) => areas.reduce((sum, a) => sum + a.percent, 0) <= 100, { error: 'expected the areas to add up to 100% or less' })
      .describe('The areas the source reports, in its order; the remainder is shown as other research.'),
    /** Where the figures are published. */
    source: sourceRef.describe('The id of the source that reports these figures.'),
  });
}
