/**
 * What a reader does on /trials/ in Chromium: reads every trial with JavaScript off, narrows the
 * list by country and type of MS with the keyboard alone, is told how many are shown, shares the
 * view by its address, and meets no accessibility problem in light or dark.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser } from '../support/browser-suite.ts';
import { openPage } from '../support/page.ts';
import { axeViolations } from '../support/axe.ts';
import { builtPages } from '../support/built-site.ts';

const { origin, browser } = useBrowser();
const built = builtPages().find((p) => p.url === '/trials/')!;
const cards = built
  .$('[data-trial-list] > li')
  .map((_i, li) => ({
    countries: (built.$(li).attr('data-countries') ?? '').split(' ').filter(Boolean),
    types: (built.$(li).attr('data-types') ?? '').split(' '),
  }))
  .get();
const total = cards.length;
// The country with the most trials, and a type of MS, from the page itself.
const country = built.$('#finder-country option').eq(1).attr('value')!;
const inCountry = cards.filter((c) => c.countries.includes(country)).length;
const both = cards.filter((c) => c.countries.includes(country) && c.types.includes('ppms')).length;
const shown = (page: Page) => page.locator('[data-trial-list] > li').evaluateAll((els) => els.filter((el) => el.getClientRects().length > 0).length);

describe('the trial finder', () => {
  it('lists every trial, with no filters to trip over, when JavaScript is off', async () => {
    const opened = await openPage(browser(), `${origin}/trials/`, { width: 390, height: 844, javaScript: false });
    try {
      expect(total).toBeGreaterThan(0);
      expect(await shown(opened.page)).toBe(total);
      expect(await opened.page.locator('[data-trial-filters]').isVisible()).toBe(false);
      expect(await opened.page.locator('section[aria-labelledby="by-country"] a').count()).toBeGreaterThan(0);
    } finally {
      await opened.close();
    }
  });

  it('narrows by country and type of MS from the keyboard, says how many, and keeps the view in the address', async () => {
    const opened = await openPage(browser(), `${origin}/trials/`, { width: 390, height: 844 });
    try {
      const { page } = opened;
      await page.locator('#finder-country').focus();
      await page.keyboard.press('ArrowDown'); // the first country: the one with most trials
      await expect.poll(() => shown(page)).toBe(inCountry);
      expect(await page.locator('[data-trial-count]').textContent()).toBe(
        inCountry === total ? `Showing all ${total} trials.` : `Showing ${inCountry} of ${total} trials.`,
      );
      expect(new URL(page.url()).searchParams.get('country')).toBe(country);
      await page.keyboard.press('Tab');
      await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('finder-type');
      await page.locator('#finder-type').selectOption('ppms');
      await expect.poll(() => shown(page)).toBe(both);
      expect(await page.locator('[data-trial-empty]').isVisible()).toBe(both === 0);
      const address = page.url();
      const again = await openPage(browser(), address, { width: 1280 });
      try {
        expect(await shown(again.page)).toBe(both);
        expect(await again.page.locator('#finder-country').inputValue()).toBe(country);
        expect(await again.page.locator('#finder-type').inputValue()).toBe('ppms');
      } finally {
        await again.close();
      }
      expect(opened.problems).toEqual([]);
    } finally {
      await opened.close();
    }
  });

  it.each(['light', 'dark'] as const)('has no accessibility problems with a filter on, in %s mode', async (colorScheme) => {
    const opened = await openPage(browser(), `${origin}/trials/?country=${country}`, { width: 1280, colorScheme });
    try {
      await expect.poll(() => shown(opened.page)).toBe(inCountry);
      expect(await axeViolations(opened.page)).toEqual([]);
    } finally {
      await opened.close();
    }
  });
});
