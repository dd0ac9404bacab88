/** The trial-size chart's "several drugs" view: k separate trials against one trial sharing a placebo group, as blocks, with their labels. */
import { describe, expect, it } from 'vitest';
import { layout, line, options, overlaps, textBox } from '../../support/trial-size.ts';
import { blockWidth, layoutBlockRows } from '../../../src/charts/trial-size/blocks';
import { chartSizes } from '../../../src/charts/frame/types';

describe.each(chartSizes)('the several-drugs view, %s', (size) => {
  const l = layout(options, size);
  const { severalDrugs: several } = l;

  it('shows k separate trials as 2k groups and one shared trial as k + 1 groups of the same size', () => {
    for (const g of several.geometry) {
      const k = g.treatments;
      expect(g.separate.bar).toHaveLength(2 * k);
      expect(g.separate.bar.filter((b) => b.kind === 'placebo')).toHaveLength(k);
      expect(g.shared.bar).toHaveLength(k + 1);
      expect(g.shared.bar.filter((b) => b.kind === 'placebo')).toHaveLength(1);
      const widths = new Set([...g.separate.bar, ...g.shared.bar].map((b) => b.width));
      expect(widths.size).toBe(1);
      // Blocks in a row never overlap.
      for (const bar of [g.separate.bar, g.shared.bar]) {
        for (let i = 1; i < bar.length; i++) expect(bar[i]!.x).toBeGreaterThan(bar[i - 1]!.x + bar[i - 1]!.width);
      }
      // The shared row sits below the separate row and its label.
      expect(g.shared.bar[0]!.y).toBeGreaterThan(g.separate.bar[0]!.y + g.separate.bar[0]!.height + line);
    }
    // The same group is the same size whatever the number of drugs.
    expect(new Set(several.geometry.map((g) => g.shared.bar[0]!.width)).size).toBe(1);
  });

  it('labels each row above its blocks, its head in bold, and names it with the numbers it shows', () => {
    const three = several.texts.find((t) => t.effect === 0.5 && t.power === 80 && t.treatments === 3)!;
    const g = several.geometry.find((geometry) => geometry.treatments === 3)!;
    expect(three.rows.separate.label.lines.slice(0, three.rows.separate.boldLines).join(' ')).toBe('3 separate trials: 378 people');
    expect(three.rows.shared.label.lines.slice(0, three.rows.shared.boldLines).join(' ')).toBe('One shared trial: 252 people');
    expect(three.rows.separate.name).toContain('378 people');
    expect(three.rows.shared.name).toContain('252 people');
    expect(three.rows.shared.name).toContain('126 fewer');
    expect(three.blockNote.lines.join(' ')).toBe('Each block is one group of 63 people.');
    // The row labels sit beside the totals they state, which stay numbers.
    expect([three.separate, three.shared]).toEqual([378, 252]);
    for (const [row, text] of [
      [g.separate, three.rows.separate],
      [g.shared, three.rows.shared],
    ] as const) {
      // The label ends above its blocks, and the focus box holds the label's first line and the blocks.
      expect(textBox(text.label).bottom).toBeLessThanOrEqual(row.bar[0]!.y);
      expect(row.box.y).toBeLessThanOrEqual(textBox(text.label).top + 1);
      expect(row.box.y + row.box.height).toBeGreaterThanOrEqual(row.bar[0]!.y + row.bar[0]!.height);
    }
  });

  it('names each separate trial under its blocks, and puts the legend’s labels beside their swatches without touching', () => {
    for (const g of several.geometry) {
      expect(g.separate.trialLabels).toHaveLength(g.treatments);
      for (const t of g.separate.trialLabels) expect(t.y).toBeGreaterThan(g.separate.bar[0]!.y + g.separate.bar[0]!.height);
    }
    const [drug, placebo] = several.legend;
    expect([drug!.label.lines, placebo!.label.lines]).toEqual([['Drug group'], ['Placebo group']]);
    expect(overlaps(textBox(drug!.label), textBox(placebo!.label))).toBe(false);
    expect(textBox(drug!.label).right).toBeLessThan(placebo!.swatch.x);
  });
});

describe('layoutBlockRows', () => {
  const at = { separateLabelY: 20, separateBarY: 40, trialLabelY: 100, sharedLabelY: 130, sharedBarY: 150, barHeight: 40 };
  const trial = (n: number) => ({ long: `Trial ${n}`, short: String(n) });

  it('fits the most drugs’ separate trials across the width, with one block width for every number of drugs', () => {
    const rows = layoutBlockRows([2, 4], 320, at, trial);
    const four = rows.find((r) => r.treatments === 4)!;
    const last = four.separate.bar.at(-1)!;
    expect(last.x + last.width).toBeCloseTo(320, 0);
    expect(four.separate.bar[0]!.width).toBeCloseTo(blockWidth([2, 4], 320), 1);
    expect(rows[0]!.separate.bar[0]!.width).toBe(four.separate.bar[0]!.width);
    // The shared trial's groups sit side by side, its placebo group last.
    expect(four.shared.bar.map((b) => b.kind)).toEqual(['drug', 'drug', 'drug', 'drug', 'placebo']);
  });

  it('names the separate trials in full where their blocks have room, else by number', () => {
    expect(layoutBlockRows([2], 320, at, trial)[0]!.separate.trialLabels.map((t) => t.lines[0])).toEqual(['Trial 1', 'Trial 2']);
    expect(layoutBlockRows([6], 320, at, trial)[0]!.separate.trialLabels.map((t) => t.lines[0])).toEqual(['1', '2', '3', '4', '5', '6']);
  });
});
