/**
 * A therapy status checked too long ago: the build still succeeds, but warns and names the file,
 * and the therapy's page and the pipeline table both say the status may be out of date. This
 * build also shows that the fixture harness builds the real content with a folder laid over it.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { load } from 'cheerio';
import { buildWithFixture } from '../support/fixture-build.ts';
import { projectRoot } from '../support/paths.ts';

describe('a status older than the allowed age', () => {
  it('warns in the build and on the pages, and the rest of the site still builds', async () => {
    const pages: Record<string, string> = {};
    const result = await buildWithFixture(path.join(projectRoot, 'test', 'fixtures', 'stale-status'), (dist) => {
      for (const url of ['pipeline/ocrelizumab', 'pipeline']) pages[url] = readFileSync(path.join(dist, url, 'index.html'), 'utf8');
    });
    expect(result.output).toMatch(/\d+ page\(s\) built/);
    expect(result.ok).toBe(true);
    expect(result.output).toMatch(/src\/content\/therapies\/ocrelizumab\.yaml: statusAsOf is 2024-01-15, more than 12 months ago/);
    for (const [url, html] of Object.entries(pages)) {
      expect(load(html)('[data-status-stale]').text(), url).toMatch(/This status may be out of date\. It was last checked on 15 January 2024/);
    }
  });
});
