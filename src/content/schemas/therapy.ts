/**
 * The therapy pipeline: one YAML file per therapy in src/content/therapies/, each with its
 * trials. Every claim here is a medical fact a reader may act on, so every field is checked.
 */
import { z } from 'astro/zod';
import { registryFormatsHint, registryOf } from '../../lib/registry';
import { siteYear } from '../../lib/today';
import { countryName } from '../../lib/countries';
import { decisions, regulatorIds, regulatorList } from '../../lib/regulators';
import { historyKinds, mechanisms, outcomes, phases, populations, purposes, recruitmentStatuses, statuses } from '../../lib/therapy-vocabulary';
import { calendarDate, expected, strictEntry, text, words } from './fields';

const year = (what: string) =>
  z
    .number({ error: expected(`${what} as a four-digit year`) })
    .int({ error: expected(`${what} as a four-digit year`) })
    .min(1990, { error: expected(`${what} as a four-digit year from 1990 on`) })
    .refine((value) => value <= siteYear(), { error: () => `expected ${what} of ${siteYear()} or earlier` });

export const registryId = z.string({ error: expected(`a registry ID: ${registryFormatsHint()}`) }).refine((id) => registryOf(id) !== undefined, {
  error: (issue) => `expected a registry ID shaped like ${registryFormatsHint()}; got ${JSON.stringify(issue.input)}`,
});

/** A list of source ids with at least one: every fact on a therapy page has a source. */
function sourceList<SourceRef extends z.ZodType>(sourceRef: SourceRef, what: string) {
  return z.array(sourceRef, { error: expected('a list of source ids') }).min(1, { error: `expected at least one source for ${what}` });
}

export const countryCode = z.string({ error: expected('a two-letter country code such as GB or US') }).refine((code) => countryName(code) !== undefined, {
  error: (issue) => `expected a two-letter ISO country code in capitals, such as GB (United Kingdom), US, AU or DE; got ${JSON.stringify(issue.input)}`,
});

/** A regulator's or health-technology body's decision about a therapy, for some types of MS. */
export function decisionSchema<SourceRef extends z.ZodType>(sourceRef: SourceRef) {
  return strictEntry({
    regulator: z
      .enum(regulatorIds, { error: expected(`one of ${regulatorIds.join(', ')}`) })
      .describe(`Who decided: ${regulatorList.map((r) => `${r.id} (${r.short})`).join(', ')}.`),
    populations: z
      .array(z.enum(populations.keys, { error: expected(`one of ${populations.keys.join(', ')}`) }))
      .min(1, { error: 'expected at least one type of MS the decision covers' })
      .describe(
        `The types of MS the decision covers: ${populations.keys.join(', ')}. A licence for relapsing forms that includes active secondary progressive MS is active-spms.`,
      ),
    indication: words('what it is licensed or recommended for, in plain words', 40).describe(
      'What exactly it covers, in plain words, e.g. "adults with early primary progressive MS with signs of inflammation on scans".',
    ),
    decision: z
      .enum(decisions.keys, { error: expected(`one of ${decisions.keys.join(', ')}`) })
      .describe(`What was decided: ${decisions.keys.join(', ')}. For NICE, SMC and other health-technology bodies, approved means recommended.`),
    date: calendarDate('the date of the decision').describe('The date of the decision, YYYY-MM-DD.'),
    datePrecision: z
      .enum(['day', 'month', 'year'], { error: expected('day, month or year') })
      .default('day')
      .describe('How exact the date is: day (the default), month (write the first of the month, e.g. 2025-07-01) or year (write 1 January).'),
    sources: sourceList(sourceRef, 'the decision').describe("Ids of the sources for the decision: the regulator's page or the company's release."),
  });
}

/** One dated change in a therapy's story, for its page, the updates page and the feed. */
export function historySchema<SourceRef extends z.ZodType>(sourceRef: SourceRef) {
  return strictEntry({
    date: calendarDate('the date it happened').describe('The day it happened, YYYY-MM-DD (the date of the source that reports it).'),
    datePrecision: z
      .enum(['day', 'month', 'year'], { error: expected('day, month or year') })
      .default('day')
      .describe('How exact the date is: day (the default), month (write the first of the month, e.g. 2025-07-01) or year (write 1 January).'),
    kind: z
      .enum(historyKinds.keys, { error: expected(`one of ${historyKinds.keys.join(', ')}`) })
      .describe(`What kind of change: ${historyKinds.keys.join(', ')}.`),
    text: words('what changed, in a sentence or two', 60).describe('What changed, in one or two plain sentences.'),
    sources: sourceList(sourceRef, 'the change').describe('Ids of the sources that report it.'),
  });
}

export function trialSchema<SourceRef extends z.ZodType, TherapyRef extends z.ZodType>(sourceRef: SourceRef, therapyRef: TherapyRef) {
  return strictEntry({
    /** The trial's name or acronym, e.g. ORATORIO. */
    name: text('the trial name or acronym', { max: 80 }).describe('The trial name or acronym.'),
    /** Registry IDs, only as seen in a source. Leave out rather than guess. */
    registryIds: z
      .array(registryId, { error: expected('a list of registry IDs') })
      .default([])
      .describe(`Registry IDs as seen in a source (${registryFormatsHint()}). Never guess one.`),
    phase: z
      .enum(phases.keys, { error: expected(`a phase, one of ${phases.keys.join(', ')} (in quotes)`) })
      .describe(
        `The phase: ${phases.keys.join(', ')}. Write it in quotes, e.g. "3". Use "none" only for a trial that is not testing a medicine (rehabilitation, exercise).`,
      ),
    population: z
      .enum(populations.keys, { error: expected(`one of ${populations.keys.join(', ')}`) })
      .describe(`Who took part: ${populations.keys.join(', ')}.`),
    startYear: year('the start year').optional().describe('The year the trial started, when a source gives it.'),
    resultYear: year('the result year').optional().describe('The year the main result was reported; leave out while running.'),
    /** How many people took part (or are planned to), as a source gives it. */
    participants: z
      .number({ error: expected('the number of people in the trial, e.g. 732') })
      .int({ error: expected('a whole number of people') })
      .positive({ error: expected('a number of people above 0') })
      .optional()
      .describe('How many people took part, as a source gives it; for a running trial, the number planned.'),
    outcome: z.enum(outcomes.keys, { error: expected(`one of ${outcomes.keys.join(', ')}`) }).describe(`How it turned out: ${outcomes.keys.join(', ')}.`),
    /** What the trial measured, in plain words. */
    primaryOutcome: words('the main outcome in plain words', 40).describe('What the trial measured, in plain words.'),
    /** What it found, in plain words; leave out while running. */
    result: words('the result in plain words', 60).optional().describe('What it found, in plain words; leave out while running.'),
    /** Other therapies tested in the same trial (a multi-arm trial lists each arm's therapy). */
    otherArms: z
      .array(therapyRef, { error: expected('a list of therapy ids') })
      .default([])
      .describe('For a multi-arm trial: the ids of the other therapies it tested. Each of those lists this one back.'),
    /** The year the trial ended or is planned to end (its primary completion), when a source gives it. */
    endYear: z
      .number({ error: expected('the end year as a four-digit year') })
      .int()
      .min(1990, { error: expected('the end year as a four-digit year from 1990 on') })
      .max(2100)
      .optional()
      .describe(
        "The year the trial ended, or is planned to end, as a source gives it (e.g. the registry's primary completion date). It may be in the future for a running trial.",
      ),
    /** Whether it is taking people, as its registry record said on a given day. */
    recruitment: strictEntry({
      status: z
        .enum(recruitmentStatuses.keys, { error: expected(`one of ${recruitmentStatuses.keys.join(', ')}`) })
        .describe(`Whether the trial is taking people: ${recruitmentStatuses.keys.join(', ')}.`),
      asOf: calendarDate('the date of the record that gives the status').describe(
        'The date of the registry record or statement that gives this status, YYYY-MM-DD.',
      ),
      sources: sourceList(sourceRef, 'the recruitment status').describe('Ids of the sources that give the status (usually the registry record).'),
    })
      .optional()
      .describe('Recruitment: status, the date it was true and its source. Needed for a running trial.'),
    /** Where it takes place, as ISO country codes, e.g. [GB, US]. */
    countries: z
      .array(countryCode, { error: expected('a list of two-letter country codes, e.g. [GB, US]') })
      .default([])
      .describe('The countries it runs in, as two-letter ISO codes (GB, US, AU, CA, DE…), only as a source lists them.'),
    countriesSources: z
      .array(sourceRef, { error: expected('a list of source ids') })
      .default([])
      .describe('Ids of the sources that list the countries. Needed when countries are given.'),
    /** Who can take part, in plain words, as the registry record says. */
    eligibility: strictEntry({
      text: words('who can take part, in plain words', 45).describe('Who can take part, in plain words (type of MS, age, how much disability).'),
      ageMin: z.number().int().min(0).max(120).optional().describe('The youngest age allowed, in years.'),
      ageMax: z.number().int().min(0).max(120).optional().describe('The oldest age allowed, in years.'),
      edssMin: z.number().min(0).max(10).optional().describe('The lowest EDSS disability score allowed (0 to 10).'),
      edssMax: z.number().min(0).max(10).optional().describe('The highest EDSS disability score allowed (0 to 10).'),
      sources: sourceList(sourceRef, 'who can take part').describe('Ids of the sources that say who can take part.'),
    })
      .optional()
      .describe('Who can take part, where a source says it.'),
    /** When results are expected, as a source gives it. */
    expectedResults: strictEntry({
      year: z
        .number({ error: expected('the year results are expected, e.g. 2027') })
        .int()
        .min(1990)
        .max(2100)
        .describe('The year results are expected.'),
      month: z.number().int().min(1).max(12).optional().describe('The month (1 to 12), when the source gives one.'),
      sources: sourceList(sourceRef, 'the expected results date').describe('Ids of the sources that give the date.'),
    })
      .optional()
      .describe('When results are expected, where a source gives it. Once the date has passed with no result, the page says so and the build warns.'),
    sources: sourceList(sourceRef, 'the trial').describe('Ids of the sources for this trial.'),
  })
    .refine((t) => t.outcome !== 'ongoing' || t.recruitment !== undefined, {
      error: 'expected recruitment (status, asOf, sources) for a running trial, so readers know whether they could join',
      path: ['recruitment'],
    })
    .refine((t) => t.countries.length === 0 || t.countriesSources.length > 0, {
      error: 'expected countriesSources: the ids of the sources that list the countries',
      path: ['countriesSources'],
    })
    .refine((t) => t.endYear === undefined || t.startYear === undefined || t.endYear >= t.startYear, {
      error: 'expected endYear to be the same as or after startYear',
      path: ['endYear'],
    })
    .refine((t) => (t.outcome === 'ongoing') === (t.result === undefined), {
      error: 'expected a result for a finished or stopped trial, and none for an ongoing one',
      path: ['result'],
    })
    .refine((t) => t.startYear !== undefined || t.resultYear !== undefined || t.outcome === 'ongoing', {
      error: 'expected startYear or resultYear (or both), so the trial can be placed in time (only a running trial may leave both out)',
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
    aliases: z
      .array(text('another name', { max: 60 }), { error: expected('a list of other names') })
      .default([])
      .describe('Brand names and development codes, e.g. Ocrevus.'),
    /** What it is and how it is thought to work, in plain words. */
    summary: words('a plain summary', 60).describe('What it is and how it is thought to work, in plain words.'),
    /** What the results so far mean, and what they do not, in plain words. */
    meaning: words('what the results mean and do not mean', 90).describe(
      'What the results so far mean for people with progressive MS, and what they do not mean, in plain words.',
    ),
    mechanism: z
      .enum(mechanisms.keys, { error: expected(`one of ${mechanisms.keys.join(', ')}`) })
      .describe(`How it is thought to work: ${mechanisms.keys.join(', ')}.`),
    purpose: z.enum(purposes.keys, { error: expected(`one of ${purposes.keys.join(', ')}`) }).describe(`What it is for: ${purposes.keys.join(', ')}.`),
    populations: z
      .array(z.enum(populations.keys, { error: expected(`one of ${populations.keys.join(', ')}`) }))
      .min(1, { error: 'expected at least one population' })
      .describe(`Who it is tested in: ${populations.keys.join(', ')}.`),
    /** For symptomatic and rehabilitation therapies: the symptom it eases, in a few plain words. */
    targets: text('the symptom it targets, e.g. "walking speed"', { max: 60 })
      .optional()
      .describe(
        'For symptomatic or rehabilitation therapies: the symptom it targets in a few plain words, e.g. "walking speed" or "muscle stiffness (spasticity)".',
      ),
    /** The symptom page that covers that symptom, when one does. */
    symptom: symptomRef
      .optional()
      .describe(
        'For symptomatic or rehabilitation therapies: the id of the symptom page that covers what it targets (fatigue, mobility, pain, cognition), when one does.',
      ),
    status: z.enum(statuses.keys, { error: expected(`one of ${statuses.keys.join(', ')}`) }).describe(`Where it stands overall: ${statuses.keys.join(', ')}.`),
    /** One or two sentences behind the status, e.g. where and when it was approved. */
    statusDetail: words('the status in a sentence or two', 50).optional().describe('The status in a sentence or two, e.g. where and when it was approved.'),
    /** The day an editor last looked for news of this therapy. Never in the future. */
    checked: calendarDate('the day you last looked for news of this therapy').describe(
      'The day an editor last looked for news (registries, regulators, the company, MS societies), YYYY-MM-DD. It sets when the next review is due.',
    ),
    /** Regulators' and health-technology bodies' decisions, one per body and indication. */
    decisions: z
      .array(decisionSchema(sourceRef), { error: expected('a list of decisions') })
      .default([])
      .describe(
        'Decisions by regulators and health-technology bodies, each with the types of MS it covers, its date and its source. "Approved" on any page is worked out from these.',
      ),
    /** What changed and when: trials started or reported, decisions, status changes. */
    history: z
      .array(historySchema(sourceRef), { error: expected('a list of dated changes') })
      .default([])
      .describe('What changed and when, each with its source: it feeds the therapy page, the updates page and the feed.'),
    trials: z
      .array(trialSchema(sourceRef, therapyRef), { error: expected('a list of trials') })
      .min(1, { error: 'expected at least one trial' })
      .describe('The trials of this therapy in progressive MS.'),
    sources: z
      .array(sourceRef, { error: expected('a list of source ids') })
      .min(1, { error: 'expected at least one source' })
      .describe('Ids of the sources for the therapy as a whole.'),
  }).refine((t) => t.purpose === 'disease-modifying' || t.targets !== undefined, {
    error: 'expected targets (the symptom it eases) for a symptomatic or rehabilitation therapy',
    path: ['targets'],
  });
}
