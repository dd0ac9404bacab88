/** The trial-size chart: scales, the lines through the computed points, labels, the marker, extremes, and fit. */
import { describe, expect, it } from 'vitest';
import { rounded } from '../../support/geometry.ts';
import { layoutTrialSize, trialSizeData, trialSizeOptions, type TrialSizeLayout, type TrialSizeOptions } from '../../../src/charts/trial-size/layout';
import { chartSizes, chartWidths, narrowForCompact } from '../../../src/charts/frame/types';
import { fontSize, lineHeight, textWidth } from '../../../src/charts/frame/text';

const options: TrialSizeOptions = { effects: [0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8], powers: [80, 90], treatments: [2, 3, 4] };
const layout = (o: TrialSizeOptions, size: (typeof chartSizes)[number]) => layoutTrialSize(trialSizeData(o), o, size);
const line = fontSize * lineHeight;

/** A text block's box: from the top of its first line to the bottom of its last. */
function textBox(x: number, y: number, lines: readonly string[], anchor: 'start' | 'middle' | 'end' = 'start', size = fontSize) {
  const width = Math.max(0, ...lines.map((l) => textWidth(l, { size })));
  const left = anchor === 'start' ? x : anchor === 'end' ? x - width : x - width / 2;
  // Glyphs rise about 0.8 of the size above the baseline and drop about 0.25 below it.
  return { left, right: left + width, top: y - size * 0.8, bottom: y + (lines.length - 1) * size * lineHeight + size * 0.25 };
}
const overlaps = (a: ReturnType<typeof textBox>, b: ReturnType<typeof textBox>) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/** Every text the layout places, as boxes, to check they stay inside the drawing. */
function allText(l: TrialSizeLayout) {
  const { one, multi } = l;
  return [
    ...one.markers.flatMap((m) => [
      textBox(0, one.headlineY, m.headline, 'start', 22 * 1.08),
      textBox(0, one.sublineY, m.subline),
      textBox(m.value.x, m.value.y, [m.value.text], m.value.anchor),
    ]),
    textBox(one.yTitle.x, one.yTitle.y, one.yTitle.lines),
    textBox(one.xTitle.x, one.xTitle.y, one.xTitle.lines),
    ...one.yTicks.map((t) => textBox(one.plot.x - 8, t.y + 5, [t.label], 'end')),
    ...one.xTicks.map((t) => textBox(t.x, one.xTickY, [t.label], 'middle')),
    ...one.lines.map((p) => textBox(p.label.x, p.label.y, p.label.lines)),
    ...multi.texts.flatMap((t) => [
      textBox(0, multi.headlineY, t.headline, 'start', 22 * 1.08),
      textBox(0, multi.sublineY, t.subline),
      textBox(0, multi.legend.noteY, t.blockNote),
    ]),
    ...multi.geometry.flatMap((g) => {
      const row = multi.texts.find((t) => t.treatments === g.treatments)!;
      return [
        textBox(0, g.separate.labelY, row.separateLines),
        textBox(0, g.shared.labelY, row.sharedLines),
        ...g.separate.trialLabels.map((t) => textBox(t.x, g.separate.trialLabelY, [t.text])),
      ];
    }),
    ...multi.legend.swatches.map((s) => textBox(s.x, s.y, [s.label])),
    textBox(multi.caveat.x, multi.caveat.y, multi.caveat.lines),
    textBox(l.note.x, l.note.y, l.note.lines),
  ];
}

describe('trialSizeData', () => {
  it('computes the formula’s numbers for each effect, power and number of drugs', () => {
    const data = trialSizeData(options);
    expect(data.points).toHaveLength(14);
    expect(data.points.find((p) => p.effect === 0.5 && p.power === 80)).toMatchObject({ perGroup: 63, total: 126 });
    expect(data.points.find((p) => p.effect === 0.5 && p.power === 90)).toMatchObject({ perGroup: 85, total: 170 });
    expect(data.points.find((p) => p.effect === 0.2 && p.power === 80)?.perGroup).toBe(393);
    expect(data.multi).toHaveLength(42);
    expect(data.multi.find((m) => m.effect === 0.5 && m.power === 80 && m.treatments === 3)).toMatchObject({ separate: 378, shared: 252, saved: 126 });
  });

  it('refuses to lay out nothing', () => {
    expect(() => layout({ ...options, effects: [] }, 'wide')).toThrow();
    expect(() => layout({ ...options, powers: [] }, 'narrow')).toThrow();
  });

  it('is what the page uses', () => {
    expect(trialSizeOptions.effects).toContain(0.5);
    expect(trialSizeOptions.effects).toContain(0.2);
    expect(trialSizeOptions.powers).toEqual([80, 90]);
  });
});

describe.each(chartSizes)('layoutTrialSize, %s', (size) => {
  const l = layout(options, size);
  const { one } = l;
  const bottom = one.plot.y + one.plot.height;
  const right = one.plot.x + one.plot.width;

  it('is as wide as its size, and says under both views that its numbers are illustrative', () => {
    expect(l.width).toBe(chartWidths[narrowForCompact(size)]);
    expect(l.note.lines.join(' ')).toMatch(/^Illustrative/);
    expect(l.note.y).toBeGreaterThan(one.xTitle.y + (one.xTitle.lines.length - 1) * line);
    expect(l.note.y).toBeGreaterThan(l.multi.caveat.y + (l.multi.caveat.lines.length - 1) * line);
  });

  it('maps the effects and numbers of people into the plot area', () => {
    for (const p of one.points) {
      expect(p.x).toBeGreaterThanOrEqual(one.plot.x);
      expect(p.x).toBeLessThanOrEqual(right);
      expect(p.y).toBeGreaterThanOrEqual(one.plot.y);
      expect(p.y).toBeLessThanOrEqual(bottom);
    }
    // 0 people is on the x axis and the axis top is a round number at or above the largest (526 at 0.2, 90%).
    const zero = one.yTicks.find((t) => t.value === 0)!;
    expect(zero.y).toBeCloseTo(bottom, 1);
    expect(one.yMax).toBeGreaterThanOrEqual(526);
    expect(one.yMax).toBeLessThanOrEqual(1000);
    // Linear: the y of a point is its share of the axis, by hand for 63 people.
    const p = one.points.find((q) => q.effect === 0.5 && q.power === 80)!;
    expect(p.y).toBeCloseTo(bottom - (63 / one.yMax) * one.plot.height, 1);
    // Smaller effects are further left, and need more people (higher up).
    const xs = one.points.filter((q) => q.power === 80).map((q) => q.x);
    expect([...xs].sort((a, b) => a - b)).toEqual(xs);
    const first = one.points.find((q) => q.effect === 0.2 && q.power === 80)!;
    expect(first.y).toBeLessThan(p.y);
    // The effect ticks are evenly spaced.
    const gaps = one.xTicks.slice(1).map((t, i) => t.x - one.xTicks[i]!.x);
    for (const gap of gaps) expect(gap).toBeCloseTo(gaps[0]!, 0);
  });

  it('draws each power line through every computed point of that power', () => {
    expect(one.lines.map((p) => p.power)).toEqual([80, 90]);
    for (const powerLine of one.lines) {
      expect(powerLine.path.startsWith('M')).toBe(true);
      for (const p of one.points.filter((q) => q.power === powerLine.power)) {
        expect(
          powerLine.vertices.some((v) => Math.abs(v.x - p.x) < 0.01 && Math.abs(v.y - p.y) < 0.01),
          `${p.effect} at ${p.power}%`,
        ).toBe(true);
        expect(powerLine.path).toContain(`${p.x},${p.y}`);
      }
      // Left to right, and never rising: bigger effects never need more people.
      const v = powerLine.vertices;
      for (let i = 1; i < v.length; i++) {
        expect(v[i]!.x).toBeGreaterThan(v[i - 1]!.x);
        expect(v[i]!.y).toBeGreaterThanOrEqual(v[i - 1]!.y);
      }
    }
    // 90% power needs more people at every effect, so its line is above.
    const [low, high] = one.lines;
    low!.vertices.forEach((v, i) => {
      expect(high!.vertices[i]!.y).toBeLessThanOrEqual(v.y);
    });
  });

  it('labels the two lines without overlap, beside the plot and inside the drawing', () => {
    const [a, b] = one.lines.map((p) => textBox(p.label.x, p.label.y, p.label.lines, 'start', fontSize * 1.06));
    expect(overlaps(a!, b!)).toBe(false);
    for (const box of [a!, b!]) {
      expect(box.left).toBeGreaterThan(right);
      expect(box.right).toBeLessThanOrEqual(l.width);
    }
    // The higher line's label is the upper one.
    expect(one.lines[1]!.label.y).toBeLessThan(one.lines[0]!.label.y);
  });

  it('puts the marker on the point the data gives, with guides to both axes and its number inside the plot', () => {
    for (const m of one.markers) {
      const p = one.points.find((q) => q.effect === m.effect && q.power === m.power)!;
      expect([m.x, m.y]).toEqual([p.x, p.y]);
      expect(m.value.text).toBe(String(p.perGroup));
      expect(m.guides.some((g) => g.x1 === p.x && g.x2 === p.x && g.y2 === bottom)).toBe(true);
      expect(m.guides.some((g) => g.y1 === p.y && g.y2 === p.y && g.x1 === one.plot.x)).toBe(true);
      const box = textBox(m.value.x, m.value.y, [m.value.text], m.value.anchor, fontSize * 1.06);
      expect(box.left).toBeGreaterThanOrEqual(one.plot.x);
      expect(box.right).toBeLessThanOrEqual(right);
      // Beside its marker: the nearest edge of the number is within 20 units of the point, and not on it.
      const dx = Math.max(box.left - m.x, 0, m.x - box.right);
      const dy = Math.max(box.top - m.y, 0, m.y - box.bottom);
      expect(Math.hypot(dx, dy)).toBeLessThanOrEqual(20);
      expect(dx > 5 || dy > 5).toBe(true);
      expect(box.top).toBeGreaterThanOrEqual(one.plot.y - 1);
      expect(box.bottom).toBeLessThanOrEqual(bottom + 1);
      expect(m.headline.join(' ')).toBe(`${p.perGroup.toLocaleString('en-GB')} people per group, ${p.total.toLocaleString('en-GB')} in all`);
    }
  });

  it('shows effect labels that never overlap, whichever effect is chosen, with the chosen one always shown', () => {
    for (const chosen of options.effects) {
      const shown = one.xTicks.filter((t) => t.value === chosen || t.shownFor.includes(chosen));
      expect(shown.some((t) => t.value === chosen)).toBe(true);
      expect(shown.length).toBeGreaterThanOrEqual(2);
      const boxes = shown.map((t) => textBox(t.x, one.xTickY, [t.label], 'middle', fontSize * 1.06));
      for (let i = 1; i < boxes.length; i++) expect(boxes[i]!.left - boxes[i - 1]!.right, `chosen ${chosen}`).toBeGreaterThan(2);
    }
  });

  it('keeps every text and block inside the drawing', () => {
    for (const box of allText(l)) {
      expect(box.left).toBeGreaterThanOrEqual(0);
      expect(box.right).toBeLessThanOrEqual(l.width);
      expect(box.top).toBeGreaterThanOrEqual(0);
      expect(box.bottom).toBeLessThanOrEqual(l.height);
    }
    for (const g of l.multi.geometry) {
      for (const b of [...g.separate.bar, ...g.shared.bar]) {
        expect(b.x).toBeGreaterThanOrEqual(0);
        expect(b.x + b.width).toBeLessThanOrEqual(l.width + 0.01);
        expect(b.y + b.height).toBeLessThanOrEqual(l.height);
      }
    }
  });

  it('shows k separate trials as 2k groups and one shared trial as k + 1 groups of the same size', () => {
    for (const g of l.multi.geometry) {
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
    const three = l.multi.texts.find((t) => t.effect === 0.5 && t.power === 80 && t.treatments === 3)!;
    expect(three.headline.join(' ')).toBe('252 people, not 378');
    expect(three.separateName).toContain('378 people');
    expect(three.sharedName).toContain('252 people');
    expect(three.sharedName).toContain('126 fewer');
  });
});

describe('extreme inputs', () => {
  it('extends the y axis for a very small effect (0.05 needs 6,280 per group) and keeps everything in the plot', () => {
    const extreme: TrialSizeOptions = { effects: [0.05, 0.5, 1.5], powers: [80, 99], treatments: [1, 6] };
    for (const size of chartSizes) {
      const l = layout(extreme, size);
      const { one } = l;
      const small = one.points.find((p) => p.effect === 0.05 && p.power === 99)!;
      expect(small.perGroup).toBeGreaterThan(14_000);
      expect(one.yMax).toBeGreaterThanOrEqual(small.perGroup);
      for (const p of one.points) {
        expect(p.y).toBeGreaterThanOrEqual(one.plot.y);
        expect(p.y).toBeLessThanOrEqual(one.plot.y + one.plot.height);
      }
      for (const box of allText(l)) {
        expect(box.left, size).toBeGreaterThanOrEqual(0);
        expect(box.right, size).toBeLessThanOrEqual(l.width);
      }
      // Tick labels such as "15,000" push the plot right rather than off the drawing.
      expect(one.yTicks.some((t) => t.label.includes(','))).toBe(true);
    }
  });

  it('separates line labels even when the two lines end at almost the same place', () => {
    const close: TrialSizeOptions = { effects: [0.2, 0.8], powers: [80, 81], treatments: [2] };
    for (const size of chartSizes) {
      const [a, b] = layout(close, size).one.lines.map((p) => textBox(p.label.x, p.label.y, p.label.lines));
      expect(overlaps(a!, b!)).toBe(false);
    }
  });

  it('works with a single power and a single effect', () => {
    const single: TrialSizeOptions = { effects: [0.5], powers: [80], treatments: [3] };
    for (const size of chartSizes) {
      const l = layout(single, size);
      expect(l.one.points).toHaveLength(1);
      expect(Number.isFinite(l.one.points[0]!.x)).toBe(true);
      expect(l.one.lines[0]!.path.startsWith('M')).toBe(true);
    }
  });
});

describe('the drawing on fixed inputs', () => {
  it.each(chartSizes)('%s is laid out as before (after an intended change, run `npm run test:unit -- -u` and review the diff)', (size) => {
    expect(rounded(layout(options, size))).toMatchSnapshot();
  });
});
