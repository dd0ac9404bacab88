/** "The strategy at a glance": the tree layout fits both widths, never overlaps, and shows every gap and approach once. */
import { describe, expect, it } from 'vitest';
import { rounded } from '../../support/geometry.ts';
import { layoutStrategy, type StrategyInput, type StrategyLayout, type StrategyNode } from '../../../src/charts/strategy/layout';
import { textWidth } from '../../../src/charts/frame/text';
import { chartSizes, chartWidths } from '../../../src/charts/frame/types';
import type { Rect } from '../../../src/charts/frame/geometry';

const input: StrategyInput = {
  title: 'A global research strategy for progressive MS',
  note: 'Thompson et al., 2021',
  gaps: [
    {
      id: 'mechanisms',
      numberLabel: 'Gap 1',
      title: 'Understanding what drives progression',
      approaches: [
        { id: 'mechanisms-1', text: 'Study the mix of inflammation, nerve loss and ageing' },
        { id: 'mechanisms-2', text: 'Learn how the body makes up for damage, for a time' },
        { id: 'mechanisms-3', text: 'Share data and use machine learning to find patterns' },
      ],
    },
    {
      id: 'trials',
      numberLabel: 'Gap 2',
      title: 'Speeding up clinical trials',
      approaches: [
        { id: 'trials-1', text: 'Test several drugs at once in multi-arm trials' },
        { id: 'trials-2', text: 'Find early signs in blood and on scans that a treatment works' },
      ],
    },
    {
      id: 'wellbeing',
      numberLabel: 'Gap 3',
      title: 'Improving wellbeing',
      approaches: [{ id: 'wellbeing-1', text: 'Fund research in three stages, from new ideas to everyday care' }],
    },
  ],
};

const overlaps = (a: Rect, b: Rect) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
const bold = (node: StrategyNode, index: number) => (node.kind === 'root' && index < node.lines.length - 1) || (node.kind === 'gap' && index > 0);
/** The end point of an SVG path drawn with straight segments and curves: its last pair of numbers. */
function endOf(d: string): [number, number] {
  const numbers = d.match(/-?\d+(\.\d+)?/g)!.map(Number);
  return [numbers[numbers.length - 2]!, numbers[numbers.length - 1]!];
}
function startOf(d: string): [number, number] {
  const numbers = d.match(/-?\d+(\.\d+)?/g)!.map(Number);
  return [numbers[0]!, numbers[1]!];
}

describe.each(chartSizes)('the %s layout', (size) => {
  const layout = layoutStrategy(input, size);
  const width = chartWidths[size];

  it('is as wide as the drawing and keeps every box inside it', () => {
    expect(layout.width).toBe(width);
    for (const node of layout.nodes) {
      expect(node.box.x).toBeGreaterThanOrEqual(0);
      expect(node.box.y).toBeGreaterThanOrEqual(0);
      expect(node.box.x + node.box.width).toBeLessThanOrEqual(width + 1e-9);
      expect(node.box.y + node.box.height).toBeLessThanOrEqual(layout.height);
    }
  });

  it('never lets two boxes overlap', () => {
    const clashes: string[] = [];
    layout.nodes.forEach((a, i) => {
      for (const b of layout.nodes.slice(i + 1)) if (overlaps(a.box, b.box)) clashes.push(`${a.id} × ${b.id}`);
    });
    expect(clashes).toEqual([]);
  });

  it('keeps every label line inside its box', () => {
    for (const node of layout.nodes) {
      node.lines.forEach((line, index) => {
        const right = node.textX + textWidth(line, { bold: bold(node, index) });
        expect(right, `${node.id}: "${line}"`).toBeLessThanOrEqual(node.box.x + node.box.width);
      });
      const lastBaseline = node.textY + (node.lines.length - 1) * layout.lineHeight;
      expect(lastBaseline, node.id).toBeLessThanOrEqual(node.box.y + node.box.height);
      expect(node.textY - 15, node.id).toBeGreaterThanOrEqual(node.box.y);
    }
  });

  it('shows the strategy, every gap and every approach exactly once', () => {
    const ids = layout.nodes.map((n) => n.id);
    const expected = ['strategy', ...input.gaps.flatMap((g) => [g.id, ...g.approaches.map((a) => a.id)])];
    expect([...ids].sort()).toEqual([...expected].sort());
    expect(new Set(ids).size).toBe(ids.length);
    expect(layout.nodes.filter((n) => n.kind === 'gap').map((n) => n.id)).toEqual(['mechanisms', 'trials', 'wellbeing']);
  });

  it('links every gap and approach to its parent, ending at the child', () => {
    expect(layout.links.map((l) => l.target).sort()).toEqual(
      layout.nodes
        .filter((n) => n.kind !== 'root')
        .map((n) => n.id)
        .sort(),
    );
    const byId = new Map(layout.nodes.map((n) => [n.id, n]));
    for (const link of layout.links) {
      const child = byId.get(link.target)!;
      const [x, y] = endOf(link.d);
      expect(x).toBeCloseTo(child.kind === 'gap' && size === 'wide' ? child.box.x + child.box.width / 2 : child.box.x, 6);
      expect(y).toBeGreaterThanOrEqual(child.box.y);
      expect(y).toBeLessThanOrEqual(child.box.y + child.box.height);
      // Each link starts at the bottom of its parent.
      const parent = child.kind === 'gap' ? byId.get('strategy')! : byId.get(child.gapId!)!;
      expect(startOf(link.d)[1]).toBeCloseTo(parent.box.y + parent.box.height, 6);
    }
  });

  it('writes over each gap its number as the chart spec words it', () => {
    const worded = layoutStrategy({ ...input, gaps: input.gaps.map((g, i) => ({ ...g, numberLabel: `Area ${i + 1}` })) }, size);
    expect(worded.nodes.filter((n) => n.kind === 'gap').map((n) => n.lines[0])).toEqual(['Area 1', 'Area 2', 'Area 3']);
  });

  it('gives each gap its own series and its approaches the same one', () => {
    const series = new Map(layout.nodes.filter((n) => n.kind === 'gap').map((n) => [n.id, n.series]));
    expect([...series.values()]).toEqual([1, 2, 3]);
    for (const node of layout.nodes.filter((n) => n.kind === 'approach')) expect(node.series).toBe(series.get(node.gapId!));
  });
});

describe('the narrow layout', () => {
  const layout = layoutStrategy(input, 'narrow');
  it('indents each level and reads top to bottom in the input order', () => {
    const [root, ...rest] = layout.nodes;
    expect(root!.box.x).toBe(0);
    for (const node of rest) expect(node.box.x).toBeGreaterThan(node.kind === 'approach' ? 24 : 0);
    const tops = layout.nodes.map((n) => n.box.y);
    expect(tops).toEqual([...tops].sort((a, b) => a - b));
    expect(layout.nodes.map((n) => n.id).slice(0, 3)).toEqual(['strategy', 'mechanisms', 'mechanisms-1']);
  });
});

describe('the wide layout', () => {
  const layout = layoutStrategy(input, 'wide');
  const gaps = layout.nodes.filter((n) => n.kind === 'gap');
  it('puts the gaps side by side in even columns', () => {
    // Three columns of 720: their middles are at 120, 360 and 600.
    expect(gaps.map((g) => g.box.x + g.box.width / 2)).toEqual([120, 360, 600]);
    expect(new Set(gaps.map((g) => g.box.width)).size).toBe(1);
    expect(new Set(gaps.map((g) => g.box.y)).size).toBe(1);
  });
  it("stacks each gap's approaches in its own column, under it", () => {
    for (const gap of gaps) {
      for (const node of layout.nodes.filter((n) => n.gapId === gap.id && n.kind === 'approach')) {
        expect(node.box.x).toBeGreaterThan(gap.box.x);
        expect(node.box.x + node.box.width).toBeLessThanOrEqual(gap.box.x + gap.box.width);
        expect(node.box.y).toBeGreaterThan(gap.box.y + gap.box.height);
      }
    }
  });
  it('centres the strategy over the gaps', () => {
    const root = layout.nodes[0]!;
    expect(root.box.x + root.box.width / 2).toBeCloseTo(360, 6);
  });
});

describe('extreme inputs', () => {
  it('draws just the strategy when there are no gaps', () => {
    for (const size of chartSizes) {
      const layout: StrategyLayout = layoutStrategy({ ...input, gaps: [] }, size);
      expect(layout.nodes.map((n) => n.id)).toEqual(['strategy']);
      expect(layout.links).toEqual([]);
      expect(layout.height).toBeGreaterThan(0);
    }
  });

  it('draws a gap with no approaches, and one gap alone', () => {
    for (const size of chartSizes) {
      const layout = layoutStrategy({ ...input, gaps: [{ id: 'only', numberLabel: 'Gap 1', title: 'Only', approaches: [] }] }, size);
      expect(layout.nodes.map((n) => n.id)).toEqual(['strategy', 'only']);
      const gap = layout.nodes[1]!;
      expect(gap.box.x + gap.box.width).toBeLessThanOrEqual(chartWidths[size]);
    }
  });

  it('wraps very long labels so every line still fits its box', () => {
    const long = 'Run a very long and winding series of experiments that test every idea anyone has ever had about how progressive MS works';
    const word = 'Supercalifragilisticexpialidocious-neurodegenerationally-speaking';
    const gaps = input.gaps.map((g) => ({ ...g, title: `${g.title} ${long}`, approaches: [...g.approaches, { id: `${g.id}-long`, text: `${long} ${word}` }] }));
    for (const size of chartSizes) {
      const layout = layoutStrategy({ ...input, gaps }, size);
      const node = layout.nodes.find((n) => n.id === 'trials-long')!;
      expect(node.lines.length).toBeGreaterThan(3);
      for (const n of layout.nodes) {
        n.lines.forEach((line, index) => {
          expect(n.textX + textWidth(line, { bold: bold(n, index) })).toBeLessThanOrEqual(n.box.x + n.box.width);
        });
      }
      const clashes = layout.nodes.flatMap((a, i) => layout.nodes.slice(i + 1).filter((b) => overlaps(a.box, b.box)));
      expect(clashes).toEqual([]);
    }
  });
});

describe('the drawing on fixed inputs', () => {
  it.each(chartSizes)('%s is laid out as before (after an intended change, run `npm run test:unit -- -u` and review the diff)', (size) => {
    expect(rounded(layoutStrategy(input, size))).toMatchSnapshot();
  });
});
