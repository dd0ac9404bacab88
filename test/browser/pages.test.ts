/**
 * Every page, read as people read it. Each page is opened four times, each a first visit (in a
 * reused tab reset to one, test/support/tab-pool.ts), and every check that can share a visit does:
 * - light, JavaScript on, at 1280 px: no axe-core violations of WCAG 2.2 A/AA, no console
 *   errors, CSP violations or failed requests; then on a phone (390 px) buttons, fields and menu
 *   links of at least 44 px; then at 320 px (a narrow phone, or 400% zoom) no sideways scrolling;
 * - dark, JavaScript on, on a phone: then at 1280 px, axe and errors in dark mode;
 * - light, JavaScript off, at 1280 px: the same words as with JavaScript on, and citation
 *   numbers of at least 24 × 24 px to tap, at 1280 px and then on a phone;
 * - JavaScript off, on a phone.
 * Each visit first checks that the page does not move as it loads: a layout shift score of 0,
 * measured from before the page loads until it has settled.
 *
 * Pages are checked a few at a time (`describe.concurrent`, each in a tab of its own in one
 * Chromium), so the waits of one page overlap the work of another.
 */
import { describe, it, type ExpectStatic } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser } from '../support/browser-suite.ts';
import { openPage, type OpenedPage, type OpenOptions } from '../support/page.ts';
import { axeViolations } from '../support/axe.ts';
import { builtPages, sitemapUrls } from '../support/built-site.ts';

const pages = sitemapUrls();
const { origin, browser } = useBrowser();

const laptop = { width: 1280, height: 800 };
const phone = { width: 390, height: 844 };
const narrowPhone = { width: 320, height: 640 };

/** Pages whose built HTML has citation numbers. */
const citing = new Set(
  builtPages()
    .filter((page) => pages.includes(page.url) && page.$('main .cite a').length > 0)
    .map((page) => page.url),
);

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

/** Citation numbers smaller than 24 × 24 px (WCAG 2.5.8), as "text (w×h)". */
const smallCitations = (page: Page) =>
  page.locator('main .cite a').evaluateAll((links) =>
    links
      .map((a) => ({ text: a.textContent, rect: a.getBoundingClientRect() }))
      .filter(({ rect }) => rect.width < 24 || rect.height < 24)
      .map(({ text, rect }) => `${text} (${rect.width.toFixed(1)}×${rect.height.toFixed(1)})`),
  );

/** Opens a page as a first visit, recording layout shifts from before it loads. */
function visit(url: string, options: OpenOptions) {
  return openPage(browser(), origin + url, { ...options, recordLayoutShifts: true });
}

/** The page's layout shift score, with what moved in the message if it is not 0. */
async function expectNoShift(expect: ExpectStatic, opened: OpenedPage, options: OpenOptions) {
  const score = await opened.layoutShift();
  const moved = score > 0 ? `: ${(await opened.movedParts()).join('; ')}` : '';
  expect.soft(score, `layout shift, ${label(options)}${moved}`).toBe(0);
}

function label(options: OpenOptions): string {
  return `${options.colorScheme ?? 'light'}, ${options.width} px, JavaScript ${options.javaScript === false ? 'off' : 'on'}`;
}

// A few pages share two cores here: a page's checks may wait for the others'.
describe.concurrent('every page: axe light and dark, errors, no layout shift, reflow at 320 px, 44 px targets, 24 px citations, the same words with JavaScript off', {
  timeout: 180_000,
}, () => {
  it.for(pages)('%s', async (url, { expect }) => {
    // 1. Light, JavaScript on, at 1280 px, then on phones.
    const light = { colorScheme: 'light', ...laptop } as const;
    let withJs: string;
    let opened = await visit(url, light);
    try {
      const { page } = opened;
      expect.soft(await axeViolations(page), `axe, ${label(light)}`).toEqual([]);
      await expectNoShift(expect, opened, light);
      withJs = await mainText(page);
      await page.setViewportSize(phone);
      expect.soft(await smallTargets(page), 'targets under 44 px at 390 px').toEqual([]);
      await page.setViewportSize(narrowPhone);
      expect.soft(await sidewaysScroll(page), 'sideways scrolling at 320 px').toBeLessThanOrEqual(0);
      expect.soft(opened.problems, label(light)).toEqual([]);
    } finally {
      await opened.close();
    }

    // 2. Dark, JavaScript on, on a phone, then at 1280 px.
    const dark = { colorScheme: 'dark', ...phone } as const;
    opened = await visit(url, dark);
    try {
      await expectNoShift(expect, opened, dark);
      await opened.page.setViewportSize(laptop);
      expect.soft(await axeViolations(opened.page), 'axe, dark, 1280 px').toEqual([]);
      expect.soft(opened.problems, 'dark').toEqual([]);
    } finally {
      await opened.close();
    }

    // 3. JavaScript off, at 1280 px, then on a phone.
    const off = { ...laptop, javaScript: false } as const;
    opened = await visit(url, off);
    try {
      await expectNoShift(expect, opened, off);
      const words = await mainText(opened.page);
      expect.soft(words.length, 'words with JavaScript off').toBeGreaterThan(0);
      expect.soft(words, 'the words with JavaScript off are the words with it on').toBe(withJs);
      if (citing.has(url)) {
        expect.soft(await smallCitations(opened.page), 'citation numbers under 24 px at 1280 px').toEqual([]);
        await opened.page.setViewportSize(phone);
        expect.soft(await smallCitations(opened.page), 'citation numbers under 24 px at 390 px').toEqual([]);
      }
    } finally {
      await opened.close();
    }

    // 4. JavaScript off, on a phone.
    const offPhone = { ...phone, javaScript: false } as const;
    opened = await visit(url, offPhone);
    try {
      await expectNoShift(expect, opened, offPhone);
    } finally {
      await opened.close();
    }
  });

  it('the citation checks cover the article pages', ({ expect }) => expect(citing.size).toBeGreaterThan(5));

  it('the axe check finds what it is for: a picture with no text, and grey text on white', async ({ expect }) => {
    const opened = await openPage(browser(), `${origin}/about/`);
    try {
      const { page } = opened;
      await page.route(`${origin}/axe-sample/`, (route) =>
        route.fulfill({
          contentType: 'text/html',
          body: '<!doctype html><html lang="en"><title>Sample</title><main><img src="/favicon.svg"><p style="color:#bbb;background:#fff">Faint</p></main></html>',
        }),
      );
      await page.goto(`${origin}/axe-sample/`);
      const found = (await axeViolations(page)).map((violation) => violation.split(':')[0]);
      expect(found).toEqual(expect.arrayContaining(['image-alt', 'color-contrast']));
    } finally {
      await opened.close();
    }
  });

  it.for(['light', 'dark'] as const)('the 404 page, %s', async (colorScheme, { expect }) => {
    const opened = await openPage(browser(), `${origin}/404.html`, { colorScheme });
    try {
      expect(await axeViolations(opened.page)).toEqual([]);
      expect(opened.problems).toEqual([]);
    } finally {
      await opened.close();
    }
  });
});
