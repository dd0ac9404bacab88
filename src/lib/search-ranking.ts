/**
 * How Pagefind ranks and excerpts results, passed to pagefind.options() when search loads.
 * Its own small module because the header field on every page loads it (lib/search.ts is
 * only needed on the search page). Tuned with the query table in test/support/search-queries.ts.
 */

/**
 * A page whose title or keywords (other names, abbreviations) hold the query is its subject,
 * so those count most; a long article is not pushed down for its length.
 */
export const searchRanking = {
  // A match in these metadata fields adds to a page's score, times the weight. A page's title
  // and keywords mark its subject; a glossary entry's term and aliases count for less, so the
  // article about fatigue comes before the definition of fatigue, and the definition still
  // comes first for words no article is about (PPMS, NfL). The summary is already on the page.
  metaWeights: { title: 5, keywords: 5, term: 2, aliases: 2, summary: 0 },
  // Pagefind's default (0.75) favours short pages; less of that keeps long articles in front.
  pageLength: 0.5,
} as const;

/** How many words of context an excerpt shows around the matches. */
export const searchExcerptLength = 24;
