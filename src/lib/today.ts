/**
 * The one "today" of the build and the tests. Everything that depends on the date (an ongoing
 * trial's line reaching this year, "may be out of date" notes, review dates, the schemas'
 * "not in the future" checks) asks this module, so a page means the same whatever day the
 * build runs, and a test can fix the day: SITE_TODAY=2027-06-01 npm test.
 */

const isoDay = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Reads SITE_TODAY (YYYY-MM-DD) or, when it is unset or empty, the machine's date; midnight UTC. */
export function readToday(env: Record<string, string | undefined> = process.env, now: Date = new Date()): Date {
  const raw = env['SITE_TODAY']?.trim();
  if (!raw) return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
  const match = isoDay.exec(raw);
  const day = match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : undefined;
  if (!day || day.toISOString().slice(0, 10) !== raw) {
    throw new Error(`SITE_TODAY must be a calendar date written YYYY-MM-DD, for example 2026-12-01; it is "${raw}".`);
  }
  return day;
}

let cached: Date | undefined;

/** Today for this build or test run, read once so a build that crosses midnight stays one day. */
export function siteToday(): Date {
  cached ??= readToday();
  return new Date(cached);
}

/** This build's year, e.g. for "no later than this year" checks and an ongoing trial's line. */
export function siteYear(): number {
  return siteToday().getUTCFullYear();
}

/** True when `date` is after the end of today: the schemas use it to refuse dates in the future. */
export function isAfterToday(date: Date): boolean {
  return date.getTime() >= siteToday().getTime() + 24 * 60 * 60 * 1000;
}
