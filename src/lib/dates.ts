/** Dates as readers see them ("1 December 2021") and as machines read them ("2021-12-01"). */
const readable = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

export function formatDate(date: Date): string {
  return readable.format(date);
}

export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** A publication date that may be a full date, only a year, or unknown (an undated web page). */
export function formatPublished(published: Date | number | undefined): string {
  if (published === undefined) return 'No date';
  return typeof published === 'number' ? String(published) : formatDate(published);
}

/** The year of publication, or undefined for an undated web page. */
export function publishedYear(published: Date | number | undefined): number | undefined {
  if (published === undefined) return undefined;
  return typeof published === 'number' ? published : published.getUTCFullYear();
}

/** Whole months between two dates, for "may be out of date" warnings. */
export function monthsBetween(earlier: Date, later: Date): number {
  const months = (later.getUTCFullYear() - earlier.getUTCFullYear()) * 12 + (later.getUTCMonth() - earlier.getUTCMonth());
  return later.getUTCDate() < earlier.getUTCDate() ? months - 1 : months;
}
