/** A therapy's trials on a timeline: years to positions, running trials, and a readable axis. */
import { describe, expect, it } from 'vitest';
import { rounded } from '../../support/geometry.ts';
import { layoutTimeline, timelineDomain, type TimelineTrialInput } from '../../../src/charts/timeline/layout';
import { lineStep, textWidth, wrapText } from '../../../src/charts/frame/text';
import { chartSizes, chartWidths } from '../../../src/charts/frame/types';

const trials: TimelineTrialInput[] = [
  { id: 't1', label: 'MS-STAT · Phase 2', outcomeLabel: 'Met its goal', glyph: 'triangle', startYear: 2008, resultYear: 2014, ongoing: false },
  { id: 't2', label: 'MS-STAT2 · Phase 3', outcomeLabel: 'Did not work', glyph: 'cross', resultYear: 2024, ongoing: false },
  { id: 't3', label: 'A running trial with a long name that has to wrap · Phase 3', outcomeLabel: 'Running', glyph: 'arrow', startYear: 2023, ongoing: true },
];

describe('timelineDomain', () => {
  it('covers every year and, for a running trial, this year, with a year to spare each side; a finished trial needs no more', () => {
    expect(timelineDomain(trials, 2026)).toEqual([2007, 2027]);
    expect(timelineDomain([trials[0]!], 2026)).toEqual([2007, 2015]);
    expect(timelineDomain([{ ...trials[1]!, resultYear: 2024 }], 2026)).toEqual([2023, 2025]);
  });
});

describe.each(chartSizes)('layoutTimeline (%s)', (size) => {
  const width = chartWidths[size];
  const layout = layoutTimeline(trials, size, 2026);

  it('runs each trial from its start to its result, later trials further right', () => {
    const [first, second, running] = layout.rows;
    expect(first!.span.x2).toBeGreaterThan(first!.span.x1);
    expect(second!.span.x1).toBe(second!.span.x2);
    expect(second!.span.x1).toBeGreaterThan(first!.span.x2);
    expect(running!.ongoing).toBe(true);
    expect(running!.span.x2).toBeGreaterThan(running!.span.x1);
    expect(second!.uncertainStart).toBe(true);
  });

  it('keeps everything inside the drawing and the bold label clear of the outcome', () => {
    for (const row of layout.rows) {
      expect(row.span.x1).toBeGreaterThanOrEqual(0);
      expect(row.glyph.cx + row.glyph.size / 2).toBeLessThanOrEqual(width);
      const outcomeLeft = row.outcome.x - textWidth(row.outcome.lines[0]!);
      const lastLabelLine = row.label.y + (row.label.lines.length - 1) * lineStep;
      // Beside the label's lines, or on a line of its own under them.
      if (row.outcome.y > lastLabelLine) expect(row.outcome.y).toBe(lastLabelLine + lineStep);
      else for (const line of row.label.lines) expect(textWidth(line, { bold: true }), `${line} (bold, as drawn)`).toBeLessThan(outcomeLeft);
      expect(row.span.y, 'the line runs under all the row’s words').toBeGreaterThan(Math.max(row.outcome.y, lastLabelLine));
    }
    expect(layout.height).toBeGreaterThan(layout.axis.y);
  });

  it('labels whole years on the axis, far enough apart to read', () => {
    const { ticks } = layout.axis;
    expect(ticks.length).toBeGreaterThanOrEqual(2);
    for (const tick of ticks) {
      expect(Number.isInteger(Number(tick.label.lines[0]))).toBe(true);
      // Each year is written under its own tick, below the axis.
      expect(tick.label.x).toBe(tick.x);
      expect(tick.label.y).toBeGreaterThan(layout.axis.y);
      expect(tick.label.y).toBeLessThanOrEqual(layout.height);
    }
    for (let i = 1; i < ticks.length; i++) expect(ticks[i]!.x - ticks[i - 1]!.x).toBeGreaterThan(textWidth('2000'));
  });
});

describe('a long outcome on a narrow drawing', () => {
  // The compact drawing is the phone's with Larger text: the fewest characters to a line.
  const long: TimelineTrialInput = { ...trials[2]!, label: 'A trial with a rather long name · Phase 2/3', outcomeLabel: 'Stopped early, for safety reasons' };
  const [row] = layoutTimeline([long], 'compact', 2026).rows;
  const beside = wrapText(long.label, chartWidths.compact - textWidth(long.outcomeLabel) - 16, { bold: true });

  it('goes on a line of its own when beside the label it would leave room for a word or two a line', () => {
    expect(beside.length, 'beside the outcome, the label breaks into many lines').toBeGreaterThanOrEqual(4);
    expect(row!.outcome.y).toBe(row!.label.y + row!.label.lines.length * lineStep);
    expect(row!.label.lines.length + 1).toBeLessThan(beside.length);
    for (const line of row!.label.lines) expect(textWidth(line, { bold: true })).toBeLessThanOrEqual(chartWidths.compact);
  });

  it('stays beside a short label', () => {
    const [short] = layoutTimeline([trials[0]!], 'compact', 2026).rows;
    expect(short!.outcome.y).toBe(short!.label.y);
  });
});

describe('the drawing on fixed inputs', () => {
  it.each(chartSizes)('%s is laid out as before (after an intended change, run `npm run test:unit -- -u` and review the diff)', (size) => {
    expect(rounded(layoutTimeline(trials, size, 2026))).toMatchSnapshot();
  });
});
