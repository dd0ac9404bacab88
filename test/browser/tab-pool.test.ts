/**
 * The browser tests reuse tabs (test/support/tab-pool.ts). These tests hold the pool to what
 * the other tests rely on: a reused tab still sees a page move, and keeps nothing of the last
 * test's visit. Tests here run one after another, so a closed tab is the next one taken.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { useBrowser } from '../support/browser-suite.ts';
import { openPage } from '../support/page.ts';
import { distDir } from '../support/paths.ts';

const { origin, browser } = useBrowser();

/** A page whose picture arrives late, with no size set: the text under it moves down. */
async function serveMovingPage(page: Page) {
  const png = readFileSync(join(distDir, 'charts', 'funding-2017.png'));
  await page.route(`${origin}/moving-page/`, (route) =>
    route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>Moves</title><p>Above</p><img src="late.png" alt=""><p>Below</p>' }),
  );
  await page.route(`${origin}/moving-page/late.png`, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 200));
    await route.fulfill({ contentType: 'image/png', body: png });
  });
}

describe('a reused tab', () => {
  it.for([true, false])('still records a page that moves, JavaScript %s', async (javaScript) => {
    let first: Page | undefined;
    for (let use = 1; use <= 2; use++) {
      const opened = await openPage(browser(), `${origin}/about/`, { javaScript, recordLayoutShifts: true });
      try {
        if (use === 1) first = opened.page;
        else expect(opened.page, 'the second use is the same tab').toBe(first);
        await serveMovingPage(opened.page);
        await opened.page.goto(`${origin}/moving-page/`, { waitUntil: 'networkidle' });
        expect(await opened.layoutShift(), `use ${use}`).toBeGreaterThan(0);
        // A failure says what moved: the text the late picture pushed down.
        expect((await opened.movedParts()).join('; '), `use ${use}`).toMatch(/^P from \d+,\d+ \d+×\d+ to \d+,\d+ \d+×\d+/);
      } finally {
        await opened.close();
      }
    }
  });

  it('keeps nothing of the last visit: storage, routes, print emulation, problems, layout shifts', async () => {
    const firstUse = await openPage(browser(), `${origin}/about/`, { recordLayoutShifts: true });
    const { page } = firstUse;
    await page.evaluate(() => {
      localStorage.setItem('cpms:text-size', 'larger');
      sessionStorage.setItem('left', 'behind');
      console.error('a problem of the first use');
    });
    await page.emulateMedia({ media: 'print' });
    await serveMovingPage(page);
    await page.goto(`${origin}/moving-page/`, { waitUntil: 'networkidle' });
    expect(await firstUse.layoutShift()).toBeGreaterThan(0);
    await firstUse.close();

    const second = await openPage(browser(), `${origin}/about/`, { recordLayoutShifts: true, colorScheme: 'dark', width: 390 });
    try {
      expect(second.page).toBe(page);
      const state = await second.page.evaluate(() => ({
        textSize: localStorage.getItem('cpms:text-size'),
        session: sessionStorage.getItem('left'),
        print: matchMedia('print').matches,
        dark: matchMedia('(prefers-color-scheme: dark)').matches,
        width: innerWidth,
      }));
      expect(state).toEqual({ textSize: null, session: null, print: false, dark: true, width: 390 });
      expect(second.problems).toEqual([]);
      expect(await second.layoutShift()).toBe(0);
      const moving = await second.page.goto(`${origin}/moving-page/`);
      expect(moving?.status(), 'the last test’s routes are gone').toBe(404);
    } finally {
      await second.close();
    }
  });

  it('loads every file afresh, as a first visit does', async () => {
    for (let use = 1; use <= 2; use++) {
      const opened = await openPage(browser(), `${origin}/about/`);
      try {
        const fromCache = await opened.page.evaluate(() =>
          performance
            .getEntriesByType('resource')
            .filter((entry) => (entry as PerformanceResourceTiming).transferSize === 0)
            .map((entry) => entry.name),
        );
        expect(fromCache, `use ${use}`).toEqual([]);
      } finally {
        await opened.close();
      }
    }
  });
});
