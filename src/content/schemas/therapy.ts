/**
 * The therapy pipeline: one YAML file per therapy in src/content/therapies/, each with its
 * trials. Every claim here is a medical fact a reader may act on, so every field is checked.
 */
import { z } from 'astro/zod';
import { registryFormatsHint, registryOf } from '../../lib/registry';
import { calendarDate, expected, strictEntry, text, words } from './fields';

/**
 * A closed list of values with reader-facing labels. Built from [value, label] pairs because
 * object keys like "1" and "2" would be reordered by JavaScript, and order matters (phases).
 */
function labelled<const Pairs extends readonly (readonly [string, string])[]>(pairs: Pairs) {
  type Key = Pairs[number][0];
  const keys = pairs.map(([key]) => key) as unknown as [Key, ...Key[]];
  const labels = Object.fromEntries(pairs) as Record<Key, string>;
  return { keys, labels };
}

/** How a therapy is thought to work. */
export const mechanisms = labelled([
  ['anti-cd20', 'Immune: anti-CD20 (B-cell depleting)'],
  ['s1p-modulator', 'Immune: S1P receptor modulator'],
  ['btk-inhibitor', 'Immune: BTK inhibitor'],
  ['anti-cd40l', 'Immune: anti-CD40L'],
  ['other-immune', 'Immune: other'],
  ['neuroprotective', 'Neuroprotective'],
  ['metabolic', 'Metabolic'],
  ['repair-remyelination', 'Repair and remyelination'],
  ['cell-therapy', 'Cell therapy'],
  ['symptomatic', 'Symptomatic'],
  ['rehabilitation', 'Rehabilitation'],
]);

/** What a therapy is for. */
export const purposes = labelled([
  ['disease-modifying', 'Slowing the disease'],
  ['symptomatic', 'Easing a symptom'],
  ['rehabilitation', 'Rehabilitation'],
]);

/** Who a therapy or trial is for. */
export const populations = labelled([
  ['ppms', 'Primary progressive MS'],
  ['spms', 'Secondary progressive MS'],
  ['active-spms', 'Active secondary progressive MS'],
  ['non-relapsing-spms', 'Non-relapsing secondary progressive MS'],
  ['progressive-ms', 'Progressive MS in general'],
  ['all-ms', 'All types of MS'],
]);

/** Where a therapy stands overall. */
export const statuses = labelled([
  ['approved', 'Approved for some progressive MS'],
  ['in-trial', 'In a trial'],
  ['positive', 'Positive result'],
  ['mixed', 'Mixed result'],
  ['did-not-work', 'Did not work'],
  ['stopped', 'Stopped'],
]);

/** Trial phases, in the order a therapy passes through them. */
export const phases = labelled([
  ['1', 'Phase 1'],
  ['1/2', 'Phase 1/2'],
  ['2', 'Phase 2'],
  ['2/3', 'Phase 2/3'],
  ['3', 'Phase 3'],
  ['3b', 'Phase 3b'],
  ['4', 'Phase 4'],
  ['none', 'No phase (not a medicine trial)'],
]);

/** How a single trial turned out. "ongoing" is the only one without a result. */
export const outcomes = labelled([
  ['positive', 'Met its main goal'],
  ['mixed', 'Mixed result'],
  ['did-not-work', 'Did not meet its main goal'],
  ['stopped', 'Stopped early'],
  ['ongoing', 'Still running'],
]);

const thisYear = new Date().getFullYear();
const year = (what: string) =>
  z
    .number({ error: expected(`${what} as a four-digit year`) })
    .int({ error: expected(`${what} as a four-digit year`) })
    .min(1990, { error: expected(`${what} as a four-digit year from 1990 on`) })
    .max(thisYear, { error: `expected ${what} of ${thisYear} or earlier` });

export const registryId = z
  .string({ error: expected(`a registry ID: ${registryFormatsHint()}`) })
  .refine((id) => registryOf(id) !== undefined, {
    error: (issue) => `expected a registry ID shaped like ${registryFormatsHint()}; got ${JSON.stringify(issue.input)}`,
  });

export function trialSchema<SourceRef extends z.ZodType, TherapyRef extends z.ZodType>(
  sourceRef: SourceRef,
  therapyRef: TherapyRef,
) {
  return strictEntry({
    /** The trial's name or acronym, e.g. ORATORIO. */
    name: text('the trial name or acronym', { max: 80 }).describe('The trial name or acronym.'),
    /** Registry IDs, only as seen in a source. Leave out rather than guess. */
    registryIds: z.array(registryId, { error: expected('a list of registry IDs') }).default([])
      .describe(`Registry IDs as seen in a source (${registryFormatsHint()}). Never guess one.`),
    phase: z.enum(phases.keys, { error: expected(`a phase, one of ${phases.keys.join(', ')} (in quotes)`) })
      .describe(`The phase: ${phases.keys.join(', ')}. Write it in quotes, e.g. "3". Use "none" only for a trial that is not testing a medicine (rehabilitation, exercise).`),
    population: z.enum(populations.keys, { error: expected(`one of ${populations.keys.join(', ')}`) })
      .describe(`Who took part: ${populations.keys.join(', ')}.`),
    startYear: year('the start year').optional().describe('The year the trial started, when a source gives it.'),
    resultYear: year('the result year').optional().describe('The year the main result was reported; leave out while running.'),
    /** How many people took part (or are planned to), as a source gives it. */
    participants: z.number({ error: expected('the number of people in the trial, e.g. 732') })
      .int({ error: expected('a whole number of people') })
      .positive({ error: expected('a number of people above 0') })
      .optional()
      .describe('How many people took part, as a source gives it; for a running trial, the number planned.'),
    outcome: z.enum(outcomes.keys, { error: expected(`one of ${outcomes.keys.join(', ')}`) })
      .describe(`How it turned out: ${outcomes.keys.join(', ')}.`),
    /** What the trial measured, in plain words. */
    primaryOutcome: words('the main outcome in plain words', 40).describe('What the trial measured, in plain words.'),
    /** What it found, in plain words; leave out while running. */
    result: words('the result in plain words', 60).optional().describe('What it found, in plain words; leave out while running.'),
    /** Other therapies tested in the same trial (a multi-arm trial lists each arm's therapy). */
    otherArms: z.array(therapyRef, { error: expected('a list of therapy ids') }).default([])
      .describe('For a multi-arm trial: the ids of the other therapies it tested. Each of those lists this one back.'),
    sources: z.array(sourceRef, { error: expected('a list of source ids') })
      .min(1, { error: 'expected at least one source for the trial' })
      .describe('Ids of the sources for this trial.'),
  })
    .refine((t) => (t.outcome === 'ongoing') === (t.result === undefined), {
      error: 'expected a result for a finished or stopped trial, and none for an ongoing one',
      path: ['result'],
    })
    .refine((t) => t.startYear !== undefined || t.resultYear !== undefined, {
      error: 'expected startYear or resultYear (or both), so the trial can be placed in time',
      path: ['startYear'],
    })
    .refine((t) => t.resultYear === undefined || t.startYear === undefined || t.resultYear >= t.startYear, {
      error: 'expected resultYear to be the same as or after startYear',
      path: ['resultYear'],
    });
}

export function therapySchema<SourceRef extends z.ZodType, SymptomRef extends z.ZodType, TherapyRef extends z.ZodType>(
  sourceRef: SourceRef,
  symptomRef: SymptomRef,
  therapyRef: TherapyRef,
) {
  return strictEntry({
    /** The generic name, lower case as in the literature, e.g. ocrelizumab. */
    name: text('the generic name', { max: 80 }).describe('The generic name, e.g. ocrelizumab.'),
    /** Brand names and codes, e.g. Ocrevus. Search finds the therapy by these. */
    aliases: z.array(text('another name', { max: 60 }), { error: expected('a list of other names') }).default([])
      .describe('Brand names and development codes, e.g. Ocrevus.'),
    /** What it is and how it is thought to work, in plain words. */
    summary: words('a plain summary', 60).describe('What it is and how it is thought to work, in plain words.'),
    /** What the results so far mean, and what they do not, in plain words. */
    meaning: words('what the results mean and do not mean', 90)
      .describe('What the results so far mean for people with progressive MS, and what they do not mean, in plain words.'),
    mechanism: z.enum(mechanisms.keys, { error: expected(`one of ${mechanisms.keys.join(', ')}`) })
      .describe(`How it is thought to work: ${mechanisms.keys.join(', ')}.`),
    purpose: z.enum(purposes.keys, { error: expected(`one of ${purposes.keys.join(', ')}`) })
      .describe(`What it is for: ${purposes.keys.join(', ')}.`),
    populations: z.array(z.enum(populations.keys, { error: expected(`one of ${populations.keys.join(', ')}`) }))
      .min(1, { error: 'expected at least one population' })
      .describe(`Who it is tested in: ${populations.keys.join(', ')}.`),
    /** For symptomatic and rehabilitation therapies: the symptom it eases, in a few plain words. */
    targets: text('the symptom it targets, e.g. "walking speed"', { max: 60 }).optional()
      .describe('For symptomatic or rehabilitation therapies: the symptom it targets in a few plain words, e.g. "walking speed" or "muscle stiffness (spasticity)".'),
    /** The symptom page that covers that symptom, when one does. */
    symptom: symptomRef.optional().describe('For symptomatic or rehabilitation therapies: the id of the symptom page that covers what it targets (fatigue, mobility, pain, cognition), when one does.'),
    status: z.enum(statuses.keys, { error: expected(`one of ${statuses.keys.join(', ')}`) })
      .describe(`Where it stands overall: ${statuses.keys.join(', ')}.`),
    /** The day the status was last checked; older than a year shows a warning. */
    /** One or two sentences behind the status, e.g. where and when it was approved. */
    statusDetail: words('the status in a sentence or two', 50).optional()
      .describe('The status in a sentence or two, e.g. where and when it was approved.'),
    statusAsOf: calendarDate('the date the status was checked').describe('The day the status was checked, YYYY-MM-DD.'),
    trials: z.array(trialSchema(sourceRef, therapyRef), { error: expected('a list of trials') })
      .min(1, { error: 'expected at least one trial' })
      .describe('The trials of this therapy in progressive MS.'),
    sources: z.array(sourceRef, { error: expected('a list of source ids') })
      .min(1, { error: 'expected at least one source' })
      .describe('Ids of the sources for the therapy as a whole.'),
  }).refine((t) => t.purpose === 'disease-modifying' || t.targets !== undefined, {
    error: 'expected targets (the symptom it eases) for a symptomatic or rehabilitation therapy',
    path: ['targets'],
  });
}
