/** Dates as readers see them ("1 December 2021") and as machines read them ("2021-12-01"). */
const readable = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

export function formatDate(date: Date): string {
  return readable.format(date);
}

export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** When a work was published: a full date, only a year, or unknown (a work that shows no date). */
export type Published = Date | number | 'unknown' | undefined;

/** A publication date in words: "1 December 2021", "2021" or "No date". */
export function formatPublished(published: Published): string {
  if (published === undefined || published === 'unknown') return 'No date';
  return typeof published === 'number' ? String(published) : formatDate(published);
}

/** The year of publication, or undefined for an undated web page. */
export function publishedYear(published: Published): number | undefined {
  if (published === undefined || published === 'unknown') return undefined;
  return typeof published === 'number' ? published : published.getUTCFullYear();
}

/** Whole months between two dates, for "may be out of date" warnings. */
export function monthsBetween(earlier: Date, later: Date): number {
  const months = (later.getUTCFullYear() - earlier.getUTCFullYear()) * 12 + (later.getUTCMonth() - earlier.getUTCMonth());
  return later.getUTCDate() < earlier.getUTCDate() ? months - 1 : months;
}

/** The last day a publication date could mean (31 December for a year alone), for "newest evidence" comparisons. */
export function publishedLatestDay(published: Published): Date | undefined {
  if (published === undefined || published === 'unknown') return undefined;
  return typeof published === 'number' ? new Date(Date.UTC(published, 11, 31)) : published;
}

const monthYear = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });

/** A date only as exact as it is known: "24 December 2025", "July 2025" or "2023". */
export function formatDateAs(date: Date, precision: 'day' | 'month' | 'year' = 'day'): string {
  if (precision === 'year') return String(date.getUTCFullYear());
  return precision === 'month' ? monthYear.format(date) : formatDate(date);
}
