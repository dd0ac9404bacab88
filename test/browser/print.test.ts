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

  it('prints each chart in its wide drawing, within the page, without buttons', async () => {
    const { page, close } = await openPage(browser(), `${origin}/symptoms/`, { width: 390 });
    try {
      await page.emulateMedia({ media: 'print' });
      // A4 portrait is 794 CSS px wide; Chromium's default margins leave about 700 px of it.
      await page.setViewportSize({ width: 700, height: 1000 });
      const chart = page.locator('chart-frame').first();
      expect(await chart.locator('svg[data-size="wide"]').isVisible()).toBe(true);
      expect(await chart.locator('svg[data-size="narrow"]').isVisible()).toBe(false);
      const box = await chart.locator('svg[data-size="wide"]').boundingBox();
      expect(box!.width).toBeLessThanOrEqual(700);
      expect(box!.height).toBeLessThan(1000);
      expect(await chart.locator('.chart-actions').isVisible()).toBe(false);
      expect(await chart.locator('.chart-controls').isVisible()).toBe(false);
      expect(await chart.locator('.chart-source').isVisible()).toBe(true);
    } finally {
      await close();
    }
  });
});
