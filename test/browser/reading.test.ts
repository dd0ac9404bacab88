/**
 * Reading the site as people do: on a narrow phone or at 400% zoom (320 CSS px) without
 * sideways scrolling, and with JavaScript off without losing any words.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser } from '../support/browser-suite.ts';
import { openPage } from '../support/page.ts';
import { sitemapUrls } from '../support/built-site.ts';

const urls = sitemapUrls();
const { origin, browser } = useBrowser();

/**
 * The words in the main content. Parts marked data-js-only (chart buttons, the "use the arrow
 * keys" hint, the search field) exist only to work the script, and parts marked data-no-js
 * (the search page's "Search needs JavaScript") only to stand in for it; both are left out so
 * the two readings compare words.
 */
const mainText = (page: Page) =>
  page.evaluate(() => {
    const parts = [...document.querySelectorAll<HTMLElement>('main [data-js-only], main [data-no-js]')];
    const before = parts.map((part) => part.hidden);
    parts.forEach((part) => (part.hidden = true));
    const text = document.querySelector('main')!.innerText;
    parts.forEach((part, i) => (part.hidden = before[i]!));
    return text;
  });

describe('at 320 px wide (a small phone, or 400% zoom)', () => {
  it.each(urls)('%s has no horizontal scrolling', async (url) => {
    const opened = await openPage(browser(), origin + url, { width: 320, height: 640 });
    try {
      const overflow = await opened.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
    } finally {
      await opened.close();
    }
  });
});

describe('with JavaScript off', () => {
  it.each(urls)('%s shows every word it shows with JavaScript on', async (url) => {
    const withJs = await openPage(browser(), origin + url);
    const withoutJs = await openPage(browser(), origin + url, { javaScript: false });
    try {
      const on = await mainText(withJs.page);
      const off = await mainText(withoutJs.page);
      expect(off.length).toBeGreaterThan(0);
      expect(off).toBe(on);
    } finally {
      await withJs.close();
      await withoutJs.close();
    }
  });
});
