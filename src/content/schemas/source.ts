/**
 * The bibliography. One YAML file per work in src/content/sources/; the file name is the
 * id that pages cite, e.g. `thompson-2021.yaml` is cited as <Cite id="thompson-2021" />.
 */
import { z } from 'astro/zod';
import { siteYear } from '../../lib/today';
import { calendarDate, expected, httpsUrl, strictEntry, text } from './fields';

export const sourceKinds = ['journal-article', 'press-release', 'report', 'web-page', 'news', 'trial-registry', 'book', 'conference'] as const;

export const sourceSchema = strictEntry({
  /** Who wrote it: people as "Surname AB", or an organisation's name. At least one. */
  authors: z
    .array(text('an author name, e.g. "Thompson AJ"', { max: 120 }), { error: expected('a list of author names') })
    .min(1, { error: 'expected at least one author (a person or an organisation)' })
    .describe('Who wrote it: people as "Surname AB", or an organisation\'s name.'),
  /** The work's own title, exactly as published. */
  title: text('the title exactly as published', { max: 300 }).describe('The title exactly as published.'),
  /** The journal for an article; leave out for other kinds. */
  journal: text('the journal name', { max: 120 }).optional().describe('The journal, for an article.'),
  /** The organisation that published a report, web page or press release. */
  publisher: text('the publisher name', { max: 120 }).optional().describe('Who published it, for anything that is not a journal article.'),
  /** When it was published (online first, if that is earlier), or `unknown` with a reason. */
  published: z
    .union(
      [
        calendarDate('the publication date'),
        z
          .number()
          .int()
          .min(1800)
          .refine((year) => year <= siteYear(), { error: () => `expected a year of ${siteYear()} or earlier` }),
        z.literal('unknown'),
      ],
      {
        error: expected(
          'the publication date as YYYY-MM-DD, or the year alone (e.g. 2021) when the day is not known, or unknown (with unknownReason) when the work shows no date',
        ),
      },
    )
    .describe(
      'When it was published: YYYY-MM-DD (the online date if earlier than print), or the year alone. Write unknown only when the work shows no date, and then say why in unknownReason.',
    ),
  /** Why a work has no publication date: what you looked for and where. */
  unknownReason: text('why the work has no date', { max: 500 })
    .optional()
    .describe('Only with published: unknown. Why there is no date, e.g. "the registry copy shows no record date".'),
  /** Journal volume, issue and pages, when known, e.g. "27(7):989–1001". */
  citation: text('volume, issue and pages such as "27(7):989–1001"', { max: 60 })
    .optional()
    .describe('Volume(issue):pages for an article, e.g. 27(7):989–1001.'),
  /** The DOI without "https://doi.org/", e.g. 10.1177/1352458521999970. */
  doi: z
    .string({ error: expected('a DOI such as 10.1177/1352458521999970') })
    .regex(/^10\.\d{4,9}\/\S+$/, { error: expected('a DOI such as 10.1177/1352458521999970 (no https://doi.org/ in front)') })
    .optional()
    .describe('The DOI, without https://doi.org/ in front.'),
  /** A stable web address for the work. */
  url: httpsUrl('the address of the work').optional().describe('A stable web address for the work.'),
  /** What kind of work it is; decides how the reference is written. */
  kind: z.enum(sourceKinds, { error: expected(`one of ${sourceKinds.join(', ')}`) }).describe(`What kind of work it is: ${sourceKinds.join(', ')}.`),
  /** For web pages that change: the day you read it. */
  accessed: calendarDate('the date you read the page').optional().describe('For web pages: the day you read it, YYYY-MM-DD.'),
})
  .refine((s) => s.doi !== undefined || s.url !== undefined, {
    error: 'expected a doi or a url (or both), so a reader can find the work',
    path: ['url'],
  })
  .refine((s) => s.published !== 'unknown' || (s.unknownReason !== undefined && s.accessed !== undefined), {
    error: 'expected unknownReason (why there is no date) and accessed (the day you read it) for a work whose published date is unknown',
    path: ['published'],
  })
  .refine((s) => s.published === 'unknown' || s.unknownReason === undefined, {
    error: 'expected no unknownReason: the work has a published date',
    path: ['unknownReason'],
  })
  .refine((s) => s.kind !== 'journal-article' || s.journal !== undefined, {
    error: 'expected journal for a journal-article',
    path: ['journal'],
  });

export type Source = z.infer<typeof sourceSchema>;
