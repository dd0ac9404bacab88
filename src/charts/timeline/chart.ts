/**
 * The trial timeline on each therapy's page: its trials in time, with phase, population and
 * outcome. One chart per therapy, id "trials-<therapy id>", so each can be shared and embedded.
 */
import { layoutsForEachSize } from '../frame/types';
import type { Therapy, Trial } from '../../content/therapies';
import { registries, registryOf } from '../../lib/registry';
import { outcomes, phases, populations, type Outcome } from '../../lib/therapy-vocabulary';

import { therapyUrl } from '../../lib/sections';
import { atStart, inSentence, listAnd, numberInWords } from '../../lib/words';
import { isoDate } from '../../lib/dates';
import type { ChartMarkSpec, ChartSpec } from '../frame/types';
import type { SymbolShape } from '../frame/symbols';
import { layoutTimeline, type TimelineLayout } from './layout';

/** Short outcome words and the mark at the end of each trial's line (the pipeline's status marks, by meaning). */
export const outcomeMarks: Record<Outcome, { short: string; glyph: SymbolShape }> = {
  positive: { short: 'Met its goal', glyph: 'triangle' },
  mixed: { short: 'Mixed', glyph: 'diamond' },
  'did-not-work': { short: 'Did not work', glyph: 'cross' },
  'no-better-dose': { short: 'Higher dose no better', glyph: 'diamond' },
  stopped: { short: 'Stopped', glyph: 'square' },
  ongoing: { short: 'Running', glyph: 'arrow' },
};

export const timelineChartId = (therapyId: string) => `trials-${therapyId}`;

export type { Trial };

/** A trial's id within its therapy: its position, so two trials with one name still differ. */
export const trialKey = (index: number) => `trial-${index + 1}`;

/** When a trial ran, in words: "2011 to 2017", "result 2017", "started 2024, still running". */
export function trialYears(trial: Pick<Trial, 'outcome' | 'startYear' | 'resultYear' | 'endYear'>): string {
  if (trial.outcome === 'ongoing') {
    const end = trial.endYear ? `, planned to end ${trial.endYear}` : ', still running';
    return trial.startYear ? `started ${trial.startYear}${end}` : `still running${trial.endYear ? `, planned to end ${trial.endYear}` : ''}`;
  }
  if (trial.startYear && trial.resultYear) return trial.startYear === trial.resultYear ? `${trial.startYear}` : `${trial.startYear} to ${trial.resultYear}`;
  return trial.resultYear ? `result ${trial.resultYear}` : `started ${trial.startYear}`;
}

/**
 * A trial mark's accessible name: the words the row shows first (its label, then its outcome),
 * so speech input and screen readers meet the same words as the eye, then who took part and when.
 */
export function trialMarkName(trial: Trial): string {
  return `${trial.name} · ${phases.labels[trial.phase]} ${outcomeMarks[trial.outcome].short}: ${inSentence(populations.labels[trial.population])}, ${trialYears(trial)}.`;
}

export function trialName(trial: Trial): string {
  return `${trial.name}: ${inSentence(phases.labels[trial.phase])}, ${inSentence(populations.labels[trial.population])}, ${trialYears(trial)}. ${outcomes.labels[trial.outcome]}.`;
}

/** A trial's card: what it is, how it went, and its registry records. */
function trialDetail(trial: Trial): NonNullable<ChartMarkSpec['detail']> {
  const records = trial.registryIds.flatMap((id) => {
    const registry = registryOf(id);
    return registry ? [{ href: registries[registry].url(id), text: `${id} (${registries[registry].name})` }] : [];
  });
  return {
    heading: trial.name,
    lines: [
      `${phases.labels[trial.phase]} · ${inSentence(populations.labels[trial.population])} · ${trialYears(trial)}`,
      `${outcomes.labels[trial.outcome]}. ${trial.result ?? trial.primaryOutcome}`,
    ],
    links: records,
  };
}

export function timelineChart(therapy: Pick<Therapy, 'id' | 'data'>, thisYear: number): ChartSpec<TimelineLayout> {
  const { data } = therapy;
  const trials = [...data.trials].sort((a, b) => (a.startYear ?? a.resultYear ?? 0) - (b.startYear ?? b.resultYear ?? 0));
  const input = trials.map((trial) => ({
    id: trialKey(data.trials.indexOf(trial)),
    label: `${trial.name} · ${phases.labels[trial.phase]}`,
    outcomeLabel: outcomeMarks[trial.outcome].short,
    glyph: outcomeMarks[trial.outcome].glyph,
    startYear: trial.startYear,
    resultYear: trial.resultYear,
    ongoing: trial.outcome === 'ongoing',
  }));
  const count = (o: (typeof outcomes.keys)[number]) => trials.filter((t) => t.outcome === o).length;
  const parts = outcomes.keys.filter((o) => count(o) > 0).map((o) => `${count(o)} ${inSentence(outcomeMarks[o].short)}`);
  const first = Math.min(...trials.map((t) => t.startYear ?? t.resultYear ?? thisYear));
  const n = trials.length;
  const title =
    n === 1
      ? `${atStart(data.name)}: one trial, which ${trials[0]!.outcome === 'ongoing' ? 'is still running' : inSentence(outcomes.labels[trials[0]!.outcome])}`
      : `${atStart(data.name)}: ${numberInWords(n)} trials since ${first}`;
  // The therapy's page lists every source in full; the chart's source line points there.
  const sources = [{ id: 'therapy-sources', label: `the trial reports and records listed on the ${data.name} page`, url: `${therapyUrl(therapy.id)}#sources` }];
  return {
    id: timelineChartId(therapy.id),
    component: 'TrialTimelineChart',
    title,
    summary: n === 1 ? `${trialName(trials[0]!)}` : `Of ${n} trials, ${listAnd(parts)}.`,
    description: [
      'A line for each trial runs from the year it started to the year its main result came out. A trial known only by its result year is a single point. A trial still running has an arrow that reaches this year. The mark at the end shows how it turned out: a triangle for met its goal, a diamond for mixed, a cross for did not work, a square for stopped, an arrow for still running.',
      ...trials.map(trialName),
    ],
    kind: 'data',
    sources,
    asOf: isoDate(data.checked),
    page: { href: therapyUrl(therapy.id), title: data.name },
    table: {
      columns: [
        { key: 'trial', label: 'Trial' },
        { key: 'phase', label: 'Phase' },
        { key: 'population', label: 'Who took part' },
        { key: 'start', label: 'Started', numeric: true, year: true },
        { key: 'result', label: 'Result reported', numeric: true, year: true },
        { key: 'participants', label: 'People', numeric: true },
        { key: 'outcome', label: 'Outcome' },
      ],
      // Years are printed as years ("2013", never "2,013").
      display: { start: String, result: String },
      rows: trials.map((t) => ({
        trial: t.name,
        phase: phases.labels[t.phase],
        population: populations.labels[t.population],
        start: t.startYear ?? '',
        result: t.resultYear ?? '',
        participants: t.participants ?? '',
        outcome: outcomes.labels[t.outcome],
      })),
    },
    controls: [],
    layouts: layoutsForEachSize((size) => layoutTimeline(input, size, thisYear)),
    marks: data.trials.map((trial, index) => ({ key: trialKey(index), name: trialMarkName(trial), detail: trialDetail(trial) })),
  };
}
