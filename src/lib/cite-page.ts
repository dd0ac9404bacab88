/**
 * How to cite a page of this site: APA 7 and Vancouver text, BibTeX and RIS records, and the
 * Highwire citation_* meta tags reference managers read. The author is the publisher when the
 * deploy names one (src/lib/publisher.ts), otherwise the site itself: nothing is invented.
 * Pure: plain data in, strings out.
 */
import { isoDate } from './dates';

export interface PageCitation {
  title: string;
  /** The page's public address. */
  url: string;
  siteName: string;
  publisher?: string | undefined;
  /** When the page was last checked against its sources; undefined for pages without a review date. */
  lastReviewed?: Date | undefined;
  /** The day the reader (or this build) read it. */
  accessed: Date;
}

const month = new Intl.DateTimeFormat('en-US', { month: 'long', timeZone: 'UTC' });
const shortMonth = new Intl.DateTimeFormat('en-US', { month: 'short', timeZone: 'UTC' });
const usDate = (date: Date) => `${month.format(date)} ${date.getUTCDate()}, ${date.getUTCFullYear()}`;
const vancouverDate = (date: Date) => `${date.getUTCFullYear()} ${shortMonth.format(date)} ${date.getUTCDate()}`;
const author = (c: PageCitation) => c.publisher ?? c.siteName;

/** APA 7, a web page with a group author: Author. (Year, Month Day). Title. Site. Retrieved …, from URL */
export function apaCitation(c: PageCitation): string {
  const date = c.lastReviewed ? `${c.lastReviewed.getUTCFullYear()}, ${month.format(c.lastReviewed)} ${c.lastReviewed.getUTCDate()}` : 'n.d.';
  const site = author(c) === c.siteName ? '' : ` ${c.siteName}.`;
  return `${author(c)}. (${date}). ${c.title}.${site} Retrieved ${usDate(c.accessed)}, from ${c.url}`;
}

/** Vancouver (NLM), a homepage part: Author. Title [Internet]. Publisher; [reviewed …; cited …]. Available from: URL */
export function vancouverCitation(c: PageCitation): string {
  const reviewed = c.lastReviewed ? `reviewed ${vancouverDate(c.lastReviewed)}; ` : '';
  const publisher = c.publisher ? ` ${c.siteName}: ${c.publisher};` : ` ${c.siteName};`;
  return `${author(c)}. ${c.title} [Internet].${publisher} [${reviewed}cited ${vancouverDate(c.accessed)}]. Available from: ${c.url}`;
}

/** A short citation for a chart's share panel: "Site (Year). Title. URL" */
export function shortCitation(c: PageCitation): string {
  const year = c.lastReviewed?.getUTCFullYear() ?? c.accessed.getUTCFullYear();
  return `${author(c)} (${year}). ${c.title}. ${c.url}`;
}

/** A BibTeX key from the address: cpms-symptoms-fatigue. */
export function citationKey(url: string): string {
  const path = new URL(url).pathname.replace(/^\/|\/$/g, '').replace(/[^a-z0-9]+/gi, '-');
  return `cpms-${path || 'home'}`;
}

const bibEscape = (text: string) => text.replace(/([{}&%$#_])/g, '\\$1');

export function bibtex(c: PageCitation): string {
  const reviewed = c.lastReviewed ? `Last reviewed ${isoDate(c.lastReviewed)}. ` : '';
  return [
    `@misc{${citationKey(c.url)},`,
    `  author = {{${bibEscape(author(c))}}},`,
    `  title = {{${bibEscape(c.title)}}},`,
    `  howpublished = {${bibEscape(c.siteName)}},`,
    ...(c.lastReviewed ? [`  year = {${c.lastReviewed.getUTCFullYear()}},`, `  date = {${isoDate(c.lastReviewed)}},`] : []),
    `  url = {${c.url}},`,
    `  urldate = {${isoDate(c.accessed)}},`,
    `  note = {${reviewed}Accessed ${isoDate(c.accessed)}. Licence: CC BY 4.0.}`,
    '}',
    '',
  ].join('\n');
}

/** RIS (EndNote, Zotero, Mendeley): an electronic source. */
export function ris(c: PageCitation): string {
  const slashes = (date: Date) => isoDate(date).replaceAll('-', '/');
  return [
    'TY  - ELEC',
    `AU  - ${author(c)}`,
    `TI  - ${c.title}`,
    `T2  - ${c.siteName}`,
    ...(c.publisher ? [`PB  - ${c.publisher}`] : []),
    ...(c.lastReviewed ? [`PY  - ${c.lastReviewed.getUTCFullYear()}`, `DA  - ${slashes(c.lastReviewed)}`] : []),
    `Y2  - ${slashes(c.accessed)}`,
    `UR  - ${c.url}`,
    ...(c.lastReviewed ? [`N1  - Last reviewed ${isoDate(c.lastReviewed)}.`] : []),
    'N1  - Licence: CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/).',
    'LA  - en',
    'ER  - ',
    '',
  ].join('\r\n');
}

/** Highwire Press tags (Google Scholar, Zotero): name → content. */
export function highwireMeta(c: PageCitation): [string, string][] {
  return [
    ['citation_title', c.title],
    ['citation_author', author(c)],
    ...(c.publisher ? [['citation_publisher', c.publisher] as [string, string]] : []),
    ...(c.lastReviewed ? [['citation_publication_date', isoDate(c.lastReviewed).replaceAll('-', '/')] as [string, string]] : []),
    ['citation_public_url', c.url],
    ['citation_language', 'en'],
  ];
}

/** Where a page's citation files are: /cite/<key>.bib and .ris. */
export function citationFiles(url: string): { bib: string; ris: string } {
  const key = citationKey(url);
  return { bib: `/cite/${key}.bib`, ris: `/cite/${key}.ris` };
}
