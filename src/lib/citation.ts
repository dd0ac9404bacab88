/**
 * Reference numbering and formatting. A page's references are numbered in the order of its
 * `sources` front matter, so numbers never depend on rendering order.
 */
import { formatPublished, publishedYear, type Published } from './dates';

export interface SourceData {
  authors: string[];
  title: string;
  journal?: string | undefined;
  publisher?: string | undefined;
  published?: Published;
  citation?: string | undefined;
  doi?: string | undefined;
  url?: string | undefined;
  kind: string;
  accessed?: Date | undefined;
}

/** "Thompson AJ, Carroll W, Ciccarelli O, et al." Vancouver-style: six names, then et al. */
export function authorList(authors: readonly string[], max = 6): string {
  if (authors.length <= max) return authors.join(', ');
  return `${authors.slice(0, 3).join(', ')}, et al.`;
}

/** A short in-text label such as "Thompson et al., 2021". */
export function shortLabel(source: Pick<SourceData, 'authors' | 'published'>): string {
  const first = source.authors[0] ?? 'Unknown';
  // "Thompson AJ" → "Thompson"; an organisation keeps its whole name.
  const surname = /^[\p{Lu}][\p{L}'’-]+ [\p{Lu}]{1,3}$/u.test(first) ? first.split(' ')[0] : first;
  const etAl = source.authors.length > 2 ? ' et al.' : source.authors.length === 2 ? ` and ${source.authors[1]?.split(' ')[0]}` : '';
  return `${surname}${etAl}, ${publishedYear(source.published) ?? 'no date'}`;
}

/** The full stop a reference part needs after it: none if it already ends with . ? or !. */
export function stopAfter(part: string): string {
  return /[.?!]$/.test(part) ? '' : '.';
}

/** Where a reader can find the work: the DOI link first, as it does not rot. */
export function sourceHref(source: Pick<SourceData, 'doi' | 'url'>): string | undefined {
  return source.doi ? `https://doi.org/${source.doi}` : source.url;
}

/** The parts of a full reference, for a component to lay out. */
export function referenceParts(source: SourceData) {
  return {
    authors: authorList(source.authors),
    title: source.title,
    container: source.journal ?? source.publisher,
    date: formatPublished(source.published),
    citation: source.citation,
    doi: source.doi,
    href: sourceHref(source),
    accessed: source.accessed,
  };
}

/** The 1-based reference number of `id` on a page, or undefined when the page does not list it. */
export function referenceNumber(pageSources: readonly string[], id: string): number | undefined {
  const index = pageSources.indexOf(id);
  return index === -1 ? undefined : index + 1;
}
