/**
 * Field builders shared by every collection schema. Each one carries an error message
 * that says what an editor should write, because Astro prints these messages verbatim
 * next to the file name when content is invalid.
 */
import { z } from 'astro/zod';
import { countWords, splitSentences } from '../../lib/words';
import { isAfterToday } from '../../lib/today';

/** Builds a zod error function: "missing" when the field is absent, otherwise what was expected. */
export function expected(what: string) {
  return (issue: { input?: unknown }) => (issue.input === undefined ? `missing: expected ${what}` : `expected ${what}, got ${JSON.stringify(issue.input)}`);
}

/** A strict object: a misspelt or unknown field is an error that lists the allowed fields. */
export function strictEntry<Shape extends z.ZodRawShape>(shape: Shape) {
  const allowed = Object.keys(shape).join(', ');
  return z.strictObject(shape, {
    error: (issue) =>
      issue.code === 'unrecognized_keys' ? `unknown field ${issue.keys.map((k) => `"${k}"`).join(', ')}: allowed fields are ${allowed}` : undefined,
  });
}

/** Plain text of bounded length: titles, terms, names. */
export function text(what: string, { min = 1, max = 200 }: { min?: number; max?: number } = {}) {
  return z
    .string({ error: expected(what) })
    .trim()
    .min(min, { error: `expected ${what} of at least ${min} characters` })
    .max(max, { error: `expected ${what} of at most ${max} characters` });
}

/** Plain text with a word limit: definitions and explanations a tired reader can take in. */
export function words(what: string, maxWords: number) {
  return text(what, { max: maxWords * 12 }).refine((value) => countWords(value) <= maxWords, {
    error: (issue) => `expected ${what} of at most ${maxWords} words, got ${countWords(String(issue.input))} words`,
  });
}

/** One plain sentence ending in a full stop: the takeaway of a page. */
export function sentence(what: string, maxWords = 35) {
  return words(what, maxWords).refine((value) => splitSentences(value).length === 1 && /[.!?]$/.test(value), {
    error: `expected ${what} as one sentence that ends with a full stop`,
  });
}

/**
 * A calendar date written YYYY-MM-DD (YAML turns it into a Date).
 * `notAfter` rejects dates in the future, so a "reviewed" or "as of" date can be trusted.
 */
export function calendarDate(what: string, { notInFuture = true }: { notInFuture?: boolean } = {}) {
  const date = z.date({ error: expected(`${what} as a date written YYYY-MM-DD, for example 2026-11-20`) });
  return notInFuture
    ? date.refine((value) => !isAfterToday(value), {
        error: (issue) => `expected ${what} today or earlier, got ${(issue.input as Date).toISOString().slice(0, 10)}, which is in the future`,
      })
    : date;
}

/** A web address on https. Plain http is refused: readers should never be sent to an insecure page. */
export function httpsUrl(what: string) {
  return z.url({ protocol: /^https$/, error: expected(`${what} as a web address starting with https://`) });
}
