/**
 * What follows from a therapy's facts, worked out once rather than typed twice: which sources it
 * rests on, how new its evidence is, whether anything is still moving (so its review comes round
 * sooner), which trials are late with their results, and where it is approved. Pure: plain data
 * in, plain data out.
 */
import { addMonths } from './review.ts';
import { grantingDecisions, regulatorById, type Decision, type RegulatorId } from './regulators.ts';
import type { Outcome, Population, Recruitment } from './therapy-vocabulary.ts';

interface Ref {
  id: string;
}

export interface StateTrial {
  name: string;
  outcome: Outcome;
  recruitment?: { status: Recruitment; asOf: Date; sources: readonly Ref[] } | undefined;
  expectedResults?: { year: number; month?: number | undefined; sources: readonly Ref[] } | undefined;
  eligibility?: { sources: readonly Ref[] } | undefined;
  countriesSources: readonly Ref[];
  sources: readonly Ref[];
}

export interface StateDecision {
  regulator: RegulatorId;
  populations: readonly Population[];
  decision: Decision;
  date: Date;
  sources: readonly Ref[];
}

export interface StateTherapy {
  sources: readonly Ref[];
  trials: readonly StateTrial[];
  decisions: readonly StateDecision[];
  history: readonly { sources: readonly Ref[] }[];
}

/** Every source a therapy's page cites, in first-cited order, each once. */
export function therapySourceIds(therapy: StateTherapy): string[] {
  const refs = [
    ...therapy.sources,
    ...therapy.trials.flatMap((t) => [
      ...t.sources,
      ...(t.recruitment?.sources ?? []),
      ...(t.eligibility?.sources ?? []),
      ...t.countriesSources,
      ...(t.expectedResults?.sources ?? []),
    ]),
    ...therapy.decisions.flatMap((d) => d.sources),
    ...therapy.history.flatMap((h) => h.sources),
  ];
  return [...new Set(refs.map((r) => r.id))];
}

/** The newest of some dates, or undefined when there are none. */
export function newest(dates: readonly (Date | undefined)[]): Date | undefined {
  return dates.reduce<Date | undefined>((best, d) => (d && (!best || d > best) ? d : best), undefined);
}

/** A trial that may still change: running, or taking people. */
export function isTrialActive(trial: Pick<StateTrial, 'outcome' | 'recruitment'>): boolean {
  if (trial.outcome === 'ongoing') return true;
  const status = trial.recruitment?.status;
  return status === 'recruiting' || status === 'not-yet-recruiting' || status === 'active-not-recruiting';
}

/** Anything still moving: a trial running or a regulator deciding. Such a therapy is reviewed sooner. */
export function isTherapyActive(therapy: Pick<StateTherapy, 'trials' | 'decisions'>): boolean {
  return therapy.trials.some(isTrialActive) || therapy.decisions.some((d) => d.decision === 'under-review');
}

/** The first day after the expected results period: the month after it, or the year after a year alone. */
export function expectedResultsPassedFrom(expected: { year: number; month?: number | undefined }): Date {
  return expected.month === undefined ? new Date(Date.UTC(expected.year + 1, 0, 1)) : new Date(Date.UTC(expected.year, expected.month, 1));
}

/** Recruitment statuses that change as a trial runs, so an old one may no longer hold. */
const changingRecruitment: readonly Recruitment[] = ['recruiting', 'not-yet-recruiting', 'active-not-recruiting', 'not-known'];

/**
 * A recruitment status that may have changed since it was seen: one that changes as a trial runs
 * ("Recruiting"), seen more than `months` months before today (the review interval for running
 * trials). The page then says so and points to the registry; content:status lists it.
 */
export function recruitmentMayHaveChanged(recruitment: { status: Recruitment; asOf: Date } | undefined, today: Date, months: number): boolean {
  if (!recruitment || !changingRecruitment.includes(recruitment.status)) return false;
  return today.getTime() > addMonths(recruitment.asOf, months).getTime();
}

/** A running trial whose expected results date has passed with no result. */
export function resultsOverdue(trial: Pick<StateTrial, 'outcome' | 'expectedResults'>, today: Date): boolean {
  return trial.outcome === 'ongoing' && trial.expectedResults !== undefined && today >= expectedResultsPassedFrom(trial.expectedResults);
}

/** For each body and type of MS, the latest decision: an approval after a refusal is what holds now. */
export function currentDecisions<D extends StateDecision>(decisions: readonly D[]): { regulator: RegulatorId; population: Population; decision: D }[] {
  const latest = new Map<string, { regulator: RegulatorId; population: Population; decision: D }>();
  for (const d of [...decisions].sort((a, b) => a.date.getTime() - b.date.getTime())) {
    for (const population of d.populations) latest.set(`${d.regulator}|${population}`, { regulator: d.regulator, population, decision: d });
  }
  return [...latest.values()];
}

/** True when a regulator (not a payer) now lets the therapy be used for one of these types of MS (any, when none are given). */
export function isApprovedFor(decisions: readonly StateDecision[], populations?: readonly Population[]): boolean {
  return currentDecisions(decisions).some(
    (c) =>
      regulatorById[c.regulator].kind === 'regulator' &&
      grantingDecisions.includes(c.decision.decision) &&
      (!populations || populations.includes(c.population)),
  );
}
