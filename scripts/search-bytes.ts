/**
 * The bytes a search fetches, for the benchmarks: everything under /pagefind/ (library,
 * WebAssembly, index, filters, the results' fragments), uncompressed and as a host that gzips
 * text files sends it (as the local server does). Used by bench-search.ts and bench-scale.ts.
 */
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { waitForResults } from '../test/support/search-page.ts';

export interface Fetched {
  path: string;
  bytes: number;
  gzipped: number;
}

/** Records every /pagefind/ file the page fetches from now on, with its size as sent. */
export function trackPagefindFiles(page: Page): Promise<Fetched>[] {
  const fetched: Promise<Fetched>[] = [];
  page.on('requestfinished', (request) => {
    const path = new URL(request.url()).pathname;
    if (!path.startsWith('/pagefind/')) return;
    fetched.push(
      (async () => {
        const [sizes, response] = await Promise.all([request.sizes(), request.response()]);
        // The body, uncompressed (Chromium reports no transfer size for the worker script, so the gzipped size is worked out here).
        const body = (await response?.body()) ?? Buffer.alloc(0);
        // Pagefind writes its index and WebAssembly already compressed; its JavaScript and JSON are not.
        const gzipped = /\.(js|json)$/.test(path) ? gzipSync(body).length : body.length;
        return { path, bytes: body.length + sizes.responseHeadersSize, gzipped: gzipped + sizes.responseHeadersSize };
      })(),
    );
  });
  return fetched;
}

/** Opens the search page with an empty cache, searches `query`, and sums what was fetched. */
export async function firstSearchBytes(browser: Browser, origin: string, query: string): Promise<{ bytes: number; gzipped: number }> {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  try {
    const page = await context.newPage();
    const fetched = trackPagefindFiles(page);
    await page.goto(`${origin}/search/?q=${encodeURIComponent(query)}`, { waitUntil: 'load' });
    await waitForResults(page, query, 120_000);
    const files = await Promise.all(fetched);
    return { bytes: files.reduce((s, f) => s + f.bytes, 0), gzipped: files.reduce((s, f) => s + f.gzipped, 0) };
  } finally {
    await context.close();
  }
}
