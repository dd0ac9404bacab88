/**
 * The spec builders that take their input as arguments: the trial-size chart (numbers from the
 * sample-size formula) and a therapy's trial timeline (one therapy, a fixed year). Their words,
 * table and marks come from that input alone.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { useCollections, ref } from '../../support/astro-content-stub.ts';
import { allCollections, day, sources } from './fixtures.ts';
import { trialSizeChart, trialSizeOptions } from '../../../src/charts/trial-size/chart';
import { timelineChart, trialName, trialYears, type Trial } from '../../../src/charts/timeline/chart';
import { perGroup as sampleSizePerGroup } from '../../../src/lib/sample-size';
import type { Therapy } from '../../../src/content/therapies';

const trialSizeSources = ['alliance-strategy-announcement-2021', 'mrc-ctu-octopus-2024', 'chataway-2020'].map((id) => ({ ...sources[0]!, id }));
beforeEach(() => useCollections({ ...allCollections, sources: [...sources, ...trialSizeSources] }));

describe('trialSizeChart', () => {
  it('states the formula’s numbers for the chosen effect and power, with a row per effect and power', async () => {
    const spec = await trialSizeChart();
    const perGroup = (effect: number, power: number) => Number(spec.table.rows.find((r) => r.effect === effect && r.power === power)!.perGroup);
    expect(spec.table.rows).toHaveLength(trialSizeOptions.effects.length * trialSizeOptions.powers.length);
    expect(perGroup(0.5, 80)).toBe(sampleSizePerGroup(0.5, 0.8));
    expect(spec.summary).toContain(`an effect of size 0.5, a trial needs ${perGroup(0.5, 80)} people in each group`);
    expect(spec.summary).toContain(`for a smaller effect of 0.2 it needs ${perGroup(0.2, 80)}`);
    expect(spec.kind).toBe('illustrative');
    // One shared placebo group: for k drugs, (k + 1) groups instead of 2k.
    const row = spec.table.rows.find((r) => r.effect === 0.5 && r.power === 80)!;
    expect(row.separate3).toBe(6 * perGroup(0.5, 80));
    expect(row.shared3).toBe(4 * perGroup(0.5, 80));
    expect(spec.controls.map((c) => c.key)).toEqual(['view', 'effect', 'power', 'treatments']);
  });

  it('follows the options it is given', async () => {
    const spec = await trialSizeChart({ effects: [0.2, 0.5], powers: [80], treatments: [2] });
    expect(spec.table.rows.map((r) => r.effect)).toEqual([0.2, 0.5]);
    expect(spec.table.columns.map((c) => c.key)).toEqual(['effect', 'power', 'perGroup', 'total', 'separate2', 'shared2']);
    expect(spec.description.join(' ')).not.toContain('90% power');
  });

  it('refuses options that leave out the effect its summary is about', async () => {
    await expect(trialSizeChart({ effects: [0.3, 0.5], powers: [80], treatments: [2] })).rejects.toThrow(/no point for effect 0\.2 and 80% power/);
  });
});

const trial = (fields: Partial<Trial>): Trial =>
  ({
    name: 'TRIAL',
    registryIds: [],
    phase: '2',
    population: 'ppms',
    outcome: 'positive',
    primaryOutcome: 'x',
    sources: [ref('sources', 'paper-a')],
    ...fields,
  }) as unknown as Trial;

const therapy = (trials: Trial[]): Therapy =>
  ({
    id: 'madeupumab',
    collection: 'therapies',
    data: { name: 'madeupumab', checked: day('2026-06-01'), statusAsOf: day('2026-06-01'), trials },
  }) as unknown as Therapy;

describe('timelineChart', () => {
  const early = trial({ name: 'EARLY', phase: '2', startYear: 2010, resultYear: 2014, outcome: 'positive', participants: 120 });
  const late = trial({ name: 'LATE', phase: '3', population: 'spms', startYear: 2020, resultYear: 2024, outcome: 'did-not-work' });
  const running = trial({ name: 'RUNNING', phase: '3', startYear: 2024, outcome: 'ongoing' });

  it('counts the trials since the first year and by outcome, oldest first', () => {
    const spec = timelineChart(therapy([late, running, early]), 2026);
    expect(spec.id).toBe('trials-madeupumab');
    expect(spec.title).toBe('Madeupumab: three trials since 2010');
    expect(spec.summary).toBe('Of 3 trials, 1 met its goal, 1 did not work and 1 running.');
    expect(spec.table.rows.map((r) => r.trial)).toEqual(['EARLY', 'LATE', 'RUNNING']);
    expect(spec.table.rows[0]).toMatchObject({ start: 2010, result: 2014, participants: 120 });
    expect(spec.table.rows[2]).toMatchObject({ result: '', participants: '' });
    expect(spec.asOf).toBe('2026-06-01');
    expect(spec.sources[0]!.url).toBe('/pipeline/madeupumab/#sources');
  });

  it('describes a single trial in one sentence, and a running one as still running', () => {
    const spec = timelineChart(therapy([running]), 2026);
    expect(spec.title).toBe('Madeupumab: one trial, which is still running');
    expect(spec.summary).toBe(trialName(running));
    expect(trialYears(running)).toBe('started 2024, still running');
    expect(trialYears(early)).toBe('2010 to 2014');
    expect(trialYears(trial({ resultYear: 2019 }))).toBe('result 2019');
  });

  it('draws a running trial to the year it is given, so the build date comes from one place', () => {
    const rowOf = (year: number) => timelineChart(therapy([early, running]), year).layouts.wide;
    expect(JSON.stringify(rowOf(2026))).not.toBe(JSON.stringify(rowOf(2030)));
    expect(JSON.stringify(timelineChart(therapy([early, late]), 2026).layouts)).toBe(JSON.stringify(timelineChart(therapy([early, late]), 2030).layouts));
  });
});
