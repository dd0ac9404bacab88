/**
 * Using the search page in Chromium the way a reader does, for the search test and the
 * search benchmark: type a query into the page's field, wait until its results are shown,
 * and read the results in order.
 */
import type { Page } from 'playwright-core';

export const searchField = '#search-query';

/** Types a query into the search page's field, replacing what was there, key by key. */
export async function typeQuery(page: Page, query: string): Promise<void> {
  await page.locator(searchField).fill('');
  await page.locator(searchField).pressSequentially(query);
}

/** Waits until the search page shows the results for `query` (or says it found none). */
export async function waitForResults(page: Page, query: string, timeout = 15_000): Promise<void> {
  await page.waitForFunction(
    (q) => {
      const search = document.querySelector<HTMLElement>('search-page');
      return search?.dataset.results === 'shown' && search.dataset.query === q;
    },
    query.replace(/\s+/g, ' ').trim(),
    { timeout },
  );
}

/** The results shown, in order, as the path (and #part) each links to. */
export function resultUrls(page: Page): Promise<string[]> {
  return page.$$eval('.search-result-title a', (links) =>
    links.map((a) => {
      const url = new URL((a as HTMLAnchorElement).href);
      return url.pathname + url.hash;
    }),
  );
}
