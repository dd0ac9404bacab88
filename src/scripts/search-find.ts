/**
 * Finding results for a query with Pagefind, for the search page: search the query's words,
 * drop results that only matched a stray short word, and when no page has every word, search
 * for fewer. Returns what to show; <search-page> (search-page.ts) shows it.
 */
import type { Pagefind, PagefindResultData, PagefindResults } from './pagefind-loader';
import { answersQuery, pagefindFilters, searchTerms, type SearchState } from '../lib/search';

/** Results shown at first, and added by each "Show more". */
export const pageSize = 10;

/** The words of a result's text that Pagefind matched to the query. */
function matchedWords(result: PagefindResultData): string[] {
  const words = result.content.split(/\s+/);
  return result.locations.map((location) => words[location] ?? '');
}

/** What a search found: Pagefind's results and the data of the first of them. */
export interface Answer {
  found?: PagefindResults | undefined;
  firstPage?: PagefindResultData[];
  /** The fewer words searched, when no page had all of the query's words. */
  relaxedTo?: string;
}

/** Searches, and loads the data of the first `load` results (the first page, or just enough to judge). */
async function find(pagefind: Pagefind, terms: string, filters: SearchState['filters'], load = pageSize): Promise<Answer> {
  const found = await pagefind.search(terms, { filters: pagefindFilters(filters) });
  const firstPage = await Promise.all(found.results.slice(0, load).map((result) => result.data()));
  // If the best result only matched a stray short word, nothing really matched.
  if (firstPage[0] && !answersQuery(terms, matchedWords(firstPage[0]))) return {};
  return { found, firstPage };
}

/** Longer queries are not relaxed word by word: the searches would take too long. */
const maxRelaxedWords = 8;

/**
 * Searches for the query's words (searchTerms). When no page has all of them ("balance
 * problems dizziness"), it drops words until some page has the rest, and says so: first words
 * that find nothing on their own, then, one at a time, the word whose removal finds the most.
 */
export async function findOrRelax(pagefind: Pagefind, query: string, filters: SearchState['filters']): Promise<Answer> {
  const terms = searchTerms(query);
  const whole = await find(pagefind, terms, filters);
  const all = terms.split(' ');
  if ((whole.found?.unfilteredResultCount ?? 0) > 0 || all.length < 2 || all.length > maxRelaxedWords) return whole;
  const count = async (words: string[]) => (await find(pagefind, words.join(' '), filters, 1)).found?.results.length ?? 0;
  const alone = new Map<string, number>();
  for (const word of all) alone.set(word, await count([word]));
  let words = all.filter((word) => alone.get(word)! > 0);
  while (words.length > 0) {
    if (words.length < all.length && (await count(words)) > 0) return { ...(await find(pagefind, words.join(' '), filters)), relaxedTo: words.join(' ') };
    if (words.length === 1) break;
    let best = { without: -1, found: 0 };
    for (let i = 0; i < words.length; i++) {
      const found = await count(words.filter((_, j) => j !== i));
      if (found > best.found) best = { without: i, found };
    }
    // No single word is in the way: drop the one that finds the fewest pages on its own.
    const drop = best.without >= 0 ? best.without : words.indexOf([...words].sort((x, y) => alone.get(x)! - alone.get(y)!)[0]!);
    words = words.filter((_, j) => j !== drop);
  }
  return whole;
}
