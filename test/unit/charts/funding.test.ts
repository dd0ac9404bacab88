/** The 2017 funding unit chart: squares, part-squares, label placement, both sizes. */
import { describe, expect, it } from 'vitest';
import { rounded } from '../../support/geometry.ts';
import { layoutFunding, unitRects, type FundingInput } from '../../../src/charts/funding/layout';
import { fundingShares } from '../../../src/lib/funding';
import { chartSizes, chartWidths } from '../../../src/charts/frame/types';
import { lineHeight, fontSize } from '../../../src/charts/frame/text';

const areas = (percents: number[]): FundingInput[] =>
  fundingShares(
    228.7,
    percents.map((percent, i) => ({ id: `a${i}`, label: `Area ${i}`, percent })),
  );
const paper = areas([1.3, 3, 5]);
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
  const layout = layoutFunding(paper, 228.7, size);
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
      const lines = Math.max(g.lines.shares.length, g.lines.dollars.length);
      expect(g.labelY - fontSize).toBeGreaterThanOrEqual(0);
      expect(g.labelY + (lines - 1) * fontSize * lineHeight).toBeLessThanOrEqual(layout.height);
    }
  });
  it('does not let labels overlap', () => {
    const blocks = layout.groups.map((g) => ({
      top: g.labelY - fontSize,
      bottom: g.labelY - fontSize + Math.max(g.lines.shares.length, g.lines.dollars.length) * fontSize * lineHeight,
    }));
    for (let i = 1; i < blocks.length; i++) expect(blocks[i]!.top).toBeGreaterThanOrEqual(blocks[i - 1]!.bottom);
  });
  it('labels each area with its share and its amount', () => {
    expect(layout.groups[0]!.lines.shares.at(-1)).toBe('1.3% · $1.30 of every $100');
    expect(layout.groups[1]!.lines.dollars.at(-1)).toBe('about $7 million');
    expect(layout.groups[3]!.names.shares).toBe('Other research: 90.7%, $90.70 of every $100.');
  });
});

describe('layoutFunding with extreme inputs', () => {
  it('lays out a single area with no remainder', () => {
    const layout = layoutFunding(areas([100]), 10, 'wide');
    expect(layout.groups).toHaveLength(1);
    expect(area(layout.groups[0]!.rects) / (layout.cell - 3) ** 2).toBeCloseTo(100);
  });
  it('keeps many tiny areas apart', () => {
    const layout = layoutFunding(areas([0.1, 0.1, 0.1, 0.1]), 10, 'wide');
    const tops = layout.groups.map((g) => g.labelY);
    for (let i = 1; i < tops.length; i++) expect(tops[i]! - tops[i - 1]!).toBeGreaterThanOrEqual(2 * fontSize * lineHeight);
  });
});

describe('the drawing on fixed inputs', () => {
  it.each(chartSizes)('%s is laid out as before (after an intended change, run `npm run test:unit -- -u` and review the diff)', (size) => {
    expect(rounded(layoutFunding(paper, 228.7, size))).toMatchSnapshot();
  });
});
