/**
 * Opens pages of the built site in Chromium the way the browser tests need: light or dark,
 * phone or desktop, JavaScript on or off, while recording console errors and CSP violations
 * and, if asked, layout shifts.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { recordLayoutShifts } from './reading-measures.ts';

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
  /** Console errors, page errors and CSP violations seen so far. */
  problems: string[];
  /**
   * The page's layout shift score from before it loaded until it settled: read no sooner than
   * `settleTime` after the load. Only with `recordLayoutShifts`.
   */
  layoutShift: () => Promise<number>;
  close: () => Promise<void>;
}

/** How long after the load event a page may still move (late styles, fonts, scripts). */
export const settleTime = 400;

export async function openPage(browser: Browser, url: string, options: OpenOptions = {}): Promise<OpenedPage> {
  const context = await browser.newContext({
    viewport: { width: options.width ?? 1280, height: options.height ?? 900 },
    colorScheme: options.colorScheme ?? 'light',
    javaScriptEnabled: options.javaScript ?? true,
    reducedMotion: options.reducedMotion ?? 'no-preference',
    deviceScaleFactor: options.deviceScaleFactor ?? 1,
  });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('requestfailed', (request) => {
    // A test that moves on to the next page cancels what the last one was still fetching (the
    // favicon, say): net::ERR_ABORTED is the navigation, not a fault of the page.
    if (request.failure()?.errorText === 'net::ERR_ABORTED') return;
    problems.push(`request failed: ${request.url()} (${request.failure()?.errorText ?? 'unknown'})`);
  });
  if (options.javaScript !== false) {
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI || 'inline code'}`);
      });
    });
  }
  const shifts = options.recordLayoutShifts ? await recordLayoutShifts(page) : undefined;
  const response = await page.goto(url, { waitUntil: 'load' });
  const loaded = performance.now();
  if (response && response.status() >= 400 && !url.includes('/404')) problems.push(`HTTP ${response.status()} for ${url}`);
  const layoutShift = async () => {
    if (!shifts) throw new Error('Open the page with recordLayoutShifts to read its layout shift.');
    const wait = loaded + settleTime - performance.now();
    if (wait > 0) await page.waitForTimeout(wait);
    return shifts.cumulativeLayoutShift();
  };
  return { page, context, problems, layoutShift, close: () => context.close() };
}
