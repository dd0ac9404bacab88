/** Shared set-up for a browser test file: one Chromium for the file, and the served site's origin. */
import { afterAll, beforeAll, inject } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from './chromium.ts';

export function useBrowser(): { origin: string; browser: () => Browser } {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => browser?.close());
  return {
    origin: inject('siteOrigin'),
    browser: () => {
      if (!browser) throw new Error('Chromium is not running yet: call browser() inside a test.');
      return browser;
    },
  };
}
