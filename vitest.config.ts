import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';
import { browserGroup, nodeGroup } from './test/support/project-groups.ts';

/** Unit tests run chart spec builders on entries they provide: astro:content is a small stand-in. */
const astroContentStub = fileURLToPath(new URL('./test/support/astro-content-stub.ts', import.meta.url));

/**
 * Five kinds of test, run together by `npm test` (which builds the site first):
 * - unit: pure functions, schemas, chart specs and editor mistakes pinned by parsing; no build;
 * - components: the MDX components' build errors, rendered with Astro's container API
 *   (vitest.components.config.ts); no build;
 * - content: checks over the built HTML in dist/;
 * - fixtures: one real build per kind of editor mistake, and one release build (public
 *   address, stale status);
 * - browser: what a person does, in real Chromium against the built site served locally.
 * `npm run test:fast` runs unit, components and content: no fixture builds, no browser.
 *
 * The four that start no browser run first, a file per core; the browser files run after them,
 * one at a time (test/support/project-groups.ts says why).
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
          ...nodeGroup,
        },
        resolve: { alias: { 'astro:content': astroContentStub } },
      },
      {
        test: {
          name: 'content',
          include: ['test/content/**/*.test.ts'],
          environment: 'node',
          ...nodeGroup,
          // These files only read dist/, so they can share a worker's modules: the built pages
          // are read and parsed once per worker (test/support/built-site.ts), not once per file.
          isolate: false,
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
      './vitest.components.config.ts',
      {
        test: {
          name: 'fixtures',
          include: ['test/builds/**/*.test.ts'],
          environment: 'node',
          ...nodeGroup,
          testTimeout: 600_000,
          // Builds from one project folder share its .astro/ folder, so a fixture build waits for
          // the one before it (test/support/build-lock.ts) while other files run.
        },
      },
      {
        test: {
          name: 'browser',
          include: ['test/browser/**/*.test.ts'],
          environment: 'node',
          ...browserGroup,
          globalSetup: ['test/support/browser-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // expect.poll waits for what a reader would see; on a busy machine that can take more
          // than its default second. A longer wait costs nothing when the page is right.
          expect: { poll: { timeout: 10_000 } },
          // Each file starts its own Chromium, and runs a few pages at once in it: tests marked
          // describe.concurrent overlap one page's waits with another's work.
          maxConcurrency: Number(process.env.BROWSER_PAGES_AT_ONCE ?? 3),
        },
      },
    ],
  },
});
