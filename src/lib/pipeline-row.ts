/**
 * One therapy as the pipeline explorer and table show it: labels in place of codes, its filter
 * values, and the dates that matter. Pure: the therapy's facts in, a plain row out.
 */
import { furthestPhase, mechanismFamily, populationFiltersFor, statusLabel, statusShort, type MechanismFamily } from './pipeline';
import { therapyUrl } from './sections';
import { mechanisms, phases, populations, purposes, type Mechanism, type Phase, type Population, type Purpose, type Status } from './therapy-vocabulary';

export interface PipelineRowInput {
  id: string;
  name: string;
  aliases: readonly string[];
  summary: string;
  mechanism: Mechanism;
  purpose: Purpose;
  populations: readonly Population[];
  status: Status;
  checked: Date;
  trials: readonly { phase: Phase }[];
  /** True once the therapy's review is overdue: its page says it may be out of date. */
  reviewOverdue: boolean;
}

export interface PipelineRow {
  id: string;
  name: string;
  aliases: string[];
  href: string;
  mechanism: string;
  mechanismId: Mechanism;
  family: MechanismFamily;
  purpose: string;
  purposeId: Purpose;
  populations: string[];
  populationFilters: string[];
  phase: string;
  status: Status;
  /** A word or two for the end of a chart row. */
  statusShort: string;
  statusLabel: string;
  checked: Date;
  reviewOverdue: boolean;
  trials: number;
  summary: string;
}

export function pipelineRow(t: PipelineRowInput): PipelineRow {
  return {
    id: t.id,
    name: t.name,
    aliases: [...t.aliases],
    href: therapyUrl(t.id),
    mechanism: mechanisms.labels[t.mechanism],
    mechanismId: t.mechanism,
    family: mechanismFamily(t.mechanism),
    purpose: purposes.labels[t.purpose],
    purposeId: t.purpose,
    populations: t.populations.map((p) => populations.labels[p]),
    populationFilters: populationFiltersFor(t.populations),
    phase: phases.labels[furthestPhase(t.trials.map((trial) => trial.phase))],
    status: t.status,
    statusShort: statusShort(t.status, t.purpose),
    statusLabel: statusLabel(t.status, t.purpose),
    checked: t.checked,
    reviewOverdue: t.reviewOverdue,
    trials: t.trials.length,
    summary: t.summary,
  };
}

/** The filter values under which a therapy's row shows, for data-when. */
export function pipelineConditions(row: PipelineRow) {
  return {
    purpose: ['all', row.purposeId],
    mechanism: ['all', row.family],
    population: ['all', ...row.populationFilters],
    status: ['all', row.status],
  };
}

/**
 * Trials counted once each, however many therapies they tested: a multi-arm trial is listed
 * under each of its therapies, which name each other in otherArms.
 */
export function distinctTrialCount(therapies: readonly { id: string; trials: readonly { name: string; otherArms: readonly string[] }[] }[]): number {
  const keys = new Set<string>();
  for (const t of therapies) {
    for (const trial of t.trials) keys.add(`${trial.name.toLowerCase().replace(/[^a-z0-9]/g, '')}|${[t.id, ...trial.otherArms].sort().join(',')}`);
  }
  return keys.size;
}
