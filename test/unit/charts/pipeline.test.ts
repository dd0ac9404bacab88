/** The pipeline: where a therapy stands, the filters, the cross-file checks, the open data and the explorer's layout. */
import { describe, expect, it } from 'vitest';
import { rounded } from '../../support/geometry.ts';
import { mechanisms, phases, populations } from '../../../src/lib/therapy-vocabulary';
import { mechanismFamily, pipelineReach, pipelineStageGroups, populationFiltersFor } from '../../../src/lib/pipeline';
import { pipelineProblems, type CheckedTherapy } from '../../../src/lib/pipeline-checks';
import { csvTable, recordColumns, trialRecords, type TherapyRecordInput } from '../../../src/lib/pipeline-data';
import { layoutPipeline, type PipelineInput } from '../../../src/charts/pipeline/layout';
import { pipelineLabels } from '../../../src/charts/pipeline/chart';
import { textWidth } from '../../../src/charts/frame/text';
import { chartSizes, chartWidths } from '../../../src/charts/frame/types';

describe('pipelineReach', () => {
  it('reaches the furthest phase, halfway for a combined phase, and the end for an approved therapy', () => {
    expect(pipelineReach(['1', '2'], 'did-not-work')).toBe(2);
    expect(pipelineReach(['2/3'], 'mixed')).toBe(2.5);
    expect(pipelineReach(['3b', '2'], 'positive')).toBe(3);
    expect(pipelineReach(['3'], 'approved')).toBe(4);
  });
  it('has no reach for trials that have no phase', () => {
    expect(pipelineReach(['none'], 'positive')).toBeUndefined();
    expect(pipelineReach(['none'], 'approved')).toBeUndefined();
  });
});

describe('filters', () => {
  it('puts every mechanism in a filter family', () => {
    for (const mechanism of mechanisms.keys) expect(() => mechanismFamily(mechanism)).not.toThrow();
    expect(mechanismFamily('btk-inhibitor')).toBe('immune');
    expect(mechanismFamily('rehabilitation')).toBe('rehabilitation');
  });
  it('counts a trial in progressive MS in general for both types', () => {
    expect(populationFiltersFor(['progressive-ms'])).toEqual(['ppms', 'spms']);
    expect(populationFiltersFor(['all-ms'])).toEqual(['ppms', 'spms']);
    expect(populationFiltersFor(['ppms'])).toEqual(['ppms']);
    expect(populationFiltersFor(['active-spms', 'non-relapsing-spms'])).toEqual(['spms']);
  });
  it('lets every population reach at least one filter', () => {
    for (const population of populations.keys) expect(populationFiltersFor([population]).length, population).toBeGreaterThan(0);
  });
});

describe('pipelineStageGroups', () => {
  it('groups therapies furthest first, approved before phase 3, no-phase trials last, and drops empty groups', () => {
    const groups = pipelineStageGroups([
      { id: 'a', phases: ['2'], status: 'did-not-work' },
      { id: 'b', phases: ['3'], status: 'approved' },
      { id: 'c', phases: ['none'], status: 'positive' },
      { id: 'd', phases: ['1', '3'], status: 'in-trial' },
      { id: 'e', phases: ['2'], status: 'mixed' },
    ]);
    expect(groups.map((g) => [g.id, g.therapies])).toEqual([
      ['approved', ['b']],
      ['3', ['d']],
      ['2', ['a', 'e']],
      ['none', ['c']],
    ]);
  });
});

const trial = (name: string, ids: string[] = [], otherArms: string[] = [], years = { startYear: 2015, resultYear: 2019 }) => ({
  name,
  registryIds: ids,
  otherArms,
  ...years,
});

describe('pipelineProblems', () => {
  it('accepts trials listed once, and a multi-arm trial listed by each arm', () => {
    const therapies: CheckedTherapy[] = [
      { id: 'amiloride', trials: [trial('MS-SMART', ['NCT01910259'], ['riluzole'])] },
      { id: 'riluzole', trials: [trial('MS-SMART', ['NCT01910259'], ['amiloride'])] },
      { id: 'ibudilast', trials: [trial('SPRINT-MS', ['NCT01982942'])] },
    ];
    expect(pipelineProblems(therapies)).toEqual([]);
  });
  it('finds a trial listed twice in one file, by name or by registry ID', () => {
    expect(pipelineProblems([{ id: 'x', trials: [trial('MS-STAT2'), trial('MS STAT 2')] }])[0]).toMatch(
      /x\.yaml: trial "MS STAT 2" repeats "MS-STAT2" \(same name\)/,
    );
    expect(pipelineProblems([{ id: 'x', trials: [trial('A', ['NCT00000001']), trial('B', ['NCT00000001'])] }])[0]).toMatch(/same registry ID NCT00000001/);
  });
  it('finds the same trial in two files that do not name each other as arms', () => {
    const problems = pipelineProblems([
      { id: 'a', trials: [trial('ORATORIO', ['NCT01194570'])] },
      { id: 'b', trials: [trial('Oratorio')] },
    ]);
    expect(problems).toEqual([
      'src/content/therapies/a.yaml and src/content/therapies/b.yaml both list trial "ORATORIO". If it is one multi-arm trial, list each other in otherArms; otherwise remove the duplicate.',
    ]);
  });
  it('finds an arm that is missing, lists itself, or tells the trial differently', () => {
    expect(pipelineProblems([{ id: 'a', trials: [trial('T', [], ['ghost'])] }])[0]).toMatch(
      /names "ghost" in otherArms, but src\/content\/therapies\/ghost\.yaml does not list that trial/,
    );
    expect(pipelineProblems([{ id: 'a', trials: [trial('T', [], ['a'])] }])[0]).toMatch(/lists this therapy itself/);
    const differ = pipelineProblems([
      { id: 'a', trials: [trial('T', [], ['b'])] },
      { id: 'b', trials: [trial('T', [], ['a'], { startYear: 2016, resultYear: 2019 })] },
    ]);
    expect(differ).toEqual([
      'src/content/therapies/a.yaml and src/content/therapies/b.yaml describe trial "T" differently: give both the same name, registryIds, startYear and resultYear.',
    ]);
  });
});

const therapy: TherapyRecordInput = {
  id: 'simvastatin',
  name: 'simvastatin',
  aliases: ['Zocor'],
  mechanism: 'neuroprotective',
  purpose: 'disease-modifying',
  populations: ['spms'],
  status: 'did-not-work',
  checked: new Date('2025-10-01'),
  reviewDue: new Date('2027-10-01'),
  sources: ['s1'],
  trials: [
    {
      name: 'MS-STAT',
      registryIds: ['NCT00647348'],
      phase: '2',
      population: 'spms',
      startYear: 2008,
      resultYear: 2014,
      participants: 140,
      primaryOutcome: 'Brain shrinkage.',
      outcome: 'positive',
      result: 'Slower shrinkage.',
      otherArms: [],
      countries: ['GB'],
      sources: ['s1', 's2'],
    },
    {
      name: 'MS-STAT2',
      registryIds: ['NCT03387670', 'ISRCTN82598726'],
      phase: '3',
      population: 'spms',
      resultYear: 2024,
      primaryOutcome: 'Worsening, "confirmed".',
      outcome: 'did-not-work',
      result: 'No slowing, at all.',
      otherArms: [],
      countries: [],
      sources: ['s2'],
    },
  ],
};

describe('open data records', () => {
  const records = trialRecords([therapy], (id) => `https://example.org/${id}`);
  it('has one record per trial, carrying the therapy’s fields', () => {
    expect(records).toHaveLength(2);
    expect(records.map((r) => [r.therapy_id, r.trial, r.phase, r.status])).toEqual([
      ['simvastatin', 'MS-STAT', '2', 'did-not-work'],
      ['simvastatin', 'MS-STAT2', '3', 'did-not-work'],
    ]);
    expect(records[1]!.start_year).toBeNull();
    expect(records[0]!.trial_sources).toEqual(['https://example.org/s1', 'https://example.org/s2']);
    expect(records[0]!.checked).toBe('2025-10-01');
    expect(records[0]!.review_due).toBe('2027-10-01');
    expect(records[0]!.countries).toEqual(['GB']);
  });
  it('has exactly the dictionary’s columns, and joins lists with "; " in the CSV', () => {
    for (const record of records) expect(Object.keys(record)).toEqual(recordColumns.map((c) => c.key));
    const table = csvTable(records);
    expect(table.rows[1]!.registry_ids).toBe('NCT03387670; ISRCTN82598726');
    expect(table.rows[1]!.start_year).toBe('');
    expect(table.rows[0]!.participants).toBe(140);
  });
  it('describes every column, and lists are marked as lists', () => {
    for (const column of recordColumns) expect(column.description.length, column.key).toBeGreaterThan(10);
    expect(recordColumns.filter((c) => c.list).map((c) => c.key)).toContain('registry_ids');
    expect(recordColumns.find((c) => c.key === 'phase')!.values).toEqual(phases.labels);
  });
});

describe('layoutPipeline', () => {
  const input: PipelineInput = {
    groups: [
      { id: 'anti-cd20', label: 'Immune: anti-CD20 (B-cell depleting)' },
      { id: 'rehabilitation', label: 'Rehabilitation' },
      { id: 'empty', label: 'A group with no therapies' },
    ],
    therapies: [
      { id: 'ocrelizumab', name: 'ocrelizumab', group: 'anti-cd20', series: 1, reach: 4, statusLabel: 'Approved', glyph: 'check' },
      {
        id: 'higher',
        name: 'ocrelizumab at a higher dose than the approved one',
        group: 'anti-cd20',
        series: 1,
        reach: 3,
        statusLabel: 'Did not work',
        glyph: 'cross',
      },
      { id: 'frame', name: 'home standing-frame programme', group: 'rehabilitation', series: 3, reach: undefined, statusLabel: 'Positive', glyph: 'triangle' },
    ],
    labels: pipelineLabels,
  };
  const stages = pipelineLabels.stages;

  it.each(chartSizes)('%s is laid out as before (after an intended change, run `npm run test:unit -- -u` and review the diff)', (size) => {
    expect(rounded(layoutPipeline(input, size))).toMatchSnapshot();
  });

  it.each(chartSizes)('%s: a heading per group with therapies, then its rows, stacked without gaps', (size) => {
    const layout = layoutPipeline(input, size);
    expect(layout.rows.map((r) => (r.kind === 'heading' ? `# ${r.group}` : r.id))).toEqual([
      '# anti-cd20',
      'ocrelizumab',
      'higher',
      '# rehabilitation',
      'frame',
    ]);
    let y = layout.top;
    for (const row of layout.rows) {
      expect(row.y).toBeCloseTo(y);
      y += row.height;
    }
    expect(layout.height).toBeCloseTo(y + layout.bottom);
  });

  it.each(chartSizes)('%s: bars grow with reach, and a therapy with no phase has words instead of a bar', (size) => {
    const layout = layoutPipeline(input, size);
    const rows = layout.rows.filter((r) => r.kind === 'therapy');
    const [approved, phase3, rehab] = rows;
    expect(approved!.bar!.width).toBeGreaterThan(phase3!.bar!.width);
    expect(phase3!.bar!.width / approved!.bar!.width).toBeCloseTo(3 / stages.length);
    expect(rehab!.bar).toBeUndefined();
    expect(rehab!.noPhase!.lines.join(' ')).toMatch(/not a medicine trial/);
  });

  it.each(chartSizes)('%s: every word fits inside the drawing and names do not run into the status', (size) => {
    const layout = layoutPipeline(input, size);
    const width = chartWidths[size];
    for (const row of layout.rows) {
      if (row.kind !== 'therapy') continue;
      for (const line of row.name.lines) expect(row.name.x + textWidth(line), line).toBeLessThanOrEqual(width);
      const statusLeft = row.status.x - textWidth(row.status.lines[0]!);
      if (size === 'narrow') for (const line of row.name.lines) expect(row.name.x + textWidth(line)).toBeLessThan(statusLeft);
      expect(statusLeft).toBeGreaterThanOrEqual(0);
      if (row.bar) expect(row.bar.x + row.bar.width).toBeLessThanOrEqual(width);
    }
    for (const label of layout.stageLabels) {
      expect(label.x - textWidth(label.lines[0]!) / 2).toBeGreaterThanOrEqual(0);
      expect(label.x + textWidth(label.lines[0]!) / 2).toBeLessThanOrEqual(width);
    }
    // Stage names are bold; two on one row never touch.
    const extent = (label: (typeof layout.stageLabels)[number]) => textWidth(label.lines[0]!, { bold: true }) / 2;
    for (const y of new Set(layout.stageLabels.map((label) => label.y))) {
      const row = layout.stageLabels.filter((label) => label.y === y).sort((a, b) => a.x - b.x);
      for (let k = 1; k < row.length; k++) {
        const [left, right] = [row[k - 1]!, row[k]!];
        expect(right.x - extent(right) - (left.x + extent(left)), `${left.lines[0]} and ${right.lines[0]}`).toBeGreaterThan(0);
      }
    }
    // Every row starts below the stage names.
    expect(layout.top).toBeGreaterThanOrEqual(Math.max(...layout.stageLabels.map((l) => l.y)));
  });

  it('has an empty-state row and copes with no therapies at all', () => {
    const layout = layoutPipeline({ ...input, therapies: [] }, 'narrow');
    expect(layout.rows).toEqual([]);
    expect(layout.empty.text.lines.join(' ')).toMatch(/No treatment matches/);
    expect(layout.height).toBeGreaterThan(layout.top);
  });

  it.each(chartSizes)('%s: puts each status mark inside the end of its bar, or before the words of a row with no bar', (size) => {
    for (const row of layoutPipeline(input, size).rows) {
      if (row.kind !== 'therapy') continue;
      const { cx, cy, size: side } = row.glyph;
      if (row.bar) {
        expect(cx - side / 2).toBeGreaterThanOrEqual(row.bar.x);
        expect(cx + side / 2).toBeLessThanOrEqual(row.bar.x + row.bar.width);
        expect(cy).toBeCloseTo(row.bar.y + row.bar.height / 2);
      } else {
        expect(cx + side / 2).toBeLessThan(row.noPhase!.x);
      }
    }
  });

  it('shows the stages and sentences it is given, with a guide between each two stages', () => {
    const labels = { stages: ['Early', 'Late', 'Done'], noPhase: 'Not staged', empty: 'Nothing here.' };
    const layout = layoutPipeline({ ...input, labels }, 'wide');
    expect(layout.stageLabels.map((label) => label.lines.join(' '))).toEqual(labels.stages);
    const rows = layout.rows.filter((r) => r.kind === 'therapy');
    expect(rows[0]!.guides).toHaveLength(2);
    // A reach of 4 (approved) stops at the end of the last of three stages, as a reach of 3 does.
    expect(rows[0]!.bar!.width).toBeCloseTo(rows[1]!.bar!.width);
    expect(rows[2]!.noPhase!.lines).toEqual(['Not staged']);
    expect(layout.empty.text.lines).toEqual(['Nothing here.']);
  });
});

describe('statusProblems', () => {
  it('wants status approved exactly when a regulator approved it, naming the file and the fix', async () => {
    const { statusProblems } = await import('../../../src/lib/pipeline-checks');
    expect(
      statusProblems([
        { id: 'a', status: 'approved', approvedByRegulator: true },
        { id: 'b', status: 'in-trial', approvedByRegulator: false },
      ]),
    ).toEqual([]);
    expect(statusProblems([{ id: 'a', status: 'approved', approvedByRegulator: false }])[0]).toMatch(
      /^src\/content\/therapies\/a\.yaml: status is approved, but no decision says a regulator approved it\. Add the decision/,
    );
    expect(statusProblems([{ id: 'b', status: 'positive', approvedByRegulator: true }])[0]).toMatch(
      /^src\/content\/therapies\/b\.yaml: a regulator's decision approves it, so status must be approved \(it is positive\)/,
    );
  });
});
