/**
 * What a person does with the pipeline explorer in Chromium: reads the whole list with
 * JavaScript off, narrows it with the filters (and shares that view by its address), finds
 * nothing and is told so, moves through the treatments with the keyboard, opens a summary card
 * and follows it to the treatment's page.
 */
import { isKnownFailing } from '../support/known-failing.ts';
import { describe, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser } from '../support/browser-suite.ts';
import { openPage } from '../support/page.ts';
import { axeViolations } from '../support/axe.ts';
import { builtPages } from '../support/built-site.ts';
import { openChartControls } from '../support/chart-controls.ts';

const { origin, browser } = useBrowser();
const built = builtPages().find((p) => p.url === '/pipeline/')!;
/** Every therapy and its status, as the page's table (complete without JavaScript) lists them. */
const listed = built
  .$('.pipeline-table tbody tr:not(.stage-row)')
  .map((_i, tr) => ({
    name: built.$(tr).find('th a').text(),
    status: built.$(tr).find('td').eq(2).contents().first().text().trim(),
  }))
  .get();

/** Rows of whichever drawing is shown: the wide one at 1280 px with JavaScript, the phone one without. */
const rows = (page: Page) => page.locator('#chart-pipeline svg.chart-svg [data-stack-item="row"]');
const visibleRows = (page: Page) =>
  rows(page).evaluateAll((els) => els.filter((el) => el.getClientRects().length > 0).map((el) => el.querySelector('[data-mark]')!.getAttribute('aria-label')!));
const countLine = (page: Page) => page.locator('#chart-pipeline [data-stack-count]').textContent();
const toggle = (page: Page, control: string, value: string) => page.locator(`#chart-pipeline button[data-control="${control}"][data-value="${value}"]`);

describe.concurrent('the pipeline explorer', () => {
  it('shows every treatment, in the chart and in the table, with JavaScript off', async ({ expect }) => {
    const opened = await openPage(browser(), `${origin}/pipeline/`, { width: 1280, javaScript: false });
    try {
      expect((await visibleRows(opened.page)).length).toBe(listed.length);
      expect(await opened.page.locator('.pipeline-table tbody tr:not(.stage-row)').count()).toBe(listed.length);
      expect(await countLine(opened.page)).toBe(`Showing all ${listed.length} treatments.`);
      expect(await opened.page.locator('#chart-pipeline button').evaluateAll((els) => els.filter((el) => el.getClientRects().length > 0).length)).toBe(0);
    } finally {
      await opened.close();
    }
  });

  it('narrows to one status, closes the gaps, says how many, and keeps the view in the address', async ({ expect }) => {
    const opened = await openPage(browser(), `${origin}/pipeline/`, { width: 1280 });
    try {
      const { page } = opened;
      const svg = page.locator('#chart-pipeline svg[data-size="wide"]');
      const fullHeight = Number(await svg.getAttribute('height'));
      await openChartControls(page, 'pipeline');
      await toggle(page, 'status', 'did-not-work').click();
      const expected = listed.filter((t) => t.status === 'Did not work').length;
      expect(expected).toBeGreaterThan(0);
      const shown = await visibleRows(page);
      expect(shown).toHaveLength(expected);
      for (const label of shown) expect(label).toMatch(/Did not work/);
      expect(await countLine(page)).toBe(`Showing ${expected} of ${listed.length} treatments.`);
      expect(await toggle(page, 'status', 'did-not-work').getAttribute('aria-pressed')).toBe('true');
      expect(new URL(page.url()).searchParams.get('pipeline.status')).toBe('did-not-work');
      // The rows close up: each starts where the one above (or its group heading) ends.
      expect(Number(await svg.getAttribute('height'))).toBeLessThan(fullHeight);
      const boxes = await rows(page).evaluateAll((els) =>
        els
          .filter((el) => el.getClientRects().length > 0)
          .map((el) => el.getBoundingClientRect())
          .map((r) => [r.top, r.bottom]),
      );
      for (let i = 1; i < boxes.length; i++) expect(boxes[i]![0]! - boxes[i - 1]![1]!).toBeLessThan(80);
      // A group heading shows only while one of its treatments does.
      const headings = await page
        .locator('#chart-pipeline svg[data-size="wide"] [data-stack-item="heading"]')
        .evaluateAll((els) => els.map((el) => ({ shown: el.getClientRects().length > 0, group: el.getAttribute('data-group') })));
      const groupsShown = await rows(page).evaluateAll((els) => [
        ...new Set(els.filter((el) => el.getClientRects().length > 0).map((el) => el.getAttribute('data-group'))),
      ]);
      expect(
        headings
          .filter((h) => h.shown)
          .map((h) => h.group)
          .sort(),
      ).toEqual(groupsShown.sort());

      // The address opens the same view for someone else.
      const shared = await openPage(browser(), page.url(), { width: 1280 });
      try {
        expect(await visibleRows(shared.page)).toEqual(shown);
        expect(await toggle(shared.page, 'status', 'did-not-work').getAttribute('aria-pressed')).toBe('true');
      } finally {
        await shared.close();
      }
    } finally {
      await opened.close();
    }
  });

  it('combines filters, and says so when nothing matches', async ({ expect }) => {
    const opened = await openPage(browser(), `${origin}/pipeline/?pipeline.purpose=rehabilitation`, { width: 390 });
    try {
      const { page } = opened;
      const narrowRows = page.locator('#chart-pipeline svg[data-size="narrow"] [data-stack-item="row"]');
      const rehab = await narrowRows.evaluateAll((els) => els.filter((el) => el.getClientRects().length > 0).length);
      expect(rehab).toBeGreaterThan(0);
      expect(rehab).toBeLessThan(listed.length);
      await openChartControls(page, 'pipeline');
      await toggle(page, 'mechanism', 'immune').click();
      expect(await narrowRows.evaluateAll((els) => els.filter((el) => el.getClientRects().length > 0).length)).toBe(0);
      await expect
        .poll(() => page.locator('#chart-pipeline svg[data-size="narrow"] [data-stack-item="empty"]').evaluate((el) => el.getClientRects().length > 0))
        .toBe(true);
      expect(await countLine(page)).toBe(`Showing 0 of ${listed.length} treatments.`);
      await toggle(page, 'purpose', 'all').click();
      expect(await narrowRows.evaluateAll((els) => els.filter((el) => el.getClientRects().length > 0).length)).toBeGreaterThan(0);
    } finally {
      await opened.close();
    }
  });

  it('on a phone: filters behind one "Filter treatments" disclosure that says what is on, and the first row on the first screen', async ({ expect }) => {
    const opened = await openPage(browser(), `${origin}/pipeline/?pipeline.population=ppms&pipeline.status=in-trial`, { width: 390, height: 844 });
    try {
      const { page } = opened;
      const disclosure = page.locator('#chart-pipeline details.chart-controls');
      expect(await disclosure.evaluate((el) => (el as HTMLDetailsElement).open)).toBe(false);
      const narrowRows = page.locator('#chart-pipeline svg[data-size="narrow"] [data-stack-item="row"]');
      const shown = await narrowRows.evaluateAll((els) => els.filter((el) => el.getClientRects().length > 0).length);
      expect(shown).toBeGreaterThan(0);
      const summary = (await disclosure.locator('summary').innerText()).replace(/\s+/g, ' ').trim();
      expect(summary).toBe(`Filter treatments Primary progressive · In a trial — ${shown} of ${listed.length}`);
      // The table under the chart shows the same treatments.
      const tableRows = page.locator('.pipeline-table tbody tr:not(.stage-row)');
      expect(await tableRows.evaluateAll((els) => els.filter((el) => el.getClientRects().length > 0).length)).toBe(shown);
      expect(await page.locator('[data-count-for="pipeline"]').innerText()).toBe(`Showing ${shown} of ${listed.length} treatments.`);
      // Filters change both, and the address keeps them.
      await openChartControls(page, 'pipeline');
      await toggle(page, 'status', 'all').click();
      const more = await narrowRows.evaluateAll((els) => els.filter((el) => el.getClientRects().length > 0).length);
      expect(more).toBeGreaterThan(shown);
      expect(await tableRows.evaluateAll((els) => els.filter((el) => el.getClientRects().length > 0).length)).toBe(more);
      expect(new URL(page.url()).searchParams.get('pipeline.status')).toBeNull();
      expect(new URL(page.url()).searchParams.get('pipeline.population')).toBe('ppms');
      expect((await disclosure.locator('summary').innerText()).replace(/\s+/g, ' ')).toContain(`Primary progressive — ${more} of ${listed.length}`);
      // An empty stage group of the table hides with its rows.
      for (const group of await page.locator('.pipeline-table tbody').all()) {
        const visibleRows = await group.locator('tr:not(.stage-row)').evaluateAll((els) => els.filter((el) => el.getClientRects().length > 0).length);
        expect(await group.isVisible()).toBe(visibleRows > 0);
      }
    } finally {
      await opened.close();
    }
    // The first row on the first screen, at Standard text, with no filters: measured from under the
    // site header, which at phone widths is at most 64 px tall (issue 14, item 1).
    const fresh = await openPage(browser(), `${origin}/pipeline/`, { width: 390, height: 844 });
    try {
      const place = await fresh.page.evaluate(() => {
        const row = [...document.querySelectorAll('#chart-pipeline svg[data-size="narrow"] [data-stack-item="row"]')].find(
          (r) => r.getClientRects().length > 0,
        )!;
        return { bottom: row.getBoundingClientRect().bottom, header: document.querySelector('header')!.getBoundingClientRect().bottom };
      });
      expect(place.bottom - Math.max(place.header - 64, 0)).toBeLessThanOrEqual(844);
    } finally {
      await fresh.close();
    }
  });

  it('moves through the treatments with the keyboard and opens one from its summary card', async ({ expect }) => {
    const opened = await openPage(browser(), `${origin}/pipeline/`, { width: 1280 });
    try {
      const { page } = opened;
      await openChartControls(page, 'pipeline');
      await page.locator('#chart-pipeline button[data-control="status"]').last().focus();
      await page.keyboard.press('Tab');
      const first = await page.evaluate(() => document.activeElement?.getAttribute('data-mark'));
      expect(first).toBeTruthy();
      await page.keyboard.press('ArrowDown');
      const second = await page.evaluate(() => document.activeElement?.getAttribute('data-mark'));
      expect(second).not.toBe(first);
      const card = page.locator('#chart-pipeline [data-details]');
      const name = await page.evaluate(() =>
        document.activeElement
          ?.getAttribute('aria-label')
          ?.split(':')[0]
          ?.replace(/ \(.*$/, ''),
      );
      await expect.poll(() => card.textContent()).toContain(name!);
      await page.keyboard.press('Tab');
      const link = await page.evaluate(() => document.activeElement?.getAttribute('href'));
      expect(link).toBe(`/pipeline/${second}/`);
      await Promise.all([page.waitForURL(`**/pipeline/${second}/`), page.keyboard.press('Enter')]);
      expect(await page.locator('h1').textContent()).toContain(name!);
    } finally {
      await opened.close();
    }
  });

  it('opens a treatment’s page with Enter on its row, and when its row is tapped: a row is a link', async ({ expect }) => {
    const opened = await openPage(browser(), `${origin}/pipeline/`, { width: 390 });
    try {
      const { page } = opened;
      const marks = page.locator('#chart-pipeline svg[data-size="narrow"] [data-mark]');
      expect(await marks.first().evaluate((el) => el.localName)).toBe('a');
      const id = await marks.nth(3).getAttribute('data-mark');
      await marks.nth(3).focus();
      await Promise.all([page.waitForURL(`**/pipeline/${id}/`), page.keyboard.press('Enter')]);
      await page.goBack();
      const other = await marks.nth(5).getAttribute('data-mark');
      await Promise.all([page.waitForURL(`**/pipeline/${other}/`), marks.nth(5).click()]);
    } finally {
      await opened.close();
    }
  });

  // The summary card is a sheet at the bottom of the screen: it must never cover the row it describes.
  for (const [width, height, textSize] of [
    [390, 844, 'larger'],
    [320, 256, 'default'],
    [320, 256, 'larger'],
    [1280, 400, 'larger'],
  ] as const) {
    it.skipIf(isKnownFailing('pipeline:sheet'))(
      `keeps the focused row fully in view above the summary card at ${width}×${height}, ${textSize} text`,
      async ({ expect }) => {
        const opened = await openPage(browser(), `${origin}/pipeline/`, { width, height });
        try {
          const { page } = opened;
          if (textSize !== 'default') {
            await page.evaluate((size) => localStorage.setItem('cpms:text-size', size), textSize);
            await page.reload();
          }
          // The drawing on screen: narrow, compact (larger text on a phone) or wide.
          await page.locator('#chart-pipeline [data-mark][tabindex="0"]').evaluateAll((marks) => marks.find((m) => m.getClientRects().length > 0)!.focus());
          const sheet = page.locator('#chart-pipeline [data-details-sheet]');
          for (let step = 0; step < 8; step++) {
            if (step > 0) await page.keyboard.press('ArrowDown');
            const measure = () =>
              page.evaluate(() => {
                const mark = document.activeElement!.getBoundingClientRect();
                const card = document.querySelector('#chart-pipeline [data-details-sheet]')!.getBoundingClientRect();
                return { top: mark.top, bottom: mark.bottom, cardTop: card.top, cardHeight: card.height, screen: innerHeight };
              });
            // The page may still be scrolling (smoothly) to the row: wait until it is clear of the card, or time out.
            await expect
              .poll(
                async () => {
                  const m = await measure();
                  return m.top >= 0 && m.bottom <= Math.min(m.cardTop, m.screen);
                },
                { timeout: 3000 },
              )
              .toBe(true)
              .catch(() => {});
            const seen = await measure();
            expect(seen.top, `row ${step} top`).toBeGreaterThanOrEqual(0);
            expect(seen.bottom, `row ${step} bottom against the card`).toBeLessThanOrEqual(Math.min(seen.cardTop, seen.screen));
            expect(seen.cardHeight, 'the card is at most a third of the screen').toBeLessThanOrEqual(seen.screen / 3 + 1);
          }
          expect(await sheet.isVisible()).toBe(true);
          // Escape closes it, and focus stays on the row; the Close button does the same.
          await page.keyboard.press('Escape');
          expect(await sheet.isVisible()).toBe(false);
          expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-mark'))).toBe(true);
          await page.keyboard.press('ArrowDown');
          expect(await sheet.isVisible()).toBe(true);
          await sheet.getByRole('button', { name: 'Close' }).click();
          expect(await sheet.isVisible()).toBe(false);
        } finally {
          await opened.close();
        }
      },
    );
  }

  it('has no axe violations with a filter on and a card open, light and dark', async ({ expect }) => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const opened = await openPage(browser(), `${origin}/pipeline/?pipeline.population=ppms`, { width: 1280, colorScheme });
      try {
        await opened.page.locator('#chart-pipeline svg[data-size="wide"] [data-mark]').first().focus();
        expect(await axeViolations(opened.page), colorScheme).toEqual([]);
      } finally {
        await opened.close();
      }
    }
  });
});
