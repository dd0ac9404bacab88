/**
 * The search benchmark (a measurement, not a test): loads the built site in Chromium and, for
 * every query in the query table (test/support/search-queries.ts), reports
 *   - the bytes fetched for a first search, with an empty cache: everything under /pagefind/
 *     (library, WebAssembly, index, filters, the results' fragments), uncompressed and as a host
 *     that gzips text files sends it;
 *   - the time from the last keystroke to the results shown, median and 95th percentile:
 *     once cold (a fresh page) and three times warm (one page, one query after another).
 *     It includes the 250 ms pause the search page waits for the reader to stop typing.
 * Usage: npm run build && npm run bench:search [-- --phone]
 *   --phone: 4× slower CPU and a slow mobile network (150 ms latency, 1.6 Mbit/s down).
 */
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../test/support/chromium.ts';
import { serveStatic } from '../test/support/static-server.ts';
import { assertBuilt } from '../test/support/built-site.ts';
import { distDir } from '../test/support/paths.ts';
import { searchQueries } from '../test/support/search-queries.ts';
import { waitForResults } from '../test/support/search-page.ts';
import { trackPagefindFiles, type Fetched } from './search-bytes.ts';

const phone = process.argv.includes('--phone');
const warmRounds = 3;
/** A brisk typist: the search page's pause must still only start after the last key. */
const keyDelay = 60;

/** Times the page itself records: the last key pressed, and when results were last shown. */
function recordTimes() {
  const times = window as unknown as { lastKey: number; shown: { query: string; at: number }[] };
  times.shown = [];
  document.addEventListener('keydown', () => (times.lastKey = performance.now()), true);
  new MutationObserver((changes) => {
    for (const change of changes) {
      const search = change.target as HTMLElement;
      if (search.dataset.results === 'shown') times.shown.push({ query: search.dataset.query ?? '', at: performance.now() });
    }
  }).observe(document, { subtree: true, attributeFilter: ['data-results'] });
}

async function openSearchPage(browser: Browser, origin: string): Promise<{ page: Page; fetched: Promise<Fetched>[]; close: () => Promise<void> }> {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  if (phone) {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 150, downloadThroughput: 200_000, uploadThroughput: 94_000 });
  }
  const fetched = trackPagefindFiles(page);
  await page.addInitScript(recordTimes);
  await page.goto(`${origin}/search/`, { waitUntil: 'load' });
  await waitForResults(page, '', 60_000);
  return { page, fetched, close: () => context.close() };
}

/** Types the query as a reader does and returns ms from the last key to its results shown. */
async function timedSearch(page: Page, query: string): Promise<number> {
  await page.locator('#search-query').fill('');
  await waitForResults(page, '', 60_000);
  await page.locator('#search-query').pressSequentially(query, { delay: keyDelay });
  await waitForResults(page, query, 60_000);
  return page.evaluate((q) => {
    const times = window as unknown as { lastKey: number; shown: { query: string; at: number }[] };
    const shown = times.shown.filter((s) => s.query === q.replace(/\s+/g, ' ').trim()).at(-1)!;
    return shown.at - times.lastKey;
  }, query);
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const ms = (value: number) => `${Math.round(value)} ms`;
const kindOf = (path: string) =>
  /pf_fragment$/.test(path) ? 'result fragments' : /pf_(index|meta|filter)$|entry\.json$/.test(path) ? 'index and filters' : 'library and WebAssembly';

assertBuilt();
const { origin, server } = await serveStatic(distDir);
const browser = await launchChromium();
try {
  const cold: { query: string; bytes: number; gzipped: number; time: number; byKind: Record<string, number> }[] = [];
  for (const { query } of searchQueries) {
    const opened = await openSearchPage(browser, origin);
    // The first search starts typing at once, as someone arriving on the page to search does.
    const time = await timedSearch(opened.page, query);
    const files = await Promise.all(opened.fetched);
    const byKind: Record<string, number> = {};
    for (const file of files) byKind[kindOf(file.path)] = (byKind[kindOf(file.path)] ?? 0) + file.gzipped;
    cold.push({ query, time, byKind, bytes: files.reduce((s, f) => s + f.bytes, 0), gzipped: files.reduce((s, f) => s + f.gzipped, 0) });
    await opened.close();
  }

  const warm: number[] = [];
  const opened = await openSearchPage(browser, origin);
  for (let round = 0; round < warmRounds; round++) {
    for (const { query } of searchQueries) warm.push(await timedSearch(opened.page, query));
  }
  await opened.close();

  const bytes = cold.map((c) => c.bytes);
  const gzipped = cold.map((c) => c.gzipped);
  const kinds = [...new Set(cold.flatMap((c) => Object.keys(c.byKind)))];
  console.log(`Search benchmark: ${searchQueries.length} queries${phone ? ', phone (4× CPU, 150 ms, 1.6 Mbit/s)' : ', this machine, local server'}\n`);
  console.log('| measure | median | 95th percentile | largest |');
  console.log('| --- | --- | --- | --- |');
  console.log(`| bytes for a first search, as served here | ${kb(percentile(bytes, 50))} | ${kb(percentile(bytes, 95))} | ${kb(Math.max(...bytes))} |`);
  console.log(`| bytes for a first search, gzipped host | ${kb(percentile(gzipped, 50))} | ${kb(percentile(gzipped, 95))} | ${kb(Math.max(...gzipped))} |`);
  for (const kind of kinds) {
    const values = cold.map((c) => c.byKind[kind] ?? 0);
    console.log(`| … of which ${kind} (gzipped) | ${kb(percentile(values, 50))} | ${kb(percentile(values, 95))} | ${kb(Math.max(...values))} |`);
  }
  console.log(
    `| last key to results, first search | ${ms(
      percentile(
        cold.map((c) => c.time),
        50,
      ),
    )} | ${ms(
      percentile(
        cold.map((c) => c.time),
        95,
      ),
    )} | ${ms(Math.max(...cold.map((c) => c.time)))} |`,
  );
  console.log(
    `| last key to results, later searches (${warm.length}) | ${ms(percentile(warm, 50))} | ${ms(percentile(warm, 95))} | ${ms(Math.max(...warm))} |`,
  );
  console.log('\nTimes include the search page’s 250 ms pause after the last key.');
} finally {
  await browser.close();
  server.close();
}
