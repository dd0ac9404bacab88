/** The sample-size formula behind the trial-size chart, checked against textbook values. */
import { describe, expect, it } from 'vitest';
import { inverseNormal, multiArmTotals, perGroup } from '../../src/lib/sample-size';

describe('inverseNormal', () => {
  it('gives the textbook z values', () => {
    expect(inverseNormal(0.975)).toBeCloseTo(1.959964, 6);
    expect(inverseNormal(0.8)).toBeCloseTo(0.841621, 6);
    expect(inverseNormal(0.9)).toBeCloseTo(1.281552, 6);
    expect(inverseNormal(0.5)).toBe(0);
  });

  it('is symmetric and works far into the tails', () => {
    expect(inverseNormal(0.025)).toBeCloseTo(-1.959964, 6);
    expect(inverseNormal(0.001)).toBeCloseTo(-3.090232, 6);
    expect(inverseNormal(1e-10)).toBeCloseTo(-6.361341, 5);
    expect(inverseNormal(1 - 1e-6)).toBeCloseTo(4.753424, 5);
  });

  it('refuses probabilities outside (0, 1)', () => {
    for (const p of [0, 1, -0.1, 1.5, Number.NaN]) expect(() => inverseNormal(p)).toThrow(RangeError);
  });
});

describe('perGroup', () => {
  it('matches textbook sample sizes at a two-sided 5% level', () => {
    expect(perGroup(0.5, 0.8)).toBe(63);
    expect(perGroup(0.5, 0.9)).toBe(85);
    expect(perGroup(0.2, 0.8)).toBe(393);
    expect(perGroup(0.8, 0.8)).toBe(25);
  });

  it('needs more people for smaller effects, more power or a stricter level', () => {
    expect(perGroup(0.3, 0.8)).toBeGreaterThan(perGroup(0.4, 0.8));
    expect(perGroup(0.4, 0.9)).toBeGreaterThan(perGroup(0.4, 0.8));
    expect(perGroup(0.5, 0.8, 0.01)).toBeGreaterThan(perGroup(0.5, 0.8));
  });

  it('grows with one over the effect squared: a quarter of the effect needs about 16 times the people', () => {
    expect(perGroup(0.05, 0.8)).toBe(6280);
    expect(perGroup(0.05, 0.8) / perGroup(0.2, 0.8)).toBeCloseTo(16, 1);
  });

  it('refuses effects of 0 or less and powers outside (0, 1)', () => {
    expect(() => perGroup(0, 0.8)).toThrow(RangeError);
    expect(() => perGroup(-0.5, 0.8)).toThrow(RangeError);
    expect(() => perGroup(Number.NaN, 0.8)).toThrow(RangeError);
    expect(() => perGroup(0.5, 0)).toThrow(RangeError);
    expect(() => perGroup(0.5, 1)).toThrow(RangeError);
    expect(() => perGroup(0.5, 80)).toThrow(RangeError);
    expect(() => perGroup(0.5, 0.8, 0)).toThrow(RangeError);
  });
});

describe('multiArmTotals', () => {
  it('counts k separate two-arm trials against one trial sharing a placebo group', () => {
    expect(multiArmTotals(3, 63)).toEqual({ separate: 378, shared: 252, saved: 126 });
    expect(multiArmTotals(2, 85)).toEqual({ separate: 340, shared: 255, saved: 85 });
    expect(multiArmTotals(1, 63)).toEqual({ separate: 126, shared: 126, saved: 0 });
  });

  it('refuses counts that are not whole and positive', () => {
    expect(() => multiArmTotals(0, 63)).toThrow(RangeError);
    expect(() => multiArmTotals(2.5, 63)).toThrow(RangeError);
    expect(() => multiArmTotals(3, 0)).toThrow(RangeError);
  });
});
