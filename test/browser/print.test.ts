/** Printing a page gives a clean handout: the article and its sources, without menus or controls. */
import { describe, expect, it } from 'vitest';
import { useBrowser } from '../support/browser-suite.ts';
import { openPage } from '../support/page.ts';

const { origin, browser } = useBrowser();

describe('print', () => {
  it('hides navigation and controls, keeps the content, sources and review date', async () => {
    const { page, close } = await openPage(browser(), `${origin}/symptoms/fatigue/`);
    try {
      await page.emulateMedia({ media: 'print' });
      for (const selector of ['.site-header', '.breadcrumbs', '.prev-next', '.skip-link']) {
        expect(await page.locator(selector).count(), selector).toBeGreaterThan(0);
        expect(await page.locator(selector).first().isVisible(), selector).toBe(false);
      }
      for (const selector of ['main h1', '.in-short', '.sources', '.review-note']) {
        expect(await page.locator(selector).first().isVisible(), selector).toBe(true);
      }
      const pdf = await page.pdf({ format: 'A4' });
      expect(pdf.byteLength).toBeGreaterThan(1000);
    } finally {
      await close();
    }
  });
});
