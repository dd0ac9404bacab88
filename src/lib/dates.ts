/** Dates as readers see them ("1 December 2021") and as machines read them ("2021-12-01"). */
const readable = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

export function formatDate(date: Date): string {
  return readable.format(date);
}

export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** A publication date that may be a full date or only a year. */
export function formatPublished(published: Date | number): string {
  return typeof published === 'number' ? String(published) : formatDate(published);
}

export function publishedYear(published: Date | number): number {
  return typeof published === 'number' ? published : published.getUTCFullYear();
}

/** Whole months between two dates, for "may be out of date" warnings. */
export function monthsBetween(earlier: Date, later: Date): number {
  const months = (later.getUTCFullYear() - earlier.getUTCFullYear()) * 12 + (later.getUTCMonth() - earlier.getUTCMonth());
  return later.getUTCDate() < earlier.getUTCDate() ? months - 1 : months;
}
