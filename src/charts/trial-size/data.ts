/**
 * The trial-size chart's numbers: how many people a two-group trial needs for each effect size and
 * power the page offers, and what several drugs need in separate trials or in one trial sharing a
 * placebo group, all from the standard formula (src/lib/sample-size.ts). Pure: options in, numbers out.
 */
import { multiArmTotals, perGroup } from '../../lib/sample-size';

export interface TrialSizeOptions {
  /** Standardised effects with a button and a mark, e.g. 0.2…0.8. */
  effects: readonly number[];
  /** Power levels in percent, e.g. 80 and 90. */
  powers: readonly number[];
  /** Numbers of drugs for the "several drugs" view, e.g. 2, 3, 4. */
  treatments: readonly number[];
}

/** The choices the page offers: effect sizes 0.2 to 0.8, 80% and 90% power, 2 to 4 drugs. */
export const trialSizeOptions: TrialSizeOptions = {
  effects: [0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8],
  powers: [80, 90],
  treatments: [2, 3, 4],
};

export interface TrialPoint {
  effect: number;
  power: number;
  perGroup: number;
  /** Both groups together. */
  total: number;
}

export interface MultiArmRow {
  effect: number;
  power: number;
  treatments: number;
  perGroup: number;
  separate: number;
  shared: number;
  saved: number;
}

export interface TrialSizeData {
  points: TrialPoint[];
  multi: MultiArmRow[];
  /** The lines through the points. */
  curves: PowerCurve[];
}

/** The control value of a number, as the URL and data-when use it: "0.5", "80", "3". */
export const optionValue = (value: number): string => String(value);

/** Every number the chart shows, computed once from the formula. */
export function trialSizeData(options: TrialSizeOptions): TrialSizeData {
  const points: TrialPoint[] = [];
  const multi: MultiArmRow[] = [];
  for (const power of options.powers) {
    for (const effect of options.effects) {
      const n = perGroup(effect, power / 100);
      points.push({ effect, power, perGroup: n, total: 2 * n });
      for (const treatments of options.treatments) {
        multi.push({ effect, power, treatments, perGroup: n, ...multiArmTotals(treatments, n) });
      }
    }
  }
  return { points, multi, curves: powerCurves(options) };
}

/** One power level's people per group across the effects: what a line of the "one drug" view draws. */
export interface PowerCurve {
  power: number;
  values: { effect: number; perGroup: number }[];
}

/** A curve is computed at every hundredth of effect: fine enough that it draws as a smooth line. */
const stepsPerUnit = 100;

/**
 * The people per group at every 0.01 of effect from the smallest offered effect to the largest, and
 * at each offered effect, for each power: so a line drawn through them passes through every mark.
 */
export function powerCurves(options: TrialSizeOptions): PowerCurve[] {
  // Counted in whole hundredths, so each effect is exactly the number its literal (0.21) gives.
  const first = Math.round(Math.min(...options.effects) * stepsPerUnit);
  const last = Math.round(Math.max(...options.effects) * stepsPerUnit);
  const effects = Array.from({ length: last - first + 1 }, (_, i) => (first + i) / stepsPerUnit);
  for (const effect of options.effects) if (!effects.includes(effect)) effects.push(effect);
  effects.sort((a, b) => a - b);
  return options.powers.map((power) => ({ power, values: effects.map((effect) => ({ effect, perGroup: perGroup(effect, power / 100) })) }));
}
