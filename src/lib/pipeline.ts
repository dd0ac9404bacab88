/** Pure helpers for the therapy pipeline: where a therapy stands, and who a filter matches. */
import { phases, statuses, type Mechanism, type Phase, type Population, type Purpose, type Status } from './therapy-vocabulary';

export type { Mechanism, Phase, Population, Purpose, Status };

/**
 * The furthest phase among a therapy's trials, in the order phases are passed through.
 * "none" (a trial that tests no medicine) is not a step on that road, so any real phase wins.
 */
export function furthestPhase(trialPhases: readonly Phase[]): Phase {
  const order = phases.keys;
  const rank = (phase: Phase) => (phase === 'none' ? -1 : order.indexOf(phase));
  return trialPhases.reduce((best, phase) => (rank(phase) > rank(best) ? phase : best), trialPhases[0] ?? order[0]);
}

/** How far along phase 1, 2, 3 and approval a phase reaches; a combined phase (2/3) goes halfway into the next. */
const phaseReach: Record<Phase, number | undefined> = { '1': 1, '1/2': 1.5, '2': 2, '2/3': 2.5, '3': 3, '3b': 3, '4': 4, none: undefined };

/** How far along the pipeline a therapy has got: approval is the end of the road, whatever its trials' phases. */
export function pipelineReach(trialPhases: readonly Phase[], status: Status): number | undefined {
  const reach = phaseReach[furthestPhase(trialPhases)];
  return status === 'approved' && reach !== undefined ? 4 : reach;
}

/** The broad families the mechanism filter offers; the immune classes share one, so the buttons stay few. */
export const mechanismFamilies = {
  immune: { label: 'Immune system', members: ['anti-cd20', 's1p-modulator', 'btk-inhibitor', 'anti-cd40l', 'other-immune'] },
  antiviral: { label: 'Antiviral', members: ['antiviral'] },
  neuroprotective: { label: 'Protecting nerves', members: ['neuroprotective'] },
  metabolic: { label: 'Metabolism', members: ['metabolic'] },
  repair: { label: 'Repair', members: ['repair-remyelination'] },
  cell: { label: 'Cell therapy', members: ['cell-therapy'] },
  symptomatic: { label: 'Symptom relief', members: ['symptomatic'] },
  rehabilitation: { label: 'Rehabilitation', members: ['rehabilitation'] },
} as const satisfies Record<string, { label: string; members: readonly Mechanism[] }>;
export type MechanismFamily = keyof typeof mechanismFamilies;

export function mechanismFamily(mechanism: Mechanism): MechanismFamily {
  const found = (Object.keys(mechanismFamilies) as MechanismFamily[]).find((family) =>
    (mechanismFamilies[family].members as readonly Mechanism[]).includes(mechanism),
  );
  if (!found) throw new Error(`Mechanism "${mechanism}" belongs to no filter family in src/lib/pipeline.ts.`);
  return found;
}

/**
 * The type-of-MS filter. A trial open to "progressive MS in general" or to all types of MS took
 * people with primary and with secondary progressive MS, so it counts for both.
 */
export const populationFilters = {
  ppms: { label: 'Primary progressive', matches: ['ppms', 'progressive-ms', 'all-ms'] },
  spms: { label: 'Secondary progressive', matches: ['spms', 'active-spms', 'non-relapsing-spms', 'progressive-ms', 'all-ms'] },
} as const satisfies Record<string, { label: string; matches: readonly Population[] }>;
export type PopulationFilter = keyof typeof populationFilters;

/** The type-of-MS filter values a therapy tested in these populations shows under. */
export function populationFiltersFor(tested: readonly Population[]): PopulationFilter[] {
  return (Object.keys(populationFilters) as PopulationFilter[]).filter((filter) =>
    tested.some((population) => (populationFilters[filter].matches as readonly Population[]).includes(population)),
  );
}

/** Short status words for the end of a pipeline row, and the shape that marks each. */
export const statusMarks: Record<Status, { short: string; glyph: 'check' | 'triangle' | 'diamond' | 'cross' | 'square' | 'arrow' }> = {
  approved: { short: 'Approved', glyph: 'check' },
  'in-trial': { short: 'In a trial', glyph: 'arrow' },
  positive: { short: 'Positive', glyph: 'triangle' },
  mixed: { short: 'Mixed', glyph: 'diamond' },
  'did-not-work': { short: 'Did not work', glyph: 'cross' },
  stopped: { short: 'Stopped', glyph: 'square' },
};

/**
 * A status in words that say what kind of approval it is: a medicine approved to ease a symptom
 * must never read like one approved to slow the disease.
 */
export function statusShort(status: Status, purpose: Purpose): string {
  return status === 'approved' && purpose !== 'disease-modifying' ? 'Approved for a symptom' : statusMarks[status].short;
}

/** The longer status label, with the same distinction. */
export function statusLabel(status: Status, purpose: Purpose): string {
  return status === 'approved' && purpose !== 'disease-modifying' ? 'Approved to ease a symptom of MS' : statuses.labels[status];
}

/** Bar colours by purpose: the series each purpose is drawn in. */
export const purposeSeries: Record<Purpose, number> = { 'disease-modifying': 1, symptomatic: 2, rehabilitation: 3 };

/** The groups of the pipeline table, furthest first: approved, then each phase, then trials with no phase. */
export function pipelineStageGroups(therapies: readonly { id: string; phases: readonly Phase[]; status: Status }[]) {
  const stageOf = (t: (typeof therapies)[number]) => (t.status === 'approved' ? 'approved' : furthestPhase(t.phases));
  const order = ['approved', ...[...phases.keys].filter((p) => p !== 'none').reverse(), 'none'] as const;
  const label = (stage: (typeof order)[number]) =>
    stage === 'approved'
      ? 'Approved (to slow the disease or to ease a symptom)'
      : stage === 'none'
        ? 'Rehabilitation trials (no phases)'
        : `Furthest: ${phases.labels[stage]}`;
  return order
    .map((stage) => ({ id: stage.replace('/', '-'), label: label(stage), therapies: therapies.filter((t) => stageOf(t) === stage).map((t) => t.id) }))
    .filter((group) => group.therapies.length > 0);
}

/** The glossary entries that explain a therapy's mechanism, the people it was tested in, and trial phases. */
export const mechanismTerms: Partial<Record<Mechanism, string>> = {
  'anti-cd20': 'anti-cd20-therapy',
  's1p-modulator': 's1p-receptor-modulator',
  'btk-inhibitor': 'btk-inhibitor',
  neuroprotective: 'neuroprotection',
  'repair-remyelination': 'remyelination',
  symptomatic: 'symptom-management',
  rehabilitation: 'rehabilitation',
};
export const populationTerms: Partial<Record<Population, string>> = {
  ppms: 'primary-progressive-ms',
  spms: 'secondary-progressive-ms',
  'active-spms': 'active-ms',
  'non-relapsing-spms': 'secondary-progressive-ms',
  'progressive-ms': 'progressive-ms',
  'all-ms': 'multiple-sclerosis',
};
export const phaseTerms: Partial<Record<Phase, string>> = {
  '1': 'phase-1-trial',
  '1/2': 'phase-1-trial',
  '2': 'phase-2-trial',
  '2/3': 'phase-2-trial',
  '3': 'phase-3-trial',
  '3b': 'phase-3-trial',
  '4': 'phase-4-trial',
};
