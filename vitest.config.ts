import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

/** Unit tests run chart spec builders on entries they provide: astro:content is a small stand-in. */
const astroContentStub = fileURLToPath(new URL('./test/support/astro-content-stub.ts', import.meta.url));

/**
 * Three kinds of test, run together by `npm test` (which builds the site first):
 * - unit: pure functions and schemas, no build needed;
 * - content: checks over the built HTML in dist/, and builds of invalid fixture content;
 * - browser: what a person does, in real Chromium against the built site served locally.
 */
export default defineConfig({
  test: {
    reporters: ['default', './test/support/summary-reporter.ts'],
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts'],
          environment: 'node',
        },
        resolve: { alias: { 'astro:content': astroContentStub } },
      },
      {
        test: {
          name: 'content',
          include: ['test/content/**/*.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
      {
        test: {
          name: 'browser',
          include: ['test/browser/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['test/support/browser-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // One Chromium at a time (this machine has two cores), but a few pages at once in it:
          // tests marked describe.concurrent overlap one page's waits with another's work.
          fileParallelism: false,
          maxConcurrency: Number(process.env.BROWSER_PAGES_AT_ONCE ?? 3),
        },
      },
    ],
  },
});
