/**
 * Every page in the sitemap, in light and in dark mode: no axe-core violations of WCAG 2.2
 * A/AA, no console errors, no CSP violations and no failed requests.
 */
import { describe, expect, it } from 'vitest';
import { useBrowser } from '../support/browser-suite.ts';
import { openPage } from '../support/page.ts';
import { axeViolations } from '../support/axe.ts';
import { sitemapUrls } from '../support/built-site.ts';

const urls = [...sitemapUrls(), '/404.html'];
const { origin, browser } = useBrowser();

describe.each(['light', 'dark'] as const)('%s mode', (colorScheme) => {
  it.each(urls)('%s', async (url) => {
    const opened = await openPage(browser(), origin + url, { colorScheme });
    try {
      expect(await axeViolations(opened.page)).toEqual([]);
      expect(opened.problems).toEqual([]);
    } finally {
      await opened.close();
    }
  });
});
