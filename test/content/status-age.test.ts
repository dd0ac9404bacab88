/**
 * A therapy status checked too long ago is flagged on its page and in the pipeline table, and
 * only then. (The build's warning, with a stale fixture, is in test/builds/stale-status.test.ts.)
 */
import { describe, expect, it } from 'vitest';
import { builtPages } from '../support/built-site.ts';
import { yamlEntries } from '../support/content-source.ts';
import { isStatusStale, statusMaxAgeMonths } from '../../src/lib/status-age.ts';

describe('a status older than the allowed age', () => {
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
  });
});
