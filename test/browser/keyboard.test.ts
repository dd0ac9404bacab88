/**
 * Using the site with a keyboard, and the reader controls: the skip link, a visible focus
 * ring, glossary definitions, and the remembered text size. (Targets of at least 44 px are
 * checked on every page in pages.test.ts.)
 */
import { describe, expect, it } from 'vitest';
import { useBrowser } from '../support/browser-suite.ts';
import { openPage } from '../support/page.ts';

const { origin, browser } = useBrowser();

describe('the skip link', () => {
  it('is the first thing Tab reaches, shows when focused, and moves focus to the content', async () => {
    const { page, close } = await openPage(browser(), `${origin}/strategy/`);
    try {
      await page.keyboard.press('Tab');
      const skip = page.locator('a.skip-link');
      await expect.poll(() => skip.evaluate((el) => el === document.activeElement)).toBe(true);
      const box = await skip.boundingBox();
      expect(box && box.y >= 0 && box.height > 0).toBe(true);
      await page.keyboard.press('Enter');
      await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('main');
      await page.keyboard.press('Tab');
      const inMain = await page.evaluate(() => Boolean(document.activeElement?.closest('main')));
      expect(inMain).toBe(true);
    } finally {
      await close();
    }
  });
});

describe('focus', () => {
  it('is always visible as a ring of at least 2 px', async () => {
    const { page, close } = await openPage(browser(), `${origin}/symptoms/fatigue/`);
    try {
      for (let i = 0; i < 15; i++) {
        await page.keyboard.press('Tab');
        const ring = await page.evaluate(() => {
          const el = document.activeElement as HTMLElement;
          const style = getComputedStyle(el);
          return { tag: el.tagName, width: parseFloat(style.outlineWidth), style: style.outlineStyle };
        });
        expect(ring.style, `${ring.tag} #${i}`).not.toBe('none');
        expect(ring.width, `${ring.tag} #${i}`).toBeGreaterThanOrEqual(2);
      }
    } finally {
      await close();
    }
  });
});

describe('glossary terms', () => {
  it('open their definition with Enter and close with Escape, without JavaScript', async () => {
    const { page, close } = await openPage(browser(), `${origin}/strategy/`, { javaScript: false });
    try {
      const button = page.locator('.term-button').first();
      const popover = page.locator('.term-popover').first();
      await expect.poll(() => popover.isVisible()).toBe(false);
      await button.focus();
      await page.keyboard.press('Enter');
      await expect.poll(() => popover.isVisible()).toBe(true);
      expect(await popover.innerText()).toMatch(/More in the glossary/);
      await page.keyboard.press('Escape');
      await expect.poll(() => popover.isVisible()).toBe(false);
    } finally {
      await close();
    }
  });
});

describe('glossary terms with JavaScript', () => {
  it('say they hold a definition, move focus into it when it opens so it is read, and close when focus leaves', async () => {
    const { page, close } = await openPage(browser(), `${origin}/symptoms/fatigue/`);
    try {
      const button = page.locator('.term-button').first();
      const popover = page.locator(`#${await button.getAttribute('popovertarget')}`);
      // The word's description says what it holds; the definition itself is not inside the sentence.
      const describedBy = await button.getAttribute('aria-describedby');
      expect(await page.locator(`[id="${describedBy}"]`).textContent()).toBe('Glossary definition');
      expect(await button.evaluate((el) => el.closest('p')?.querySelector('.term-popover'))).toBeNull();
      await button.focus();
      await page.keyboard.press('Enter');
      await expect.poll(() => popover.isVisible()).toBe(true);
      await expect.poll(() => page.evaluate(() => document.activeElement?.classList.contains('term-popover'))).toBe(true);
      expect(await popover.getAttribute('role')).toBe('dialog');
      const text = await page.locator(`[id="${await popover.getAttribute('aria-describedby')}"]`).textContent();
      expect(text?.length).toBeGreaterThan(20);
      // Tab moves through the link and Close; one more leaves, and the definition closes.
      for (let i = 0; i < 3; i++) await page.keyboard.press('Tab');
      await expect.poll(() => popover.isVisible()).toBe(false);
      // Escape closes it and puts focus back on the word.
      await button.focus();
      await page.keyboard.press('Enter');
      await expect.poll(() => popover.isVisible()).toBe(true);
      await page.keyboard.press('Escape');
      await expect.poll(() => popover.isVisible()).toBe(false);
      expect(await page.evaluate(() => document.activeElement?.classList.contains('term-button'))).toBe(true);
    } finally {
      await close();
    }
  });
});

describe('text size', () => {
  it('makes text larger and remembers it on the next page', async () => {
    const { page, close } = await openPage(browser(), `${origin}/about/`);
    try {
      const size = () => page.evaluate(() => parseFloat(getComputedStyle(document.querySelector('main p')!).fontSize));
      const before = await size();
      expect(before).toBeGreaterThanOrEqual(18);
      await page.getByRole('button', { name: 'Larger' }).click();
      expect(await page.getByRole('button', { name: 'Larger' }).getAttribute('aria-pressed')).toBe('true');
      expect(await size()).toBeCloseTo(before * 1.25, 0);
      await page.goto(`${origin}/symptoms/`);
      expect(await size()).toBeCloseTo(before * 1.25, 0);
      await page.getByRole('button', { name: 'Standard' }).click();
      expect(await size()).toBeCloseTo(before, 0);
    } finally {
      await close();
    }
  });
  it('is hidden when JavaScript is off, since it cannot work then', async () => {
    const { page, close } = await openPage(browser(), `${origin}/about/`, { javaScript: false });
    try {
      expect(await page.locator('text-size-control').isVisible()).toBe(false);
    } finally {
      await close();
    }
  });
});
