/**
 * Opens pages of the built site in Chromium the way the browser tests need: light or dark,
 * phone or desktop, JavaScript on or off, while recording console errors and CSP violations
 * and, if asked, layout shifts.
 *
 * Each opening is a first visit in a tab no other test is using. The tabs themselves are
 * reused (test/support/tab-pool.ts): a new tab starts a renderer process, which costs this
 * 2-core machine about half a second, four times what loading a page in a warm tab does.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { takeTab } from './tab-pool.ts';

export interface OpenOptions {
  width?: number;
  height?: number;
  colorScheme?: 'light' | 'dark';
  javaScript?: boolean;
  reducedMotion?: 'reduce' | 'no-preference';
  /**
   * Device pixels per CSS pixel. Browser zoom at 200% on a 1280 px window is a 640 px viewport
   * at scale 2: the same layout, drawn as sharp as the zoomed page.
   */
  deviceScaleFactor?: number;
  /** Record layout shifts from before the page loads, for `layoutShift()`. */
  recordLayoutShifts?: boolean;
}

export interface OpenedPage {
  page: Page;
  context: BrowserContext;
  /** Console errors, page errors, failed requests and CSP violations seen so far. */
  problems: string[];
  /**
   * The page's layout shift score from before it loaded until it settled: read no sooner than
   * `settleTime` after the load. Only with `recordLayoutShifts`.
   */
  layoutShift: () => Promise<number>;
  /** What moved, for a failure message (see `layoutShift`). */
  movedParts: () => Promise<string[]>;
  close: () => Promise<void>;
}

/** How long after the load event a page may still move (late styles, fonts, scripts). */
export const settleTime = 400;

export async function openPage(browser: Browser, url: string, options: OpenOptions = {}): Promise<OpenedPage> {
  const tab = await takeTab(browser, {
    viewport: { width: options.width ?? 1280, height: options.height ?? 900 },
    colorScheme: options.colorScheme ?? 'light',
    javaScript: options.javaScript ?? true,
    reducedMotion: options.reducedMotion ?? 'no-preference',
    deviceScaleFactor: options.deviceScaleFactor ?? 1,
  });
  const { page } = tab;
  const response = await page.goto(url, { waitUntil: 'load' });
  const loaded = performance.now();
  if (response && response.status() >= 400 && !url.includes('/404')) tab.problems.push(`HTTP ${response.status()} for ${url}`);
  const layoutShift = async () => {
    if (!options.recordLayoutShifts) throw new Error('Open the page with recordLayoutShifts to read its layout shift.');
    const wait = loaded + settleTime - performance.now();
    if (wait > 0) await page.waitForTimeout(wait);
    return tab.layoutShift();
  };
  return { page, context: tab.context, problems: tab.problems, layoutShift, movedParts: tab.movedParts, close: tab.release };
}
