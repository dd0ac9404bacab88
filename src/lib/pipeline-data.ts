/**
 * The pipeline as open data: one record per trial, carrying its therapy's fields, for
 * /pipeline/therapies.csv and /pipeline/therapies.json. The columns and their meanings are
 * defined once here; the data dictionary on the pipeline page is drawn from the same list.
 */
import { isoDate } from './dates';
import { mechanisms, outcomes, phases, populations, purposes, recruitmentStatuses, statuses, type Recruitment } from './therapy-vocabulary';

/** A therapy as the collection holds it, with source ids and the page of its symptom already resolved. */
export interface TherapyRecordInput {
  id: string;
  name: string;
  aliases: readonly string[];
  mechanism: (typeof mechanisms.keys)[number];
  purpose: (typeof purposes.keys)[number];
  populations: readonly (typeof populations.keys)[number][];
  targets?: string | undefined;
  symptom?: string | undefined;
  status: (typeof statuses.keys)[number];
  checked: Date;
  /** The day its next review is due. */
  reviewDue: Date;
  sources: readonly string[];
  trials: readonly {
    name: string;
    registryIds: readonly string[];
    phase: (typeof phases.keys)[number];
    population: (typeof populations.keys)[number];
    startYear?: number | undefined;
    resultYear?: number | undefined;
    endYear?: number | undefined;
    participants?: number | undefined;
    recruitment?: { status: Recruitment; asOf: Date } | undefined;
    countries: readonly string[];
    eligibility?: { text: string } | undefined;
    expectedResults?: { year: number; month?: number | undefined } | undefined;
    primaryOutcome: string;
    outcome: (typeof outcomes.keys)[number];
    result?: string | undefined;
    otherArms: readonly string[];
    sources: readonly string[];
  }[];
}

export type RecordValue = string | number | string[] | null;
export type TrialRecord = Record<string, RecordValue>;

export interface RecordColumn {
  key: string;
  /** What the column holds, for the data dictionary. */
  description: string;
  /** A list: an array in JSON, values joined by "; " in CSV. */
  list?: boolean;
  /** For a column with a fixed set of values: each value and what it means. */
  values?: Record<string, string>;
}

export const recordColumns: RecordColumn[] = [
  { key: 'therapy_id', description: 'The therapy’s id; its page is /pipeline/<therapy_id>/.' },
  { key: 'therapy', description: 'The therapy’s generic name.' },
  { key: 'other_names', description: 'Brand names and development codes.', list: true },
  { key: 'mechanism', description: 'How it is thought to work.', values: mechanisms.labels },
  { key: 'purpose', description: 'What it is for.', values: purposes.labels },
  { key: 'populations', description: 'Who it has been tested in.', list: true, values: populations.labels },
  { key: 'targets', description: 'For symptom treatments and rehabilitation: the symptom it targets. Empty otherwise.' },
  { key: 'status', description: 'Where the therapy stands overall.', values: statuses.labels },
  { key: 'checked', description: 'The day an editor last looked for news of this therapy (YYYY-MM-DD).' },
  {
    key: 'review_due',
    description: 'The day the next check is due (YYYY-MM-DD): 6 months after checked while a trial runs or a regulator is deciding, otherwise 24 months.',
  },
  { key: 'trial', description: 'The trial’s name or acronym.' },
  {
    key: 'registry_ids',
    description: 'Trial registry IDs (ClinicalTrials.gov NCT…, ISRCTN…, EudraCT). Empty when no source showed one; never guessed.',
    list: true,
  },
  { key: 'phase', description: 'The trial’s phase.', values: phases.labels },
  { key: 'trial_population', description: 'Who took part in the trial (same values as populations).' },
  { key: 'start_year', description: 'The year the trial started, when a source gives it.' },
  { key: 'result_year', description: 'The year the main result was first reported. Empty while the trial runs.' },
  { key: 'end_year', description: 'The year the trial ended or is planned to end, when a source gives it.' },
  {
    key: 'recruitment',
    description: 'Whether the trial is taking people, as its registry record said on recruitment_as_of. Empty when not recorded (a finished trial).',
    values: recruitmentStatuses.labels,
  },
  { key: 'recruitment_as_of', description: 'The date of the record that gives the recruitment status (YYYY-MM-DD).' },
  { key: 'countries', description: 'Where the trial runs, as two-letter ISO country codes, as a source lists them.', list: true },
  { key: 'eligibility', description: 'Who can take part, in plain words, where a source says it.' },
  { key: 'expected_results', description: 'When results are expected (YYYY or YYYY-MM), where a source gives it.' },
  { key: 'participants', description: 'How many people took part (or are planned to, for a running trial), when a source gives it.' },
  { key: 'primary_outcome', description: 'What the trial mainly measured, in plain words.' },
  { key: 'outcome', description: 'How the trial turned out.', values: outcomes.labels },
  { key: 'result', description: 'What the trial found, in plain words. Empty while the trial runs.' },
  {
    key: 'other_arms',
    description: 'For a trial that tested several therapies at once: the ids of the others. The trial has one record per therapy.',
    list: true,
  },
  { key: 'trial_sources', description: 'Web addresses of the sources for the trial.', list: true },
  { key: 'therapy_sources', description: 'Web addresses of the sources for the therapy as a whole.', list: true },
];

/** One record per trial of every therapy, in the order given (therapies, then their trials). */
export function trialRecords(therapies: readonly TherapyRecordInput[], sourceUrl: (id: string) => string): TrialRecord[] {
  return therapies.flatMap((t) =>
    t.trials.map((trial) => ({
      therapy_id: t.id,
      therapy: t.name,
      other_names: [...t.aliases],
      mechanism: t.mechanism,
      purpose: t.purpose,
      populations: [...t.populations],
      targets: t.targets ?? null,
      status: t.status,
      checked: isoDate(t.checked),
      review_due: isoDate(t.reviewDue),
      trial: trial.name,
      registry_ids: [...trial.registryIds],
      phase: trial.phase,
      trial_population: trial.population,
      start_year: trial.startYear ?? null,
      result_year: trial.resultYear ?? null,
      end_year: trial.endYear ?? null,
      recruitment: trial.recruitment?.status ?? null,
      recruitment_as_of: trial.recruitment ? isoDate(trial.recruitment.asOf) : null,
      countries: [...trial.countries],
      eligibility: trial.eligibility?.text ?? null,
      expected_results: trial.expectedResults
        ? `${trial.expectedResults.year}${trial.expectedResults.month ? `-${String(trial.expectedResults.month).padStart(2, '0')}` : ''}`
        : null,
      participants: trial.participants ?? null,
      primary_outcome: trial.primaryOutcome,
      outcome: trial.outcome,
      result: trial.result ?? null,
      other_arms: [...trial.otherArms],
      trial_sources: trial.sources.map(sourceUrl),
      therapy_sources: t.sources.map(sourceUrl),
    })),
  );
}

/** The records as CSV cells: lists joined by "; ", empty values as empty cells. */
export function csvTable(records: readonly TrialRecord[]) {
  return {
    columns: recordColumns.map((c) => ({ key: c.key, label: c.key })),
    rows: records.map((record) =>
      Object.fromEntries(
        recordColumns.map((c) => {
          const value = record[c.key];
          return [c.key, Array.isArray(value) ? value.join('; ') : (value ?? '')];
        }),
      ),
    ),
  };
}
