/**
 * Takes screenshots of pages of the built site for a person to look at: phone and desktop,
 * light and dark, Standard and Larger text, JavaScript on and off, and 200% zoom. Usage:
 *   npm run screenshots -- [/path/ …] [--view=name] [--full]
 * (default: every page in the sitemap and every view; --view=desktop-zoom keeps the views whose
 * name starts so; --full takes the whole page, not the first screen).
 * PNGs go to screenshots/ (ignored by git).
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { launchChromium } from '../test/support/chromium.ts';
import { serveStatic } from '../test/support/static-server.ts';
import { openPage } from '../test/support/page.ts';
import { sitemapUrls } from '../test/support/built-site.ts';
import { distDir, projectRoot } from '../test/support/paths.ts';
import { rememberTextSize } from '../test/support/reading-measures.ts';

const outDir = path.join(projectRoot, 'screenshots');
mkdirSync(outDir, { recursive: true });
const urls = process.argv.slice(2).filter((a) => a.startsWith('/'));
const targets = urls.length > 0 ? urls : sitemapUrls();
interface View {
  name: string;
  width: number;
  height: number;
  colorScheme: 'light' | 'dark';
  javaScript: boolean;
  textSize?: 'large' | 'larger';
  deviceScaleFactor?: number;
}
const views: View[] = [
  { name: 'phone-light', width: 390, height: 844, colorScheme: 'light' as const, javaScript: true },
  { name: 'phone-larger', width: 390, height: 844, colorScheme: 'light' as const, javaScript: true, textSize: 'larger' },
  { name: 'phone-light-nojs', width: 390, height: 844, colorScheme: 'light' as const, javaScript: false },
  { name: 'phone-dark', width: 390, height: 844, colorScheme: 'dark' as const, javaScript: true },
  { name: 'desktop-light', width: 1280, height: 900, colorScheme: 'light' as const, javaScript: true },
  { name: 'desktop-larger-dark', width: 1280, height: 900, colorScheme: 'dark' as const, javaScript: true, textSize: 'larger' },
  { name: 'desktop-dark-nojs', width: 1280, height: 900, colorScheme: 'dark' as const, javaScript: false },
  // A 1280 × 900 window at 200% browser zoom.
  { name: 'desktop-zoom-200', width: 640, height: 450, colorScheme: 'light' as const, javaScript: true, deviceScaleFactor: 2 },
];

const viewFilter = process.argv.find((a) => a.startsWith('--view='))?.slice('--view='.length);
const chosenViews = viewFilter ? views.filter((view) => view.name.startsWith(viewFilter)) : views;
if (chosenViews.length === 0) throw new Error(`No view's name starts with "${viewFilter}". Views: ${views.map((v) => v.name).join(', ')}`);

const { origin, server } = await serveStatic(distDir);
const browser = await launchChromium();
try {
  for (const url of targets) {
    for (const view of chosenViews) {
      const opened = await openPage(browser, origin + url, view);
      if (view.textSize) {
        // The reader's choice is remembered as the text-size control remembers it, then the page is
        // opened again as a new visit (a reload would restore a scroll position the old layout set).
        await rememberTextSize(opened.page, view.textSize);
        await opened.page.goto(origin + url, { waitUntil: 'load' });
      }
      // The search page draws its results after loading search: wait for them.
      if (view.javaScript) {
        await opened.page
          .waitForFunction(() => !document.querySelector('search-page:not([data-results="shown"], [data-results="unavailable"])'), null, { timeout: 15_000 })
          .catch(() => console.warn(`${url} ${view.name}: search results did not appear`));
      }
      const name = `${url.replace(/^\/|\/$/g, '').replace(/\//g, '_') || 'home'}--${view.name}.png`;
      await opened.page.screenshot({ path: path.join(outDir, name), fullPage: process.argv.includes('--full') });
      if (opened.problems.length > 0) console.warn(`${url} ${view.name}:`, opened.problems);
      await opened.close();
    }
    console.log(`screenshots of ${url}`);
  }
} finally {
  await browser.close();
  server.close();
}
console.log(`Saved to ${outDir}`);
