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
import { yamlEntries } from '../support/content-source.ts';
import { isStatusStale, statusMaxAgeMonths } from '../../src/lib/status-age.ts';

describe('a status older than the allowed age', () => {
  it('warns in the build and on the pages', () => {
    const pages: Record<string, string> = {};
    const result = buildWithFixture(path.join(projectRoot, 'test', 'fixtures', 'stale-status'), (dist) => {
      for (const url of ['pipeline/ocrelizumab', 'pipeline']) pages[url] = readFileSync(path.join(dist, url, 'index.html'), 'utf8');
    });
    expect(result.ok).toBe(true);
    expect(result.output).toMatch(/src\/content\/therapies\/ocrelizumab\.yaml: statusAsOf is 2024-01-15, more than 12 months ago/);
    expect(load(pages['pipeline/ocrelizumab']!)('[data-status-stale]').text()).toMatch(/This status may be out of date\. It was last checked on 15 January 2024/);
    // The table says it once, under the table, and marks the row with a link to that note.
    const table = load(pages['pipeline']!);
    expect(table('#status-age-note').text()).toMatch(/This status may be out of date/);
    expect(table('a[href="/pipeline/ocrelizumab/"]').closest('tr').find('[data-status-stale]').attr('aria-label')).toMatch(/last checked on 15 January 2024/);
  });

  it('is flagged on the real pipeline pages exactly when the status is too old', () => {
    const therapies = yamlEntries<{ statusAsOf: string }>('therapies');
    expect(therapies.length).toBeGreaterThan(0);
    const table = builtPages().find((p) => p.url === '/pipeline/')!;
    for (const therapy of therapies) {
      // The yaml package reads YYYY-MM-DD as a string; Astro reads it as a UTC date.
      const stale = isStatusStale(new Date(`${String(therapy.statusAsOf).slice(0, 10)}T00:00:00Z`), new Date(), statusMaxAgeMonths());
      const page = builtPages().find((p) => p.url === `/pipeline/${therapy.id}/`)!;
      expect(page.$('[data-status-stale]').length, `/pipeline/${therapy.id}/`).toBe(stale ? 1 : 0);
      const row = table.$(`a[href="/pipeline/${therapy.id}/"]`).closest('tr');
      expect(row.length, `row for ${therapy.id}`).toBe(1);
      expect(row.find('[data-status-stale]').length, `row for ${therapy.id}`).toBe(stale ? 1 : 0);
    }
    // However many rows are marked, the note is written once.
    expect(table.$('#status-age-note').length).toBe(table.$('[data-status-stale]').length > 0 ? 1 : 0);
    expect(table.$('.pipeline-table').text()).not.toMatch(/may be out of date/);
  });
});
