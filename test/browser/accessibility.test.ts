/**
 * Every page in the sitemap, in light and in dark mode: no axe-core violations of WCAG 2.2
 * A/AA, no console errors, no CSP violations and no failed requests.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../support/chromium.ts';
import { openPage } from '../support/page.ts';
import { axeViolations } from '../support/axe.ts';
import { sitemapUrls } from '../support/built-site.ts';

const origin = inject('siteOrigin');
const urls = [...sitemapUrls(), '/404.html'];
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => browser?.close());

describe.each(['light', 'dark'] as const)('%s mode', (colorScheme) => {
  it.each(urls)('%s', async (url) => {
    const opened = await openPage(browser, origin + url, { colorScheme });
    try {
      expect(await axeViolations(opened.page)).toEqual([]);
      expect(opened.problems).toEqual([]);
    } finally {
      await opened.close();
    }
  });
});
