/** The trial-size chart's "one drug" view: scales, the lines through the computed points, their labels, the marker and the effect labels. */
import { describe, expect, it } from 'vitest';
import { bold, layout, options, overlaps, textBox } from '../../support/trial-size.ts';
import { trialSizeLabels } from '../../../src/charts/trial-size/chart';
import type { TrialSizeOptions } from '../../../src/charts/trial-size/data';
import { layoutXTicks } from '../../../src/charts/trial-size/one-drug-marks';
import { chartSizes } from '../../../src/charts/frame/types';
import { scaleLinear } from 'd3';

describe.each(chartSizes)('the one-drug view, %s', (size) => {
  const l = layout(options, size);
  const { oneDrug: one } = l;
  const bottom = one.plot.y + one.plot.height;
  const right = one.plot.x + one.plot.width;

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
    // The effect ticks are evenly spaced, and the y tick labels end left of the axis, level with their gridlines.
    const gaps = one.xTicks.slice(1).map((t, i) => t.x - one.xTicks[i]!.x);
    for (const gap of gaps) expect(gap).toBeCloseTo(gaps[0]!, 0);
    for (const t of one.yTicks) {
      expect(textBox(t.label).right).toBeLessThan(one.plot.x);
      expect(Math.abs(t.label.y - t.y)).toBeLessThan(8);
    }
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
    const [a, b] = one.lines.map((p) => textBox(p.label, bold));
    expect(overlaps(a!, b!)).toBe(false);
    for (const box of [a!, b!]) {
      expect(box.left).toBeGreaterThan(right);
      expect(box.right).toBeLessThanOrEqual(l.width);
    }
    // The higher line's label is the upper one, and says its power.
    expect(one.lines[1]!.label.y).toBeLessThan(one.lines[0]!.label.y);
    expect(one.lines.map((p) => p.label.lines.join(' '))).toEqual(['80% power', '90% power']);
  });

  it('puts the marker on the point the data gives, with guides to both axes and its number inside the plot', () => {
    for (const m of one.markers) {
      const p = one.points.find((q) => q.effect === m.effect && q.power === m.power)!;
      expect([m.x, m.y]).toEqual([p.x, p.y]);
      expect(m.value.lines).toEqual([String(p.perGroup)]);
      expect(m.guides.some((g) => g.x1 === p.x && g.x2 === p.x && g.y2 === bottom)).toBe(true);
      expect(m.guides.some((g) => g.y1 === p.y && g.y2 === p.y && g.x1 === one.plot.x)).toBe(true);
      const box = textBox(m.value, bold);
      expect(box.left).toBeGreaterThanOrEqual(one.plot.x);
      expect(box.right).toBeLessThanOrEqual(right);
      // Beside its marker: the nearest edge of the number is within 20 units of the point, and not on it.
      const dx = Math.max(box.left - m.x, 0, m.x - box.right);
      const dy = Math.max(box.top - m.y, 0, m.y - box.bottom);
      expect(Math.hypot(dx, dy)).toBeLessThanOrEqual(20);
      expect(dx > 5 || dy > 5).toBe(true);
      expect(box.top).toBeGreaterThanOrEqual(one.plot.y - 1);
      expect(box.bottom).toBeLessThanOrEqual(bottom + 1);
      expect(m.headline.lines.join(' ')).toBe(`${p.perGroup.toLocaleString('en-GB')} people per group, ${p.total.toLocaleString('en-GB')} in all`);
    }
    // Each point's accessible name says its numbers.
    const p = one.points.find((q) => q.effect === 0.5 && q.power === 80)!;
    expect(p.name).toBe('Effect size 0.5, 80% power: 63 people per group, 126 in all.');
  });

  it('shows effect labels that never overlap, whichever effect is chosen, with the chosen one always shown', () => {
    for (const chosen of options.effects) {
      const shown = one.xTicks.filter((t) => t.value === chosen || t.shownFor.includes(chosen));
      expect(shown.some((t) => t.value === chosen)).toBe(true);
      expect(shown.length).toBeGreaterThanOrEqual(2);
      const boxes = shown.map((t) => textBox(t.label, bold));
      for (let i = 1; i < boxes.length; i++) expect(boxes[i]!.left - boxes[i - 1]!.right, `chosen ${chosen}`).toBeGreaterThan(2);
    }
  });
});

describe('layoutXTicks', () => {
  const effects = [0.2, 0.3, 0.4, 0.5, 0.6];
  const x = scaleLinear().domain([0.2, 0.6]).range([0, 100]);

  it('shows every effect label for every choice where they have room', () => {
    const ticks = layoutXTicks(effects, String, scaleLinear().domain([0.2, 0.6]).range([0, 700]), false);
    for (const t of ticks) expect(t.shownFor).toEqual(effects.filter((e) => e !== t.value));
  });

  it('where labels crowd, shows every other one, and hides the neighbours of a chosen effect between them', () => {
    const ticks = layoutXTicks(effects, String, x, false);
    const shown = (chosen: number) => ticks.filter((t) => t.value === chosen || t.shownFor.includes(chosen)).map((t) => t.value);
    expect(shown(0.2)).toEqual([0.2, 0.4, 0.6]);
    expect(shown(0.3)).toEqual([0.3, 0.6]);
    // The wide drawing keeps them all: it is only ever crowded on phones.
    expect(layoutXTicks(effects, String, x, true).every((t) => t.shownFor.length === effects.length - 1)).toBe(true);
  });

  it('measures the labels the spec gives', () => {
    const long = layoutXTicks(effects, (e) => `effect ${e}`, scaleLinear().domain([0.2, 0.6]).range([0, 240]), false);
    const short = layoutXTicks(effects, String, scaleLinear().domain([0.2, 0.6]).range([0, 240]), false);
    expect(long.some((t) => t.shownFor.length < effects.length - 1)).toBe(true);
    expect(short.every((t) => t.shownFor.length === effects.length - 1)).toBe(true);
  });
});

describe('line labels', () => {
  it('separates line labels even when the two lines end at almost the same place', () => {
    const close: TrialSizeOptions = { effects: [0.2, 0.8], powers: [80, 81], treatments: [2] };
    for (const size of chartSizes) {
      const { lines, plot } = layout(close, size).oneDrug;
      const [a, b] = lines.map((p) => textBox(p.label, bold));
      expect(overlaps(a!, b!)).toBe(false);
      // A label moved away from its line's end gets a leader from that end, right of the plot, to the label.
      const moved = lines.filter((p) => p.leader);
      expect(moved.length).toBeGreaterThan(0);
      for (const p of moved) {
        const end = p.vertices.at(-1)!;
        expect(p.leader!.y1).toBeCloseTo(end.y, 1);
        expect(p.leader!.x1).toBeGreaterThan(end.x);
        expect(p.leader!.x1).toBeLessThanOrEqual(plot.x + plot.width);
        expect(p.leader!.x2).toBeLessThan(p.label.x);
        expect(p.leader!.y2).toBeGreaterThan(textBox(p.label, bold).top);
        expect(p.leader!.y2).toBeLessThan(textBox(p.label, bold).bottom);
      }
    }
  });

  it('wraps a power label on phones and keeps it on one line on wide screens', () => {
    expect(layout(options, 'narrow').oneDrug.lines[0]!.label.lines).toEqual(['80%', 'power']);
    expect(layout(options, 'wide').oneDrug.lines[0]!.label.lines).toEqual([trialSizeLabels.oneDrug.power(80)]);
  });
});
