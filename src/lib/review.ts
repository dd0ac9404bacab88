/**
 * When a therapy is due for another look. An editor records `checked`, the day they last looked
 * for news. Things move fast while a trial runs or a regulator is deciding, so such a therapy is
 * due again 6 months after it was checked; a settled one, 24 months after. A page says "may be
 * out of date" only once its review is overdue. Both intervals can be set for a build:
 * REVIEW_MONTHS_ACTIVE and REVIEW_MONTHS_SETTLED.
 */

export interface ReviewIntervals {
  /** While any trial is running or any decision is under review. */
  active: number;
  /** Otherwise. */
  settled: number;
}

export const defaultReviewIntervals: ReviewIntervals = { active: 6, settled: 24 };

function months(env: Record<string, string | undefined>, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw.trim() === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} must be a whole number of months, 1 or more; it is "${raw}".`);
  return value;
}

/** The review intervals for this build, from the environment or the defaults. */
export function reviewIntervals(env: Record<string, string | undefined> = process.env): ReviewIntervals {
  return {
    active: months(env, 'REVIEW_MONTHS_ACTIVE', defaultReviewIntervals.active),
    settled: months(env, 'REVIEW_MONTHS_SETTLED', defaultReviewIntervals.settled),
  };
}

/** The same day `count` calendar months later (the last day of the month when it has fewer days). */
export function addMonths(date: Date, count: number): Date {
  const target = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + count, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(date.getUTCDate(), lastDay));
  return target;
}

export interface ReviewState {
  checked: Date;
  /** Whether the short interval applies: a trial running or a regulator deciding. */
  active: boolean;
  intervalMonths: number;
  /** The day the next review is due. */
  due: Date;
  /** True once `today` is after the due day. */
  overdue: boolean;
}

export function reviewState(checked: Date, active: boolean, today: Date, intervals: ReviewIntervals): ReviewState {
  const intervalMonths = active ? intervals.active : intervals.settled;
  const due = addMonths(checked, intervalMonths);
  return { checked, active, intervalMonths, due, overdue: today.getTime() > due.getTime() };
}
