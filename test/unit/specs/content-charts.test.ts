/**
 * The spec builders of the charts drawn from content collections (strategy, progression,
 * questions, funding), run on the small made-up collections in ./fixtures.ts through the
 * astro:content stand-in: every sentence a reader sees, the table and the marks come from those
 * entries, and a missing entry stops the build with a message that says which.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { useCollections } from '../../support/astro-content-stub.ts';
import { allCollections, funding, gaps, questions } from './fixtures.ts';
import { strategyChart } from '../../../src/charts/strategy/chart';
import { progressionChart } from '../../../src/charts/progression/chart';
import { countText, questionsChart, questionsData } from '../../../src/charts/questions/chart';
import { fundingChart } from '../../../src/charts/funding/chart';
import type { ChartSpec } from '../../../src/charts/frame/types';

beforeEach(() => useCollections(allCollections));

/** What every spec must carry: a takeaway, one summary sentence, a described drawing, a table and sources. */
function expectComplete(spec: ChartSpec<unknown>) {
  expect(spec.title.length).toBeGreaterThan(10);
  expect(spec.summary).toMatch(/^[A-Z0-9$].*\.$/);
  expect(spec.description.length).toBeGreaterThan(0);
  expect(spec.table.rows.length).toBeGreaterThan(0);
  for (const row of spec.table.rows) expect(Object.keys(row).sort()).toEqual(spec.table.columns.map((c) => c.key).sort());
  expect(spec.sources.length).toBeGreaterThan(0);
  expect(Object.keys(spec.layouts).sort()).toEqual(['compact', 'narrow', 'wide']);
}

describe('strategyChart', () => {
  it('has a table row per approach, a button per gap, and counts the gaps in words', async () => {
    const spec = await strategyChart();
    expectComplete(spec);
    expect(spec.title).toBe('The strategy sets out ways to close two gaps in progressive MS research');
    expect(spec.summary).toBe('The two gaps are understanding progression and running faster trials, and each has its own approaches.');
    expect(spec.table.rows).toHaveLength(5);
    expect(spec.table.rows[0]).toEqual({ gap: '1. Understanding progression', approach: 'Study nerve loss', source: 'Alpha et al., 2021' });
    expect(spec.controls[0]!.options.map((o) => o.label)).toEqual(['All', 'Progression', 'Trials']);
    expect(spec.gaps.map((g) => g.href)).toEqual(['/strategy/mechanisms/', '/strategy/trials/']);
    // The paper is the root's note, and every approach's source is listed once.
    expect(spec.paper.label).toBe('Thompson et al., 2021');
    expect(spec.sources.map((s) => s.id).sort()).toEqual(['paper-a', 'report-b', 'thompson-2021']);
    expect(spec.sources.find((s) => s.id === 'report-b')!.url).toBe('https://example.org/b');
  });

  it('names each box for a screen reader: the strategy, each gap (also once chosen), each approach with its source', async () => {
    const spec = await strategyChart();
    expect(spec.strategyName).toBe('The research strategy, Thompson et al., 2021: 2 gaps. Choose it to show all gaps alike.');
    expect(spec.gaps.map((g) => [g.name, g.chosenName])).toEqual([
      ['Gap 1: Understanding progression. 2 approaches.', 'Gap 1: Understanding progression, chosen. 2 approaches.'],
      ['Gap 2: Running faster trials. 3 approaches.', 'Gap 2: Running faster trials, chosen. 3 approaches.'],
    ]);
    expect(spec.gaps[1]!.approaches[2]!.name).toBe('Share a placebo group. Gap 2. Source: Example Society, 2022.');
  });

  it('orders the gaps by their order field, not by file', async () => {
    useCollections({ ...allCollections, gaps: [...gaps].reverse() });
    expect((await strategyChart()).gaps.map((g) => g.number)).toEqual([1, 2]);
  });

  it('needs at least one gap', async () => {
    useCollections({ ...allCollections, gaps: [] });
    await expect(strategyChart()).rejects.toThrow(/needs at least one gap in src\/content\/gaps\//);
  });
});

describe('progressionChart', () => {
  it('names each part by its role and only with its sourced sentences', async () => {
    const spec = await progressionChart();
    expectComplete(spec);
    expect(spec.summary).toBe("Inflammation cause damage, the body makes up for it for a time, and one personal factors may shape each person's course.");
    expect(spec.parts.map((p) => p.kind)).toEqual(['process', 'compensation', 'outcome', 'factor']);
    expect(spec.table.rows.map((r) => [r.part, r.known])).toEqual([
      ['Inflammation', 'It harms nerves.'],
      ['Brain reserve', 'The brain makes up for damage.'],
      ['Disability (worsening)', 'Disability grows.'],
      ['Ageing', 'Older nerves recover less.'],
    ]);
    const ageing = spec.parts.find((p) => p.id === 'ageing')!;
    expect(ageing.term).toEqual({ id: 'ageing', href: '/glossary/#ageing', word: 'ageing' });
    expect(ageing.whatIsKnown[0]!.source.label).toBe('Example Society, 2022');
    expect(spec.parts.map((p) => p.name)).toEqual([
      'Inflammation: causes damage.',
      'Brain reserve: holds the damage back, for a time.',
      'Disability (worsening): the result.',
      "Ageing: may shape each person's course.",
    ]);
    // The outcome's everyday words, without the bracketed medical word, are in the description.
    expect(spec.description[0]).toContain('the result, disability');
  });

  it('stops with the file when a part names a glossary term that does not exist', async () => {
    useCollections({ ...allCollections, glossary: [] });
    await expect(progressionChart()).rejects.toThrow(/ageing\.yaml: term: there is no glossary term "ageing"/);
  });
});

describe('questionsChart', () => {
  it('numbers the questions in reading order and counts them per symptom and kind', async () => {
    const { questions: rows, symptoms } = await questionsData();
    expect(symptoms.map((s) => s.label)).toEqual(['Fatigue', 'Mobility']);
    expect(rows.map((q) => [q.number, q.id])).toEqual([
      [1, 'fatigue-measure'],
      [2, 'fatigue-treat'],
      [3, 'mobility-treat'],
    ]);
    expect(rows[0]!.href).toBe('/symptoms/fatigue/#question-fatigue-measure');

    const spec = await questionsChart();
    expectComplete(spec);
    expect(spec.title).toBe('Every symptom has a question about finding treatments that work');
    expect(spec.summary).toBe('The expert panel asked 3 questions: 2 about fatigue and 1 about mobility.');
    expect(spec.table.rows).toHaveLength(questions.length);
    expect(spec.description).toContain('Finding treatments that work: 2 questions (fatigue: 1; mobility: 1).');
    expect(spec.page).toEqual({ href: '/symptoms/', title: 'The four symptoms' });
  });

  it('counts each cell and totals each heading in words: None, then question or questions', async () => {
    expect([0, 1, 12].map(countText)).toEqual(['None', '1 question', '12 questions']);
    const { cells, rowHeaders } = (await questionsChart()).layouts.wide;
    const cell = (symptom: string, kind: string) => cells.find((c) => c.symptom === symptom && c.kind === kind)!.countText.lines;
    expect(cell('fatigue', 'measuring')).toEqual(['1 question']);
    expect(cell('mobility', 'measuring')).toEqual(['None']);
    expect(rowHeaders.map((h) => h.count.lines)).toEqual([['2 questions'], ['1 question']]);
  });

  it('says which kind is commonest when no kind covers every symptom', async () => {
    useCollections({ ...allCollections, questions: questions.filter((q) => q.id !== 'mobility-treat') });
    const spec = await questionsChart();
    expect(spec.title).toMatch(/^Most questions are about /);
    expect(spec.summary).toBe('The expert panel asked 2 questions: 2 about fatigue and 0 about mobility.');
  });
});

describe('fundingChart', () => {
  it('states the shares and amounts of the report, and the rest as other research', async () => {
    const spec = await fundingChart();
    expectComplete(spec);
    expect(spec.id).toBe('funding-2017');
    expect(spec.title).toBe('In 2017, research on fatigue, pain, mobility and cognition each got $4 or less of every $100 in grants');
    expect(spec.summary).toMatch(/^Of \$200 million in research grants in 2017, 2% to fatigue or pain and 4% to mobility\.$/);
    expect(spec.table.rows.at(-1)).toEqual({ area: 'All grants in 2017', percent: 100, perHundred: '100.00', millions: 200 });
    expect(spec.table.rows.find((r) => r.area === 'Mobility')).toMatchObject({ percent: 4, perHundred: '4.00', millions: 8 });
    expect(spec.description.some((line) => /The other 94% went to other research/.test(line))).toBe(true);
    expect(spec.sources.map((s) => s.id)).toEqual(['report-b']);
  });

  it('stops with the report it cannot find', async () => {
    useCollections({ ...allCollections, funding: [] });
    await expect(fundingChart()).rejects.toThrow(/there is no funding report "rehabilitation-2017"/);
    useCollections({ ...allCollections, funding: [{ ...funding[0]!, id: 'other' }] });
    await expect(fundingChart('other')).resolves.toMatchObject({ id: 'funding-2017' });
  });
});
