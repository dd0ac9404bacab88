/**
 * A build whose "today" is long after every therapy's last check: it still builds the whole
 * site (which also proves the fixture harness builds the real content), warns for every
 * therapy, and says each page may be out of date.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { load } from 'cheerio';
import { buildWithFixture } from '../support/fixture-build.ts';
import { yamlEntries } from '../support/content-source.ts';

const therapies = yamlEntries<{ checked: string }>('therapies');

describe('a build whose today is long after every check', () => {
  it('warns for every therapy and says each page may be out of date', async () => {
    const pages: Record<string, string> = {};
    const sample = therapies[0]!.id;
    const result = await buildWithFixture(
      undefined,
      (dist) => {
        for (const url of [`pipeline/${sample}`, 'pipeline']) pages[url] = readFileSync(path.join(dist, url, 'index.html'), 'utf8');
      },
      { SITE_TODAY: '2040-01-01' },
    );
    expect(result.ok, result.output.slice(-2000)).toBe(true);
    expect(result.output).toMatch(/\d+ page\(s\) built/);
    for (const t of therapies) expect(result.output).toContain(`src/content/therapies/${t.id}.yaml: review overdue since`);
    expect(load(pages[`pipeline/${sample}`]!)('[data-review-overdue]').text()).toMatch(/This page may be out of date\. We last checked it for news on/);
    expect(load(pages['pipeline']!)('[data-review-overdue]').length).toBe(therapies.length);
  });
});
