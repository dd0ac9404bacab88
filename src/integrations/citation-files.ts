/**
 * After the build: writes /cite/<key>.bib and .ris for every page that carries Highwire
 * citation_* tags, from those tags, so the files say exactly what reference managers read
 * from the page itself. The access date is this build's today (src/lib/today.ts), as on the page.
 */
import type { AstroIntegration } from 'astro';
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { load } from 'cheerio';
import { bibtex, citationFiles, ris, type PageCitation } from '../lib/cite-page';
import { siteName } from '../lib/site';
import { siteToday } from '../lib/today';

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return htmlFiles(full);
    return name.endsWith('.html') ? [full] : [];
  });
}

export function citationFilesIntegration(): AstroIntegration {
  return {
    name: 'charting-progressive-ms:citation-files',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        mkdirSync(path.join(out, 'cite'), { recursive: true });
        let count = 0;
        for (const file of htmlFiles(out)) {
          const $ = load(readFileSync(file, 'utf8'));
          const meta = (name: string) => $(`meta[name="${name}"]`).attr('content');
          const title = meta('citation_title');
          const url = meta('citation_public_url');
          if (!title || !url) continue;
          const reviewed = meta('citation_publication_date');
          const citation: PageCitation = {
            title,
            url,
            siteName,
            publisher: meta('citation_publisher'),
            lastReviewed: reviewed ? new Date(`${reviewed.replaceAll('/', '-')}T00:00:00Z`) : undefined,
            accessed: siteToday(),
          };
          const files = citationFiles(url);
          writeFileSync(path.join(out, files.bib), bibtex(citation));
          writeFileSync(path.join(out, files.ris), ris(citation));
          count++;
        }
        logger.info(`wrote BibTeX and RIS citations for ${count} pages`);
      },
    },
  };
}
