/**
 * Builds the Pagefind search index at the end of every `astro build`, so the built site
 * (and `npm start`) always has search for exactly the pages it contains. Only elements marked
 * data-pagefind-body are indexed: article content, never navigation or footers. The glossary
 * adds one record per term (src/pages/search-records.json.ts), read here and then removed.
 *
 * In `astro dev` there is no fresh index: the dev server serves the last build's /pagefind/
 * when there is one, and otherwise the search page says that search needs a build.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { createReadStream, existsSync, readFileSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { searchRecordsFile, type SearchRecord } from '../lib/search';

/** Stops the build with Pagefind's own messages, rather than shipping a site without search. */
function assertNoErrors(step: string, errors: readonly string[]): void {
  if (errors.length > 0) throw new Error(`Pagefind could not ${step}:\n${errors.join('\n')}`);
}

const bundleTypes: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.css': 'text/css; charset=utf-8',
};

export function pagefindIndex(): AstroIntegration {
  let outDir = '';
  return {
    name: 'charting-progressive-ms:pagefind',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
      },
      'astro:server:setup': ({ server, logger }) => {
        const bundle = path.join(outDir, 'pagefind');
        if (!existsSync(bundle)) logger.info('no search index yet: search works after `npm run build`');
        server.middlewares.use((request, response, next) => {
          const { pathname } = new URL(request.url ?? '/', 'http://localhost');
          if (!pathname.startsWith('/pagefind/')) return next();
          const file = path.join(bundle, path.normalize(decodeURIComponent(pathname.slice('/pagefind/'.length))));
          if (!file.startsWith(bundle + path.sep) || !existsSync(file) || !statSync(file).isFile()) return next();
          response.setHeader('content-type', bundleTypes[path.extname(file)] ?? 'application/octet-stream');
          response.setHeader('cache-control', 'no-cache');
          createReadStream(file).pipe(response);
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const recordsPath = path.join(site, searchRecordsFile);
        const records: SearchRecord[] = existsSync(recordsPath) ? JSON.parse(readFileSync(recordsPath, 'utf8')) : [];
        const { errors, index } = await pagefind.createIndex({ forceLanguage: 'en' });
        assertNoErrors('start an index', errors);
        try {
          const added = await index!.addDirectory({ path: site });
          assertNoErrors('read the built pages', added.errors);
          for (const record of records) {
            const result = await index!.addCustomRecord(record);
            assertNoErrors(`add the search record for ${record.url}`, result.errors);
          }
          const written = await index!.writeFiles({ outputPath: path.join(site, 'pagefind') });
          assertNoErrors('write the index', written.errors);
          logger.info(`indexed ${added.page_count} pages and ${records.length} glossary terms for search`);
        } finally {
          await pagefind.close();
          rmSync(recordsPath, { force: true });
        }
      },
    },
  };
}
