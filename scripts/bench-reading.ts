/**
 * The reading-comfort benchmark (a measurement, not a test): opens every sitemap page of the
 * built site in Chromium at 390 px (a phone, 390×844) and 1280 px (a laptop, 1280×800) and
 * reports, per page and width:
 *   - the header's height, and where the <h1> and the first chart mark start (CSS px from the
 *     top of the page; the first screen ends at 844 or 800);
 *   - cumulative layout shift with JavaScript on and off;
 *   - the largest chart details panel, opened by tapping a mark, as a share of the screen;
 *   - the median chart label size, in CSS px, at each text size (Standard / Large / Larger).
 * Usage: npm run build && npm run bench:reading [-- /path/ …]
 */
import type { Browser } from 'playwright-core';
import { launchChromium } from '../test/support/chromium.ts';
import { serveStatic } from '../test/support/static-server.ts';
import { sitemapUrls } from '../test/support/built-site.ts';
import { distDir } from '../test/support/paths.ts';
import { chartLabelSizes, firstScreen, largestDetailsShare, recordLayoutShifts, rememberTextSize } from '../test/support/reading-measures.ts';
import { textSizes } from '../src/lib/text-size.ts';

const widths = [
  { width: 390, height: 844 },
  { width: 1280, height: 800 },
];
const chosen = process.argv.slice(2).filter((arg) => arg.startsWith('/'));
const urls = chosen.length > 0 ? chosen : sitemapUrls();

interface Row {
  url: string;
  width: number;
  header: number;
  heading: number | null;
  firstMark: number | null;
  clsScript: number;
  clsNoScript: number;
  details: number | null;
  labels: (number | null)[];
}

async function measure(browser: Browser, origin: string, url: string, viewport: { width: number; height: number }): Promise<Row> {
  const noScript = await browser.newContext({ viewport, javaScriptEnabled: false });
  const plain = await noScript.newPage();
  const plainShifts = await recordLayoutShifts(plain);
  await plain.goto(origin + url, { waitUntil: 'load' });
  await plain.waitForTimeout(300);
  const clsNoScript = plainShifts.cumulativeLayoutShift();
  await noScript.close();

  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  const shifts = await recordLayoutShifts(page);
  await page.goto(origin + url, { waitUntil: 'load' });
  await page.waitForTimeout(500);
  const clsScript = shifts.cumulativeLayoutShift();
  const screen = await firstScreen(page);
  const labels: (number | null)[] = textSizes.map(() => null);
  let details: number | null = null;
  // Only pages with a chart have labels and details to measure at each text size.
  if (screen.firstMark !== null) {
    for (const [i, size] of textSizes.entries()) {
      await rememberTextSize(page, size);
      await page.reload({ waitUntil: 'load' });
      labels[i] = (await chartLabelSizes(page))?.median ?? null;
    }
    details = await largestDetailsShare(page);
  }
  await context.close();
  return { url, width: viewport.width, header: screen.header, heading: screen.heading, firstMark: screen.firstMark, clsScript, clsNoScript, details, labels };
}

const { origin, server } = await serveStatic(distDir);
const browser = await launchChromium();
const rows: Row[] = [];
try {
  for (const url of urls) {
    for (const viewport of widths) rows.push(await measure(browser, origin, url, viewport));
    process.stderr.write('.');
  }
} finally {
  await browser.close();
  server.close();
}
process.stderr.write('\n');

const px = (n: number | null) => (n === null ? '–' : String(Math.round(n)));
const cls = (n: number) => n.toFixed(3);
const share = (n: number | null) => (n === null ? '–' : `${Math.round(n * 100)}%`);
const label = (sizes: (number | null)[]) => (sizes.every((s) => s === null) ? '–' : sizes.map((s) => (s === null ? '–' : s.toFixed(1))).join(' / '));
const header = ['page', 'width', 'header', 'h1 at', 'first mark at', 'CLS (JS)', 'CLS (no JS)', 'details (Larger)', 'chart labels S / L / XL'];
const table = rows.map((r) => [
  r.url,
  String(r.width),
  px(r.header),
  px(r.heading),
  px(r.firstMark),
  cls(r.clsScript),
  cls(r.clsNoScript),
  share(r.details),
  label(r.labels),
]);
const widthsOf = header.map((h, i) => Math.max(h.length, ...table.map((row) => row[i]!.length)));
const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widthsOf[i]!)).join('  ');
console.log(line(header));
for (const row of table) console.log(line(row));

// The summary the README quotes: the worst page at each width.
for (const { width } of widths) {
  const at = rows.filter((r) => r.width === width);
  const max = (pick: (r: Row) => number | null) => Math.max(0, ...at.map(pick).filter((n): n is number => n !== null));
  console.log(
    `\n${width} px, worst of ${at.length} pages: header ${max((r) => r.header)} px; h1 at ${max((r) => r.heading)} px; ` +
      `CLS ${cls(max((r) => r.clsScript))} with JS, ${cls(max((r) => r.clsNoScript))} without; ` +
      `details panel ${share(max((r) => r.details))} of the screen (Larger text).`,
  );
}
