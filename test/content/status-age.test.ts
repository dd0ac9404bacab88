/**
 * A therapy status checked too long ago: the build still succeeds, but warns and names the file,
 * and the therapy's page and the pipeline table both say the status may be out of date.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { load } from 'cheerio';
import { buildWithFixture } from '../support/fixture-build.ts';
import { builtPages } from '../support/built-site.ts';
import { projectRoot } from '../support/paths.ts';

describe('a status older than the allowed age', () => {
  it('warns in the build and on the pages', () => {
    const pages: Record<string, string> = {};
    const result = buildWithFixture(path.join(projectRoot, 'test', 'fixtures', 'stale-status'), (dist) => {
      for (const url of ['pipeline/ocrelizumab', 'pipeline']) pages[url] = readFileSync(path.join(dist, url, 'index.html'), 'utf8');
    });
    expect(result.ok).toBe(true);
    expect(result.output).toMatch(/src\/content\/therapies\/ocrelizumab\.yaml: statusAsOf is 2024-01-15, more than 12 months ago/);
    for (const [url, html] of Object.entries(pages)) {
      expect(load(html)('[data-status-stale]').text(), url).toMatch(/This status may be out of date\. It was last checked on 15 January 2024/);
    }
  });

  it('is not flagged while the status is recent', () => {
    for (const page of builtPages().filter((p) => p.url.startsWith('/pipeline/'))) {
      const asOf = page.$('time').first().attr('datetime');
      const recent = asOf !== undefined && Date.now() - new Date(asOf).getTime() < 300 * 24 * 3600 * 1000;
      if (recent) expect(page.$('[data-status-stale]').length, page.url).toBe(0);
    }
  });
});
