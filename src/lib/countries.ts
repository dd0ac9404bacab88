/**
 * Countries as ISO 3166-1 alpha-2 codes (GB, US, AU…), named in English for readers. Trials
 * list the countries their registry record gives, and the trial finder filters by them.
 */
const names = new Intl.DisplayNames(['en-GB'], { type: 'region', fallback: 'none' });

/** Codes English names exist for that are not ISO 3166 countries (GB is the United Kingdom's code). */
const notCountries = new Set(['UK', 'EU', 'EZ', 'UN', 'ZZ']);

/** The English name of a two-letter country code, or undefined when the code names no country. */
export function countryName(code: string): string | undefined {
  if (!/^[A-Z]{2}$/.test(code) || notCountries.has(code)) return undefined;
  try {
    return names.of(code) ?? undefined;
  } catch {
    return undefined;
  }
}
