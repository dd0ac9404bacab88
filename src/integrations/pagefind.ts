/**
 * Builds the Pagefind search index at the end of every `astro build`, so the built site
 * (and `npm start`) always has search for exactly the pages it contains. Only elements marked
 * data-pagefind-body are indexed: article content, never navigation or footers.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import * as pagefind from 'pagefind';

/** Stops the build with Pagefind's own messages, rather than shipping a site without search. */
function assertNoErrors(step: string, errors: readonly string[]): void {
  if (errors.length > 0) throw new Error(`Pagefind could not ${step}:\n${errors.join('\n')}`);
}

export function pagefindIndex(): AstroIntegration {
  return {
    name: 'charting-progressive-ms:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const { errors, index } = await pagefind.createIndex({ forceLanguage: 'en' });
        assertNoErrors('start an index', errors);
        try {
          const added = await index!.addDirectory({ path: site });
          assertNoErrors('read the built pages', added.errors);
          const written = await index!.writeFiles({ outputPath: path.join(site, 'pagefind') });
          assertNoErrors('write the index', written.errors);
          logger.info(`indexed ${added.page_count} pages for search`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
