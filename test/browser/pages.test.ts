/**
 * Every page, read as people read it, in one visit per page and colour scheme (plus one with
 * JavaScript off): no axe-core violations of WCAG 2.2 A/AA, no console errors, CSP violations or
 * failed requests, in light and in dark mode; no sideways scrolling on a narrow phone or at 400%
 * zoom (320 CSS px); buttons, fields and menu links of at least 44 px on a phone; and with
 * JavaScript off, the same words as with it on.
 *
 * Pages are checked a few at a time (`describe.concurrent`, each in its own browser context of
 * one Chromium), so the waits of one page overlap the work of another.
 */
import { describe, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser } from '../support/browser-suite.ts';
import { openPage } from '../support/page.ts';
import { axeViolations } from '../support/axe.ts';
import { sitemapUrls } from '../support/built-site.ts';

const pages = sitemapUrls();
const { origin, browser } = useBrowser();

/**
 * The words in the main content. Parts marked data-js-only (chart buttons, the "use the arrow
 * keys" hint, the search field) exist only to work the script, and parts marked data-no-js
 * (the search page's "Search needs JavaScript") only to stand in for it; both are left out so
 * the two readings compare words. So are the chart drawings: a wide screen shows the wide
 * drawing with JavaScript and the phone drawing without it (src/lib/chart-drawing.ts), whose
 * labels wrap differently; each chart's table holds its words in both readings.
 */
const mainText = (page: Page) =>
  page.evaluate(() => {
    // Through the style object (SVG elements have no `hidden`), and put back as it was.
    const parts = [...document.querySelectorAll<HTMLElement | SVGElement>('main [data-js-only], main [data-no-js], main svg.chart-svg')];
    const before = parts.map((part) => part.style.display);
    for (const part of parts) part.style.display = 'none';
    const text = document.querySelector('main')!.innerText;
    parts.forEach((part, i) => {
      part.style.display = before[i]!;
    });
    return text;
  });

/** How far the page scrolls sideways, in CSS px (0 or less: it does not). */
const sidewaysScroll = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

/** Buttons, fields and menu links smaller than 44 × 44 px, as "TAG text (w×h)". */
const smallTargets = (page: Page) =>
  page.evaluate(() => {
    // Links inside sentences are exempt (WCAG 2.5.8 inline exception); everything else is not.
    const selector = 'button:not(.term-button), input, select, nav a, .prev-next a, .skip-link';
    return [...document.querySelectorAll<HTMLElement>(selector)]
      .filter((el) => el.getClientRects().length > 0 && !el.closest('[popover]:not(:popover-open)'))
      .map((el) => ({ el: `${el.tagName} ${el.textContent?.trim().slice(0, 30)}`, rect: el.getBoundingClientRect() }))
      .filter(({ rect }) => rect.height < 44 || rect.width < 44)
      .filter(({ el }) => !el.startsWith('A Skip'))
      .map(({ el, rect }) => `${el} (${Math.round(rect.width)}×${Math.round(rect.height)})`);
  });

// A few pages share two cores here: a page's checks may wait for the others'.
describe.concurrent('in light mode: axe, errors, 320 px reflow, 44 px targets and the same words with JavaScript off', { timeout: 120_000 }, () => {
  it.for(pages)('%s', async (url, { expect }) => {
    const opened = await openPage(browser(), origin + url, { colorScheme: 'light', width: 1280, height: 900 });
    let withJs: string;
    try {
      const { page } = opened;
      expect(await axeViolations(page), 'axe at 1280 px').toEqual([]);
      withJs = await mainText(page);
      await page.setViewportSize({ width: 390, height: 844 });
      expect(await smallTargets(page), 'targets under 44 px at 390 px').toEqual([]);
      await page.setViewportSize({ width: 320, height: 640 });
      expect(await sidewaysScroll(page), 'sideways scrolling at 320 px').toBeLessThanOrEqual(0);
      expect(opened.problems).toEqual([]);
    } finally {
      await opened.close();
    }
    const withoutJs = await openPage(browser(), origin + url, { colorScheme: 'light', width: 1280, height: 900, javaScript: false });
    try {
      const off = await mainText(withoutJs.page);
      expect(off.length, 'words with JavaScript off').toBeGreaterThan(0);
      expect(off, 'the words with JavaScript off are the words with it on').toBe(withJs);
    } finally {
      await withoutJs.close();
    }
  });

  it('the 404 page', async ({ expect }) => {
    const opened = await openPage(browser(), `${origin}/404.html`, { colorScheme: 'light' });
    try {
      expect(await axeViolations(opened.page)).toEqual([]);
      expect(opened.problems).toEqual([]);
    } finally {
      await opened.close();
    }
  });
});

describe.concurrent('in dark mode: axe and errors', { timeout: 120_000 }, () => {
  it.for([...pages, '/404.html'])('%s', async (url, { expect }) => {
    const opened = await openPage(browser(), origin + url, { colorScheme: 'dark', width: 1280, height: 900 });
    try {
      expect(await axeViolations(opened.page)).toEqual([]);
      expect(opened.problems).toEqual([]);
    } finally {
      await opened.close();
    }
  });
});
