/**
 * How many people a two-group trial needs, by the standard normal-approximation formula:
 *
 *   n per group = 2 × (z₁₋α/₂ + z₁₋β)² ÷ d², rounded up,
 *
 * where d is the standardised effect (the difference between groups divided by the standard
 * deviation of the outcome), α the two-sided significance level and 1 − β the power.
 * Pure maths with no dependencies; used by the illustrative trial-size chart.
 */

// Wichura, "Algorithm AS 241: The percentage points of the normal distribution",
// Applied Statistics 37 (1988) 477–484: PPND16, accurate to about 1 part in 10¹⁶.
const a = [
  3.387132872796366608, 133.14166789178437745, 1971.5909503065514427, 13731.693765509461125, 45921.953931549871457, 67265.770927008700853,
  33430.575583588128105, 2509.0809287301226727,
];
const b = [
  1, 42.313330701600911252, 687.1870074920579083, 5394.1960214247511077, 21213.794301586595867, 39307.89580009271061, 28729.085735721942674,
  5226.495278852545925,
];
const c = [
  1.42343711074968357734, 4.6303378461565452959, 5.7694972214606914055, 3.64784832476320460504, 1.27045825245236838258, 0.24178072517745061177,
  0.0227238449892691845833, 7.7454501427834140764e-4,
];
const d = [
  1, 2.05319162663775882187, 1.6763848301838038494, 0.68976733498510000455, 0.14810397642748007459, 0.0151986665636164571966, 5.475938084995344946e-4,
  1.05075007164441684324e-9,
];
const e = [
  6.6579046435011037772, 5.4637849111641143699, 1.7848265399172913358, 0.29656057182850489123, 0.026532189526576123093, 0.0012426609473880784386,
  2.71155556874348757815e-5, 2.01033439929228813265e-7,
];
const f = [
  1, 0.59983220655588793769, 0.13692988092273580531, 0.0148753612908506148525, 7.868691311456132591e-4, 1.8463183175100546818e-5, 1.4215117583164458887e-7,
  2.04426310338993978564e-15,
];

/** Evaluates a polynomial with coefficients from the constant term up. */
function poly(coefficients: readonly number[], x: number): number {
  let sum = 0;
  for (let i = coefficients.length - 1; i >= 0; i--) sum = sum * x + coefficients[i]!;
  return sum;
}

/** The inverse of the standard normal distribution: the z with P(Z ≤ z) = p, for 0 < p < 1. */
export function inverseNormal(p: number): number {
  if (!(p > 0 && p < 1)) throw new RangeError(`inverseNormal needs a probability strictly between 0 and 1, not ${p}.`);
  const q = p - 0.5;
  if (Math.abs(q) <= 0.425) {
    const r = 0.180625 - q * q;
    return (q * poly(a, r)) / poly(b, r);
  }
  let r = q < 0 ? p : 1 - p;
  r = Math.sqrt(-Math.log(r));
  const z = r <= 5 ? poly(c, r - 1.6) / poly(d, r - 1.6) : poly(e, r - 5) / poly(f, r - 5);
  return q < 0 ? -z : z;
}

/**
 * People needed in each of two equal groups to detect a standardised effect `effect` with the
 * given power (a share, e.g. 0.8) at a two-sided significance level `alpha`.
 */
export function perGroup(effect: number, power: number, alpha = 0.05): number {
  if (!(Number.isFinite(effect) && effect > 0)) throw new RangeError(`The effect must be a number above 0, not ${effect}.`);
  if (!(power > 0 && power < 1)) throw new RangeError(`The power must be between 0 and 1, not ${power}.`);
  if (!(alpha > 0 && alpha < 1)) throw new RangeError(`The significance level must be between 0 and 1, not ${alpha}.`);
  const z = inverseNormal(1 - alpha / 2) + inverseNormal(power);
  const exact = (2 * z * z) / (effect * effect);
  // Rounded up, but a value a rounding error above a whole number stays that number.
  return Math.ceil(exact - 1e-9);
}

export interface MultiArmTotals {
  /** k separate two-arm trials, each with its own placebo group: k × 2n. */
  separate: number;
  /** One multi-arm trial in which k drug groups share one placebo group: (k + 1) × n. */
  shared: number;
  /** How many fewer people the shared design needs. */
  saved: number;
}

/**
 * The people needed to test k treatments, each in a group of `perGroupSize`, either in k separate
 * two-arm trials or in one trial with a shared placebo group. This simple count ignores the
 * adjustments statisticians make when one trial tests several treatments at once.
 */
export function multiArmTotals(treatments: number, perGroupSize: number): MultiArmTotals {
  if (!(Number.isInteger(treatments) && treatments >= 1))
    throw new RangeError(`The number of treatments must be a whole number of at least 1, not ${treatments}.`);
  if (!(Number.isInteger(perGroupSize) && perGroupSize >= 1)) throw new RangeError(`The group size must be a whole number of at least 1, not ${perGroupSize}.`);
  const separate = treatments * 2 * perGroupSize;
  const shared = (treatments + 1) * perGroupSize;
  return { separate, shared, saved: separate - shared };
}
