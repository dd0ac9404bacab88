/**
 * Site search, the parts that are plain data and pure functions: the filters readers can
 * narrow results by, the glossary's own search records, the search
 * page's address (?q=…&section=…) and the safe reading of Pagefind's highlighted excerpts.
 * Used at build time (SearchMeta, the records endpoint) and in the browser (search page).
 * How Pagefind ranks results is in search-ranking.ts, which every page's header loads.
 */

/** The filters a reader can narrow results by, in the order the search page shows them. */
export const searchFilters = [
  { key: 'section', label: 'Section' },
  { key: 'symptom', label: 'Symptom' },
  { key: 'mechanism', label: 'How it works' },
  { key: 'phase', label: 'Furthest phase' },
  { key: 'status', label: 'Status' },
] as const;
export type SearchFilterKey = (typeof searchFilters)[number]['key'];
export const searchFilterKeys: readonly SearchFilterKey[] = searchFilters.map((f) => f.key);

/** Filters that only therapies carry: the search page offers them once "Pipeline" is chosen. */
export const therapyFilterKeys: readonly SearchFilterKey[] = ['mechanism', 'phase', 'status'];

/** Section names for pages outside the article collections (those use lib/sections labels). */
export const searchSections = {
  home: 'Home',
  pipeline: 'Pipeline',
  glossary: 'Glossary',
  sources: 'Sources',
} as const;

/** Where the build writes the glossary's search records for the Pagefind step to read. */
export const searchRecordsFile = 'search-records.json';

/** One search record that is not a page of its own (see Pagefind's addCustomRecord). */
export interface SearchRecord {
  url: string;
  content: string;
  language: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

export interface GlossaryTerm {
  id: string;
  term: string;
  aliases: readonly string[];
  definition: string;
}

/**
 * A glossary term as its own search result, linking to its place on the glossary page, so
 * "PPMS" finds "Primary progressive MS" itself rather than the whole glossary.
 */
export function glossaryRecord({ id, term, aliases, definition }: GlossaryTerm): SearchRecord {
  const alsoCalled = aliases.length > 0 ? ` Also called: ${aliases.join(', ')}.` : '';
  return {
    url: `/glossary/#${id}`,
    content: `${term}.${alsoCalled} ${definition}`,
    language: 'en',
    meta: {
      // Not "title": a glossary entry should rank below a page about the same thing (see search-ranking.ts).
      term,
      summary: definition,
      ...(aliases.length > 0 ? { aliases: aliases.join(', ') } : {}),
    },
    filters: { section: [searchSections.glossary] },
  };
}

/** What the search page's address holds: the words searched for and the filters chosen. */
export interface SearchState {
  query: string;
  filters: Partial<Record<SearchFilterKey, string[]>>;
}

/** Longer queries are cut here: nobody types more, and the address stays sane. */
export const maxQueryLength = 200;

/** A query as searched and shown: single spaces, no spaces at the ends, at most maxQueryLength. */
export function cleanQuery(text: string): string {
  return text.replace(/\s+/g, ' ').trim().slice(0, maxQueryLength);
}

/** Small words that every page has, or that only begin longer words ("my" begins "myelin"). */
const stopWords = new Set([
  'a',
  'about',
  'an',
  'and',
  'are',
  'at',
  'be',
  'can',
  'do',
  'does',
  'for',
  'how',
  'i',
  'in',
  'is',
  'it',
  'me',
  'my',
  'of',
  'on',
  'or',
  'the',
  'to',
  'what',
  'when',
  'why',
  'with',
]);

/**
 * The words to search for: the query without small words such as "what", "is" and "my", since
 * Pagefind needs every word on a page and a glossary entry rarely says "what". A query of only
 * small words is searched as it is.
 */
export function searchTerms(query: string): string {
  const kept = query.split(' ').filter((word) => word && !stopWords.has(word.toLowerCase()));
  return kept.length > 0 ? kept.join(' ') : query;
}

/** Reads ?q=…&section=…&section=… from a location's search string. Unknown keys are ignored. */
export function readSearchState(search: string): SearchState {
  const params = new URLSearchParams(search);
  const query = cleanQuery(params.get('q') ?? '');
  const filters: SearchState['filters'] = {};
  for (const key of searchFilterKeys) {
    const values = [
      ...new Set(
        params
          .getAll(key)
          .map((v) => v.trim())
          .filter(Boolean),
      ),
    ];
    if (values.length > 0) filters[key] = values;
  }
  return { query, filters };
}

/** The search string for a state, e.g. "?q=fatigue&section=Symptoms"; "" for an empty state. */
export function writeSearchState({ query, filters }: SearchState): string {
  const params = new URLSearchParams();
  if (query) params.set('q', query);
  for (const key of searchFilterKeys) for (const value of filters[key] ?? []) params.append(key, value);
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** The state with one filter value switched on or off. */
export function toggleFilter(state: SearchState, key: SearchFilterKey, value: string): SearchState {
  const current = state.filters[key] ?? [];
  const next = current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
  const filters = { ...state.filters, [key]: next };
  if (next.length === 0) delete filters[key];
  // Therapy filters mean nothing once the reader leaves the pipeline: drop them with it.
  if (key === 'section' && !next.includes(searchSections.pipeline)) for (const k of therapyFilterKeys) delete filters[k];
  return { ...state, filters };
}

/** Pagefind's filter object: any of the chosen values within a filter, every filter at once. */
export function pagefindFilters(filters: SearchState['filters']): Record<string, { any: string[] }> {
  return Object.fromEntries(
    Object.entries(filters)
      .filter(([, values]) => values && values.length > 0)
      .map(([key, values]) => [key, { any: values! }]),
  );
}

/** A piece of an excerpt: plain text, and whether Pagefind marked it as matching the query. */
export interface ExcerptPart {
  text: string;
  match: boolean;
}

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return entities[name.toLowerCase()] ?? whole;
  });
}

/**
 * Splits a Pagefind excerpt ("text with <mark>matches</mark>", entities escaped) into text
 * parts, so the page can show it with textContent and <mark> elements and never as HTML.
 */
export function excerptParts(excerpt: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  let match = false;
  for (const piece of excerpt.split(/(<\/?mark>)/)) {
    if (piece === '<mark>') match = true;
    else if (piece === '</mark>') match = false;
    else if (piece) {
      // Any other tag is not Pagefind's markup: keep its words, drop the tag.
      const text = decodeEntities(piece.replace(/<[^>]*>/g, ''));
      if (text) parts.push({ text, match });
    }
  }
  return parts;
}

const foldWord = (word: string) =>
  word
    .normalize('NFD')
    .replace(/[^\p{L}\p{N}]/gu, '')
    .toLowerCase();

function sharedStart(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

/**
 * Whether the words a result matched really answer the query. When no word in the index
 * starts with a query word, Pagefind falls back to the longest word that the query word
 * starts with, however short: "chocolate" finds an author's initials "CH". A match counts
 * when it shares the query word's first four letters (or all of a shorter word), so typos
 * and other endings ("fatige", "memories") still find their pages. Each query word needs one.
 * A result that matched only metadata (keywords, no words on the page) is taken as it is.
 */
export function answersQuery(query: string, matchedWords: readonly string[]): boolean {
  const matched = matchedWords.map(foldWord).filter(Boolean);
  if (matched.length === 0) return true;
  return query
    .split(' ')
    .map(foldWord)
    .filter(Boolean)
    .every((term) => matched.some((word) => sharedStart(term, word) >= Math.min(term.length, 4)));
}

/** "1 result" / "12 results". */
export function resultCount(count: number): string {
  return `${count} ${count === 1 ? 'result' : 'results'}`;
}

/** The chosen filters in words: "Symptoms or Glossary, Fatigue"; "" when none is chosen. */
export function filterPhrase(filters: SearchState['filters']): string {
  return searchFilterKeys
    .map((key) => (filters[key] ?? []).join(' or '))
    .filter(Boolean)
    .join(', ');
}

/**
 * The one line that tells every reader, and screen readers through a status region, what
 * the search found: "12 results for “fatigue”." or "3 of 12 results for “fatigue”, showing
 * only Symptoms." The query is quoted as the reader typed it; the page shows it as text.
 * When fewer words were searched: "No page has all the words “…”. 8 results for “…”."
 */
export function statusMessage({
  query,
  count,
  total,
  filters,
  relaxedTo,
}: {
  query: string;
  count: number;
  total: number;
  filters: SearchState['filters'];
  /** The fewer words searched instead, when no page had all of the query's words. */
  relaxedTo?: string | undefined;
}): string {
  if (relaxedTo && total > 0) return `No page has all the words “${query}”. ${statusMessage({ query: relaxedTo, count, total, filters })}`;
  const only = filterPhrase(filters);
  const quoted = `“${query}”`;
  if (total === 0) return `No results for ${quoted}.`;
  if (!only) return `${resultCount(count)} for ${quoted}.`;
  if (count === 0) return `No results for ${quoted} showing only ${only}. Without the filters there ${total === 1 ? 'is' : 'are'} ${resultCount(total)}.`;
  return `${count} of ${resultCount(total)} for ${quoted}, showing only ${only}.`;
}

/** Words that turn a sentence round: an excerpt never leaves one out before the match. */
const negations =
  /^(no|not|never|none|nobody|nothing|neither|nor|without|cannot|can't|don't|doesn't|didn't|isn't|aren't|wasn't|weren't|won't|hasn't|haven't|hadn't)$/i;
/** Short forms that end in a full stop without ending the sentence. */
const abbreviations = /^(e\.g|i\.e|al|vs|dr|approx|fig)\.$/i;
/** A sentence ends with . ! ? or …, maybe then a closing quote or bracket, maybe then citation markers ("harder.⁠[2]"). */
const sentenceEnd = /[.!?…]["”’')\]]*(?:\u2060?\[\d+(?:[,–-]\s*\d+)*\])*$/;
/** The page's citation markers ("⁠[2]"), which mean nothing out of place. */
const citationMarker = /\u2060?\[\d+(?:[,–-]\s*\d+)*\]/g;

function endsSentence(word: string): boolean {
  const plain = word.replace(citationMarker, '');
  return sentenceEnd.test(word) && !abbreviations.test(plain);
}

/**
 * Where the excerpt starts: the run of `length` words with the most different matched words
 * (so "approved fatigue" finds the sentence with both), then the one where they are closest
 * together, the first on a tie.
 */
function bestRun(words: readonly string[], locations: readonly number[], length: number): number {
  const sorted = [...new Set(locations)].sort((a, b) => a - b);
  const fold = (l: number) => foldWord(words[l]!.replace(citationMarker, ''));
  let best = sorted[0]!;
  let bestScore = -Infinity;
  for (const start of sorted) {
    const inRun = sorted.filter((l) => l >= start && l < start + length);
    const distinct = new Set(inRun.map(fold)).size;
    // How many words it takes from here to see each of them once: fewer is a closer answer.
    const seen = new Set<string>();
    const span = inRun.find((l) => seen.add(fold(l)).size === distinct)! - start;
    const score = distinct * 1000 - span;
    if (score > bestScore) [best, bestScore] = [start, score];
  }
  return best;
}

/**
 * An excerpt made from the page's own words (Pagefind's `content` and match `locations`), so
 * it reads as the page does: it starts where the sentence (or a list item, a heading) with the
 * first matches starts, so a "no" or "not" before the match is never cut off, and it runs for
 * about `length` words, ending at a sentence end when one is near. A sentence whose start is
 * far before the match keeps its first words and skips to the match with "…", but only when
 * the skipped words hold no negation. Citation markers are dropped. No matches: no excerpt.
 */
export function excerptFromContent(content: string, locations: readonly number[], length: number): ExcerptPart[] {
  const words = content.split(/\s+/);
  const valid = locations.filter((l) => l >= 0 && l < words.length && words[l] !== '');
  if (valid.length === 0) return [];
  const match = bestRun(words, valid, length);
  let start = match;
  while (start > 0 && !endsSentence(words[start - 1]!)) start--;
  // The words shown, in order, with null where some are skipped.
  const shown: (number | null)[] = [];
  const lead = match - start;
  const keepFirst = 6;
  const keepBefore = 8;
  const skipped = words.slice(start + keepFirst, match - keepBefore);
  if (lead > length && !skipped.some((w) => negations.test(w.replace(/[^\p{L}'’]/gu, '').replace('’', "'")))) {
    for (let i = start; i < start + keepFirst; i++) shown.push(i);
    shown.push(null);
    for (let i = match - keepBefore; i < match; i++) shown.push(i);
  } else {
    for (let i = start; i < match; i++) shown.push(i);
  }
  // After the match: about `length` words in all, ending at a sentence end (a short sentence, such
  // as a heading, runs on into the next), or as far as the words allow.
  const budget = Math.max(length - shown.length, 8);
  let end = match;
  const enough = (at: number) => shown.length + (at - match + 1) >= length / 2;
  while (end < words.length - 1 && end - match < budget && !(endsSentence(words[end]!) && enough(end))) end++;
  const runsOn = !endsSentence(words[end]!) && end < words.length - 1;
  for (let i = match; i <= end; i++) shown.push(i);
  if (runsOn) shown.push(null);

  const matched = new Set(valid);
  const parts: ExcerptPart[] = [];
  const add = (text: string, isMatch: boolean) => {
    const last = parts[parts.length - 1];
    if (last && last.match === isMatch) last.text += text;
    else parts.push({ text, match: isMatch });
  };
  shown.forEach((index, position) => {
    if (position > 0) add(' ', false);
    if (index === null) {
      add('…', false);
      return;
    }
    const word = words[index]!.replace(citationMarker, '');
    add(decodeEntities(word), matched.has(index));
  });
  return parts;
}
