/** The 2017 funding unit chart: squares, part-squares, label placement, both sizes. */
import { describe, expect, it } from 'vitest';
import { rounded } from '../../support/geometry.ts';
import { layoutFunding, unitRects, type FundingInput, type FundingLayout } from '../../../src/charts/funding/layout';
import { fundingInputs, fundingLabels } from '../../../src/charts/funding/chart';
import { fundingShares } from '../../../src/lib/funding';
import { chartSizes, chartWidths } from '../../../src/charts/frame/types';
import { lineHeight, fontSize } from '../../../src/charts/frame/text';

const areas = (percents: number[]): FundingInput[] =>
  fundingInputs(
    fundingShares(
      228.7,
      percents.map((percent, i) => ({ id: `a${i}`, label: `Area ${i}`, percent })),
    ),
  );
const paper = areas([1.3, 3, 5]);
/** The layout with the spec's words, for a total in millions. */
const grid = (input: FundingInput[], totalMillions: number, size: (typeof chartSizes)[number]): FundingLayout =>
  layoutFunding(input, fundingLabels(totalMillions), size);
/** Each group's label in its taller view, as the top and bottom of its lines. */
const labelSpan = (g: FundingLayout['groups'][number]) => {
  const lines = Math.max(g.labels.shares.lines.length, g.labels.dollars.lines.length);
  return { top: g.labels.shares.y - fontSize, bottom: g.labels.shares.y - fontSize + lines * fontSize * lineHeight };
};
const area = (rects: { width: number; height: number }[]) => rects.reduce((sum, r) => sum + r.width * r.height, 0);

describe('unitRects', () => {
  it('fills whole squares down the first column, then the next', () => {
    const rects = unitRects(0, 12, 10);
    expect(rects).toHaveLength(12);
    expect(rects[9]).toMatchObject({ x: 0, y: 90 });
    expect(rects[10]).toMatchObject({ x: 10, y: 0 });
  });
  it('draws a fraction as part of a square: 1.3 is one square and three tenths of the next', () => {
    const rects = unitRects(0, 1.3, 10);
    expect(rects).toHaveLength(2);
    expect(rects[1]!.height).toBeCloseTo(0.3 * (10 - 3));
    const next = unitRects(1.3, 4.3, 10);
    expect(next[0]!.y).toBeCloseTo(10 + 0.3 * 7);
    expect(area(next) / (7 * 7)).toBeCloseTo(3);
  });
  it('never draws past the 100th square, and nothing for an empty range', () => {
    expect(unitRects(99.5, 120, 10)).toHaveLength(1);
    expect(unitRects(5, 5, 10)).toEqual([]);
  });
});

describe.each(chartSizes)('layoutFunding, %s', (size) => {
  const layout = grid(paper, 228.7, size);
  const size7 = layout.cell - 3;

  it('gives each area the squares its share stands for, and the rest fills the grid', () => {
    expect(layout.groups.map((g) => g.id)).toEqual(['a0', 'a1', 'a2', 'other']);
    const shares = layout.groups.map((g) => area(g.rects) / (size7 * size7));
    expect(shares[0]).toBeCloseTo(1.3);
    expect(shares[1]).toBeCloseTo(3);
    expect(shares[2]).toBeCloseTo(5);
    expect(shares.reduce((a, b) => a + b)).toBeCloseTo(100);
    expect(layout.grid).toHaveLength(100);
  });
  it('keeps every square and label inside the drawing', () => {
    expect(layout.width).toBe(chartWidths[size]);
    for (const r of [...layout.grid, ...layout.groups.flatMap((g) => g.rects)]) {
      expect(r.x).toBeGreaterThanOrEqual(0);
      expect(r.x + r.width).toBeLessThanOrEqual(layout.width + 1e-9);
      expect(r.y + r.height).toBeLessThanOrEqual(layout.height);
    }
    for (const g of layout.groups) {
      const { top, bottom } = labelSpan(g);
      expect(top).toBeGreaterThanOrEqual(0);
      // The last line's baseline is inside the drawing.
      expect(bottom - fontSize * lineHeight + fontSize).toBeLessThanOrEqual(layout.height);
    }
  });
  it('does not let labels overlap', () => {
    const blocks = layout.groups.map(labelSpan);
    for (let i = 1; i < blocks.length; i++) expect(blocks[i]!.top).toBeGreaterThanOrEqual(blocks[i - 1]!.bottom);
  });
  it('labels each area with its name and, on the last line, its share or its amount', () => {
    expect(layout.groups[0]!.labels.shares.lines).toEqual(['Area 0', '1.3% · $1.30 of every $100']);
    expect(layout.groups[1]!.labels.dollars.lines.at(-1)).toBe('about $7 million');
    expect(layout.groups[3]!.names.shares).toBe('Other research: 90.7%, $90.70 of every $100.');
    expect(layout.groups[3]!.names.dollars).toBe('Other research: about $207 million.');
  });
  it('says under the grid what a square stands for, in each view', () => {
    expect(layout.note.shares.lines.join(' ')).toBe('Each square is $1 of every $100 of grants.');
    expect(layout.note.dollars.lines.join(' ')).toBe('Each square is about $2.3 million of $228.7 million.');
    expect(layout.note.shares.y).toBeGreaterThan(layout.grid.at(-1)!.y + layout.grid.at(-1)!.height + fontSize);
  });
  it('makes each area as easy to point at as its label: its squares (or key swatch) and label in one box', () => {
    const within = (r: { x: number; y: number; width: number; height: number }, box: typeof r) =>
      r.x >= box.x && r.y >= box.y && r.x + r.width <= box.x + box.width + 1e-9 && r.y + r.height <= box.y + box.height + 1e-9;
    for (const g of layout.groups) {
      const { top } = labelSpan(g);
      expect(g.box.y).toBeLessThanOrEqual(top);
      expect(g.box.y + g.box.height).toBeGreaterThanOrEqual(top + fontSize * lineHeight);
      // The rest is most of the grid: its label alone is its box, so the others' squares stay theirs.
      const parts = g.swatch ? [g.swatch] : g.isRest ? [] : g.rects;
      for (const r of parts) expect(within(r, g.box), g.id).toBe(true);
    }
  });
});

describe('layoutFunding with extreme inputs', () => {
  it('lays out a single area with no remainder', () => {
    const layout = grid(areas([100]), 10, 'wide');
    expect(layout.groups).toHaveLength(1);
    expect(area(layout.groups[0]!.rects) / (layout.cell - 3) ** 2).toBeCloseTo(100);
  });
  it('keeps many tiny areas apart', () => {
    const layout = grid(areas([0.1, 0.1, 0.1, 0.1]), 10, 'wide');
    const tops = layout.groups.map((g) => g.labels.shares.y);
    for (let i = 1; i < tops.length; i++) expect(tops[i]! - tops[i - 1]!).toBeGreaterThanOrEqual(2 * fontSize * lineHeight);
  });
});

describe('the drawing on fixed inputs', () => {
  it.each(chartSizes)('%s is laid out as before (after an intended change, run `npm run test:unit -- -u` and review the diff)', (size) => {
    expect(rounded(grid(paper, 228.7, size))).toMatchSnapshot();
  });
});
