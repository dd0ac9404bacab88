/**
 * Warm browser tabs for the browser tests, reused from one test to the next.
 *
 * Opening a tab starts a renderer process: on this 2-core machine about half a second of CPU,
 * against about a tenth of that to load a page in a tab that is already open (measured with
 * 20 loads of ten pages: 29 s in fresh tabs, 7 s in one reused tab). So a test takes a tab no
 * other test is using, and gives it back when it is done.
 *
 * A taken tab must read a page as a first visit does. So before it is given out again:
 * - the site's cookies, local and session storage, and granted permissions are cleared;
 * - its routes, media emulation (print, colour scheme, reduced motion) and size are reset;
 * - its problems and layout shifts start empty;
 * - its HTTP cache is off for good, so every load fetches every file, as a first visit does.
 * The last test's page stays in the tab until the next test loads its own: leaving it for
 * about:blank made the next load 200 ms slower (a new renderer process), and the site's pages
 * do nothing once loaded.
 * What a context fixes for its life (JavaScript on or off, device pixel scale) picks the tab:
 * tabs are kept apart by those.
 */
import type { Browser, BrowserContext, CDPSession, Page } from 'playwright-core';
import { layoutShiftRecord, type LayoutShiftRecord } from './reading-measures.ts';

export interface TabSetting {
  viewport: { width: number; height: number };
  colorScheme: 'light' | 'dark';
  javaScript: boolean;
  reducedMotion: 'reduce' | 'no-preference';
  deviceScaleFactor: number;
}

export interface Tab {
  context: BrowserContext;
  page: Page;
  /** Console errors, page errors, failed requests and CSP violations since the tab was taken. */
  problems: string[];
  /** The layout shift score since the tab was taken, and what moved. */
  layoutShift: () => number;
  movedParts: () => Promise<string[]>;
  /** Gives the tab back, reset for the next test. */
  release: () => Promise<void>;
}

interface WarmTab {
  context: BrowserContext;
  page: Page;
  cdp: CDPSession;
  shifts: LayoutShiftRecord;
  /** The list the page's listeners write to: a new one for each test. */
  problems: string[];
  /** Origins the tab has visited since it was last cleared. */
  visited: Set<string>;
}

/** Free tabs, by browser and by what their context fixes. */
const freeTabs = new WeakMap<Browser, Map<string, WarmTab[]>>();

function freeList(browser: Browser, setting: TabSetting): WarmTab[] {
  const key = `javascript=${setting.javaScript} scale=${setting.deviceScaleFactor}`;
  const byKey = freeTabs.get(browser) ?? new Map<string, WarmTab[]>();
  freeTabs.set(browser, byKey);
  const list = byKey.get(key) ?? [];
  byKey.set(key, list);
  return list;
}

async function openTab(browser: Browser, setting: TabSetting): Promise<WarmTab> {
  const context = await browser.newContext({
    viewport: setting.viewport,
    colorScheme: setting.colorScheme,
    javaScriptEnabled: setting.javaScript,
    reducedMotion: setting.reducedMotion,
    deviceScaleFactor: setting.deviceScaleFactor,
  });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  const tab: WarmTab = { context, page, cdp, shifts: await layoutShiftRecord(cdp), problems: [], visited: new Set() };
  page.on('console', (message) => {
    if (message.type() === 'error') tab.problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => tab.problems.push(`page error: ${error.message}`));
  page.on('requestfailed', (request) => {
    // Leaving a page (for the next one, or about:blank) cancels what it was still fetching (the
    // favicon, say): net::ERR_ABORTED is the navigation, not a fault of the page.
    if (request.failure()?.errorText === 'net::ERR_ABORTED') return;
    tab.problems.push(`request failed: ${request.url()} (${request.failure()?.errorText ?? 'unknown'})`);
  });
  page.on('framenavigated', (frame) => {
    const { origin } = new URL(frame.url());
    if (origin.startsWith('http')) tab.visited.add(origin);
  });
  if (setting.javaScript) {
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI || 'inline code'}`);
      });
    });
  }
  return tab;
}

/** Clears what the site stored and what the test set up, so the next test starts as a first visit. */
async function clear(tab: WarmTab): Promise<void> {
  const { page } = tab;
  await page.unrouteAll({ behavior: 'ignoreErrors' });
  for (const origin of tab.visited) {
    await tab.cdp.send('Storage.clearDataForOrigin', { origin, storageTypes: 'all' });
    // Session storage belongs to the tab: Debian's Chromium 150 keeps it through
    // clearDataForOrigin (tab-pool.test.ts found it), so it is cleared on its own.
    await tab.cdp.send('DOMStorage.clear', { storageId: { securityOrigin: origin, isLocalStorage: false } });
  }
  tab.visited.clear();
  await tab.context.clearCookies();
  await tab.context.clearPermissions();
}

export async function takeTab(browser: Browser, setting: TabSetting): Promise<Tab> {
  const free = freeList(browser, setting);
  const tab = free.pop() ?? (await openTab(browser, setting));
  const { page } = tab;
  await page.emulateMedia({ media: null, colorScheme: setting.colorScheme, reducedMotion: setting.reducedMotion });
  await page.setViewportSize(setting.viewport);
  tab.problems = [];
  tab.shifts.clear();
  let released = false;
  return {
    context: tab.context,
    page,
    problems: tab.problems,
    layoutShift: () => tab.shifts.cumulativeLayoutShift(),
    movedParts: () => tab.shifts.movedParts(),
    release: async () => {
      if (released) return;
      released = true;
      try {
        await clear(tab);
        free.push(tab);
      } catch {
        // A tab that cannot be reset (the test closed it, or it crashed) is not reused.
        await tab.context.close().catch(() => {});
      }
    },
  };
}
