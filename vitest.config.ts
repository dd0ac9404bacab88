import { defineConfig } from 'vitest/config';

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
