/**
 * Reading comfort around the article: a header that leaves the first screen to the page on a
 * phone, at Larger text and at 200% zoom, and works with JavaScript off; a page that does not
 * move as it loads with a remembered text size; on a desktop, the "On this page" list and
 * glossary definitions that never cover the line being read. (Every page's layout shift and
 * citation sizes are checked in pages.test.ts.)
 */
import { describe, expect, it } from 'vitest';
import { useBrowser } from '../support/browser-suite.ts';
import { openPage } from '../support/page.ts';
import { sitemapUrls } from '../support/built-site.ts';
import { firstScreen, recordLayoutShifts, rememberTextSize } from '../support/reading-measures.ts';
import type { TextSize } from '../../src/lib/text-size.ts';

const urls = sitemapUrls();
const { origin, browser } = useBrowser();

/** One page of each kind: the header is the same component on all of them. */
const templates = ['/', '/symptoms/fatigue/', '/pipeline/', '/pipeline/ocrelizumab/', '/glossary/', '/search/', '/sources/'].filter((url) =>
  urls.includes(url),
);

/** The header's height and the screen's, for a page opened at this size, text size and zoom. */
async function headerShare(url: string, viewport: { width: number; height: number }, size: TextSize) {
  const { page, close } = await openPage(browser(), origin + url, viewport);
  try {
    await rememberTextSize(page, size);
    await page.reload({ waitUntil: 'load' });
    const screen = await firstScreen(page);
    return { header: screen.header, share: screen.header / screen.viewportHeight };
  } finally {
    await close();
  }
}

describe('the header on a phone (390 × 844)', () => {
  it.each(templates)('%s: one bar at most 64 px tall at Standard text', async (url) => {
    expect((await headerShare(url, { width: 390, height: 844 }, 'default')).header).toBeLessThanOrEqual(64);
  });
  it.each(templates)('%s: at most a quarter of the screen at Larger text', async (url) => {
    expect((await headerShare(url, { width: 390, height: 844 }, 'larger')).share).toBeLessThanOrEqual(0.25);
  });
  it('keeps the site name clear of the buttons, whole words only, at every text size and phone width', async () => {
    for (const width of [320, 360, 390, 430]) {
      for (const size of ['default', 'large', 'larger'] as const) {
        const { page, close } = await openPage(browser(), `${origin}/about/`, { width, height: 844 });
        try {
          await rememberTextSize(page, size);
          await page.goto(`${origin}/about/`, { waitUntil: 'load' });
          const fit = await page.evaluate(() => {
            const name = document.querySelector('.site-header .brand span')!;
            const buttons = [...document.querySelectorAll('.site-header summary')].filter((b) => b.getClientRects().length > 0);
            const right = name.getBoundingClientRect().right;
            return { overflows: name.scrollWidth > name.clientWidth + 1, gap: Math.min(...buttons.map((b) => b.getBoundingClientRect().left)) - right };
          });
          expect(fit.overflows, `${width} px, ${size}: a word of the name is wider than its space`).toBe(false);
          expect(fit.gap, `${width} px, ${size}: the name runs under a button`).toBeGreaterThanOrEqual(0);
        } finally {
          await close();
        }
      }
    }
  });
  // 200% zoom halves the CSS pixels: a 1280 × 800 laptop window shows 640 × 400, a phone 195 × 422.
  it.each(templates)('%s: at most a quarter of the screen at 200% zoom, on a laptop and on a phone', async (url) => {
    expect((await headerShare(url, { width: 640, height: 400 }, 'default')).share).toBeLessThanOrEqual(0.25);
    expect((await headerShare(url, { width: 195, height: 422 }, 'default')).share).toBeLessThanOrEqual(0.25);
  });
});

describe('the header with JavaScript off', () => {
  it('opens the menu and follows a link in it', async () => {
    const { page, close } = await openPage(browser(), `${origin}/symptoms/fatigue/`, { width: 390, height: 844, javaScript: false });
    try {
      const menu = page.getByRole('navigation', { name: 'Main' });
      expect(await menu.isVisible()).toBe(false);
      await page.locator('.site-header summary', { hasText: 'Menu' }).click();
      await expect.poll(() => menu.isVisible()).toBe(true);
      await menu.getByRole('link', { name: 'Pipeline' }).click();
      await page.waitForURL((url) => url.pathname === '/pipeline/');
    } finally {
      await close();
    }
  });
  it('opens the search field and searches', async () => {
    const { page, close } = await openPage(browser(), `${origin}/about/`, { width: 390, height: 844, javaScript: false });
    try {
      const field = page.locator('#site-search');
      expect(await field.isVisible()).toBe(false);
      await page.locator('.site-header summary', { hasText: 'Search' }).click();
      await field.fill('walking');
      await field.press('Enter');
      await page.waitForURL((url) => url.pathname === '/search/' && url.searchParams.get('q') === 'walking');
    } finally {
      await close();
    }
  });
  it('shows the full header from tablet width, with no menu button', async () => {
    const { page, close } = await openPage(browser(), `${origin}/about/`, { width: 1280, height: 800, javaScript: false });
    try {
      expect(await page.locator('#site-search').isVisible()).toBe(true);
      expect(await page.getByRole('navigation', { name: 'Main' }).isVisible()).toBe(true);
      expect(await page.locator('.site-header summary:visible').count()).toBe(0);
    } finally {
      await close();
    }
  });
});

describe('the header with JavaScript on, on a phone', () => {
  it('puts the cursor in the field when Search opens, and Escape closes the menu back onto its button', async () => {
    const { page, close } = await openPage(browser(), `${origin}/about/`, { width: 390, height: 844 });
    try {
      await page.locator('.site-header summary', { hasText: 'Search' }).click();
      await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('site-search');
      const menuButton = page.locator('.site-header summary', { hasText: 'Menu' });
      await menuButton.click();
      const textSize = page.getByRole('button', { name: 'Larger' });
      await expect.poll(() => textSize.isVisible()).toBe(true);
      // Opening the menu closed search: one part open at a time.
      expect(await page.locator('#site-search').isVisible()).toBe(false);
      await textSize.focus();
      await page.keyboard.press('Escape');
      await expect.poll(() => textSize.isVisible()).toBe(false);
      expect(await menuButton.evaluate((el) => el === document.activeElement)).toBe(true);
    } finally {
      await close();
    }
  });
});

// Every page's layout shift, with and without JavaScript, on a phone and a laptop, is checked
// in pages.test.ts, in the visits that check the rest of the page.
describe('layout shift', () => {
  it('stays 0 with a remembered Larger text size', async () => {
    const context = await browser().newContext({ viewport: { width: 390, height: 844 } });
    try {
      const page = await context.newPage();
      await page.goto(`${origin}/about/`);
      await rememberTextSize(page, 'larger');
      const shifts = await recordLayoutShifts(page);
      await page.goto(`${origin}/symptoms/`, { waitUntil: 'load' });
      await page.waitForTimeout(400);
      expect(shifts.cumulativeLayoutShift()).toBe(0);
    } finally {
      await context.close();
    }
  });
});

describe('on a desktop (1280 px)', () => {
  it('lists the sections "On this page" in the right-hand column and marks the one being read', async () => {
    const { page, close } = await openPage(browser(), `${origin}/symptoms/fatigue/`, { width: 1280, height: 800, reducedMotion: 'reduce' });
    try {
      const list = page.getByRole('navigation', { name: 'On this page' });
      expect(await list.isVisible()).toBe(true);
      const links = list.getByRole('link');
      const headings = await page.locator('main h2[id]').evaluateAll((hs) => hs.map((h) => h.id));
      const targets = await links.evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).hash.slice(1)));
      expect(targets.length).toBeGreaterThanOrEqual(3);
      for (const target of targets) expect(headings).toContain(target);
      // In the column to the right of the article's text.
      const [listBox, textBox] = [await list.boundingBox(), await page.locator('main .prose').first().boundingBox()];
      expect(listBox!.x).toBeGreaterThanOrEqual(textBox!.x + textBox!.width);
      expect(await list.locator('[aria-current]').innerText()).toBe('In short');
      const third = targets[2]!;
      await page.locator(`#${third}`).evaluate((h) => h.scrollIntoView({ block: 'start' }));
      await expect.poll(() => list.locator('[aria-current]').getAttribute('href')).toBe(`#${third}`);
      // It stays in view while the reader scrolls.
      expect(await list.evaluate((el) => el.getBoundingClientRect().top >= 0)).toBe(true);
    } finally {
      await close();
    }
  });
  it('works as a list of links without JavaScript, and is not drawn on a phone', async () => {
    const off = await openPage(browser(), `${origin}/symptoms/fatigue/`, { width: 1280, height: 800, javaScript: false });
    const phone = await openPage(browser(), `${origin}/symptoms/fatigue/`, { width: 390, height: 844 });
    try {
      const list = off.page.getByRole('navigation', { name: 'On this page' });
      await list.getByRole('link').nth(1).click();
      expect(await off.page.evaluate(() => location.hash)).not.toBe('');
      expect(await phone.page.locator('.on-this-page').isVisible()).toBe(false);
    } finally {
      await off.close();
      await phone.close();
    }
  });
  it('opens a glossary definition off the line being read, even at the foot of the screen', async () => {
    const { page, close } = await openPage(browser(), `${origin}/symptoms/fatigue/`, { width: 1280, height: 800, reducedMotion: 'reduce' });
    try {
      const terms = page.locator('main .term-button');
      for (const index of [0, 2]) {
        const term = terms.nth(index);
        // Bring the word to the last line of the screen, where a sheet at the foot would cover it.
        await term.evaluate((el) => scrollBy(0, el.getBoundingClientRect().bottom - (innerHeight - 8)));
        await term.click();
        const boxes = await term.evaluate((el) => {
          const popover = document.getElementById(el.getAttribute('popovertarget')!)!;
          const word = el.getBoundingClientRect();
          const definition = popover.getBoundingClientRect();
          return { word: [word.top, word.bottom], definition: [definition.top, definition.bottom], open: popover.matches(':popover-open') };
        });
        expect(boxes.open).toBe(true);
        const [wordTop, wordBottom] = boxes.word as [number, number];
        const [top, bottom] = boxes.definition as [number, number];
        expect(bottom <= wordTop || top >= wordBottom, `definition ${top}–${bottom} covers the word's line ${wordTop}–${wordBottom}`).toBe(true);
        expect(top).toBeGreaterThanOrEqual(0);
        expect(bottom).toBeLessThanOrEqual(800);
        await page.keyboard.press('Escape');
      }
    } finally {
      await close();
    }
  });
});
