/**
 * The trial-size chart as one figure: the numbers, the headlines over both views, the note under
 * them, everything inside the drawing, extreme inputs, and the drawing on fixed inputs. The two
 * views have their own tests (trial-size-one-drug, trial-size-several-drugs).
 */
import { describe, expect, it } from 'vitest';
import { rounded } from '../../support/geometry.ts';
import { allText, layout, line, options } from '../../support/trial-size.ts';
import { formulaNumbers, trialSizeLabels } from '../../../src/charts/trial-size/chart';
import { powerCurves, trialSizeData, trialSizeOptions, type TrialSizeOptions } from '../../../src/charts/trial-size/data';
import { largeSize, layoutHeadlines, wrapClauses } from '../../../src/charts/trial-size/headline';
import { chartSizes, chartWidths, narrowForCompact } from '../../../src/charts/frame/types';
import { textWidth } from '../../../src/charts/frame/text';

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
    expect(() => layout({ ...options, treatments: [] }, 'compact')).toThrow();
  });

  it('is what the page uses', () => {
    expect(trialSizeOptions.effects).toContain(0.5);
    expect(trialSizeOptions.effects).toContain(0.2);
    expect(trialSizeOptions.powers).toEqual([80, 90]);
  });
});

describe('formulaNumbers', () => {
  it('gives the z values the note under the chart states, for the powers offered', () => {
    expect(formulaNumbers()).toEqual({ zSignificance: '1.96', zPowers: '0.84 or 1.28', powers: '80% or 90%' });
    expect(formulaNumbers({ ...options, powers: [80] })).toEqual({ zSignificance: '1.96', zPowers: '0.84', powers: '80%' });
  });
});

describe('powerCurves', () => {
  it('computes each power’s people per group at every hundredth of effect, passing through every offered effect', () => {
    const curves = powerCurves({ effects: [0.25, 0.5, 0.333], powers: [80, 90], treatments: [2] });
    expect(curves.map((c) => c.power)).toEqual([80, 90]);
    const effects = curves[0]!.values.map((v) => v.effect);
    // 0.25 to 0.50 in hundredths is 26 effects, and 0.333 is added in its place.
    expect(effects).toHaveLength(27);
    expect(effects.slice(0, 3)).toEqual([0.25, 0.26, 0.27]);
    expect(effects).toContain(0.333);
    expect([...effects].sort((a, b) => a - b)).toEqual(effects);
    expect(effects.at(-1)).toBe(0.5);
    // The curve's numbers are the formula's, as in the data the marks show.
    const data = trialSizeData(options);
    const at = (power: number, effect: number) =>
      powerCurves(options)
        .find((c) => c.power === power)!
        .values.find((v) => v.effect === effect)!.perGroup;
    for (const p of data.points) expect(at(p.power, p.effect), `${p.effect} at ${p.power}%`).toBe(p.perGroup);
  });
});

describe('the headlines', () => {
  it('keeps a large sentence on one line if it fits, else breaks it after its comma', () => {
    const sentence = '393 people per group, 786 in all';
    expect(wrapClauses(sentence, 720)).toEqual([sentence]);
    expect(wrapClauses(sentence, 320)).toEqual(['393 people per group,', '786 in all']);
    // A clause longer than the width still wraps, so no line runs past it.
    for (const l of wrapClauses(sentence, 150)) expect(textWidth(l, { size: largeSize, bold: true })).toBeLessThanOrEqual(150);
  });

  it('puts every headline at the top and every subline under the longest headline', () => {
    const { blocks, lastBaseline } = layoutHeadlines(
      [
        { headline: 'Short', subline: 'one line' },
        { headline: '393 people per group, 786 in all', subline: 'a subline long enough to need two lines at this width' },
      ],
      320,
    );
    expect(new Set(blocks.map((b) => b.headline.y)).size).toBe(1);
    expect(new Set(blocks.map((b) => b.subline.y)).size).toBe(1);
    expect(blocks[1]!.headline.lines).toHaveLength(2);
    // Under the second headline line, and the view starts under the second subline line.
    expect(blocks[0]!.subline.y).toBeGreaterThan(blocks[0]!.headline.y + largeSize * 1.3);
    expect(blocks[1]!.subline.lines).toHaveLength(2);
    expect(lastBaseline).toBeCloseTo(blocks[0]!.subline.y + line);
  });
});

describe.each(chartSizes)('layoutTrialSize, %s', (size) => {
  const l = layout(options, size);
  const { oneDrug: one, severalDrugs: several } = l;

  it('is as wide as its size, and says under both views that its numbers are illustrative', () => {
    expect(l.width).toBe(chartWidths[narrowForCompact(size)]);
    expect(l.note.lines.join(' ')).toBe(trialSizeLabels.note);
    expect(l.note.lines.join(' ')).toMatch(/^Illustrative/);
    expect(l.note.y).toBeGreaterThan(one.xTitle.y + (one.xTitle.lines.length - 1) * line);
    expect(l.note.y).toBeGreaterThan(several.caveat.y + (several.caveat.lines.length - 1) * line);
  });

  it('keeps every text and block inside the drawing', () => {
    for (const box of allText(l)) {
      expect(box.left).toBeGreaterThanOrEqual(0);
      expect(box.right).toBeLessThanOrEqual(l.width);
      expect(box.top).toBeGreaterThanOrEqual(0);
      expect(box.bottom).toBeLessThanOrEqual(l.height);
    }
    for (const g of several.geometry) {
      for (const b of [...g.separate.bar, ...g.shared.bar]) {
        expect(b.x).toBeGreaterThanOrEqual(0);
        expect(b.x + b.width).toBeLessThanOrEqual(l.width + 0.01);
        expect(b.y + b.height).toBeLessThanOrEqual(l.height);
      }
    }
  });

  it('says the chosen numbers in each view’s headline', () => {
    const marker = one.markers.find((m) => m.effect === 0.5 && m.power === 80)!;
    expect(marker.headline.lines.join(' ')).toBe('63 people per group, 126 in all');
    expect(marker.subline.lines.join(' ')).toBe('for effect size 0.5 and 80% power');
    const three = several.texts.find((t) => t.effect === 0.5 && t.power === 80 && t.treatments === 3)!;
    expect(three.headline.lines.join(' ')).toBe('252 people, not 378');
    expect(three.subline.lines.join(' ')).toBe('to test 3 drugs, with 63 people in each group');
  });
});

describe('extreme inputs', () => {
  it('extends the y axis for a very small effect (0.05 needs 6,280 per group) and keeps everything in the plot', () => {
    const extreme: TrialSizeOptions = { effects: [0.05, 0.5, 1.5], powers: [80, 99], treatments: [1, 6] };
    for (const size of chartSizes) {
      const l = layout(extreme, size);
      const { oneDrug: one } = l;
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
      expect(one.yTicks.some((t) => t.label.lines[0]!.includes(','))).toBe(true);
    }
  });

  it('works with a single power and a single effect', () => {
    const single: TrialSizeOptions = { effects: [0.5], powers: [80], treatments: [3] };
    for (const size of chartSizes) {
      const l = layout(single, size);
      expect(l.oneDrug.points).toHaveLength(1);
      expect(Number.isFinite(l.oneDrug.points[0]!.x)).toBe(true);
      expect(l.oneDrug.lines[0]!.path.startsWith('M')).toBe(true);
    }
  });
});

describe('the drawing on fixed inputs', () => {
  it.each(chartSizes)('%s is laid out as before (after an intended change, run `npm run test:unit -- -u` and review the diff)', (size) => {
    expect(rounded(layout(options, size))).toMatchSnapshot();
  });
});
