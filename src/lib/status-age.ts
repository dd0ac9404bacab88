/**
 * When a therapy's status may be out of date. Trials move on: a status checked longer ago than
 * the allowed age (12 months unless STATUS_MAX_AGE_MONTHS says otherwise) is flagged on the
 * page and in the build output, so editors know to check it again.
 */

export const defaultStatusMaxAgeMonths = 12;

/** The allowed age in months, from STATUS_MAX_AGE_MONTHS if set (a whole number of 1 or more). */
export function statusMaxAgeMonths(env: Record<string, string | undefined> = process.env): number {
  const raw = env['STATUS_MAX_AGE_MONTHS'];
  if (raw === undefined || raw.trim() === '') return defaultStatusMaxAgeMonths;
  const months = Number(raw);
  if (!Number.isInteger(months) || months < 1) {
    throw new Error(`STATUS_MAX_AGE_MONTHS must be a whole number of months, 1 or more; it is "${raw}".`);
  }
  return months;
}

/** True when `asOf` is more than `maxMonths` calendar months before `today`. */
export function isStatusStale(asOf: Date, today: Date, maxMonths: number): boolean {
  const cutoff = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() - maxMonths, today.getUTCDate()));
  return asOf.getTime() < cutoff.getTime();
}
