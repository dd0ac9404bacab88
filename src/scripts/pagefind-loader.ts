/**
 * Loads Pagefind's search library once, on demand, with the site's ranking. Nothing of
 * Pagefind is fetched until something calls loadPagefind(): the header field when it is
 * focused, or the search page when it opens.
 */
import { searchExcerptLength, searchRanking } from '../lib/search-ranking';

/** The parts of Pagefind's search API this site uses (see pagefind_web_js/types/index.d.ts). */
export interface PagefindResultData {
  url: string;
  /** The page's words as indexed, separated by spaces; `locations` index into them. */
  content: string;
  locations: number[];
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
  sub_results: { title: string; url: string; anchor?: { id: string } }[];
}
export interface PagefindResults {
  results: { id: string; data: () => Promise<PagefindResultData> }[];
  unfilteredResultCount: number;
  totalFilters: Record<string, Record<string, number>>;
}
export interface Pagefind {
  options: (options: object) => Promise<void>;
  init: () => Promise<void>;
  search: (term: string | null, options?: { filters?: object }) => Promise<PagefindResults>;
  preload: (term: string, options?: { filters?: object }) => Promise<void>;
  /** Loads the filter index; after it, every search reports how many results each filter value has. */
  filters: () => Promise<Record<string, Record<string, number>>>;
}

/** Where the build puts Pagefind; a variable, so the bundler leaves the import for the browser. */
const bundleUrl = '/pagefind/pagefind.js';
let loading: Promise<Pagefind> | undefined;

export function loadPagefind(): Promise<Pagefind> {
  loading ??= (async () => {
    const pagefind = (await import(/* @vite-ignore */ bundleUrl)) as Pagefind;
    await pagefind.options({ excerptLength: searchExcerptLength, ranking: searchRanking });
    await pagefind.init();
    return pagefind;
  })();
  // A failed load (offline, or no build in the dev server) may be tried again later.
  loading.catch(() => (loading = undefined));
  return loading;
}
