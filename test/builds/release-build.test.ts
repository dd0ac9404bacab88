/**
 * The real content built as it is published, with two settings a release sets, in one build:
 * - SITE_URL, the public address: it is named everywhere and the local address never is
 *   (pages, sitemap, robots.txt, feeds, embed codes, citations, chart files, headers);
 * - SITE_TODAY long after every therapy's last check: the whole site still builds (which also
 *   proves the fixture harness builds the real content), warns for every therapy, and says
 *   each page may be out of date.
 * The two are independent (no check of one reads what the other changes), and a full build is
 * about 20 s of this machine's two cores, so they share it. A malformed SITE_URL stops the build
 * at once, in a build of its own.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { load } from 'cheerio';
import { buildWithFixture, type BuildResult } from '../support/fixture-build.ts';
import { yamlEntries } from '../support/content-source.ts';

/** The real content alone: no fixture laid over it. */
const noFixture = undefined;
const publicAddress = 'https://progressive-ms.example.org';
const textFile = /\.(html|xml|txt|svg|csv|json|bib|ris|css|js|conf)$|_headers|Caddyfile$/;
const therapies = yamlEntries<{ checked: string }>('therapies');
const sample = therapies[0]!.id;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? files(full) : [full];
  });
}

/** What the checks read of the built site, taken before its folder is removed. */
const seen = { textFiles: 0, mentionLocalhost: [] as string[], robots: '', home: '', pages: {} as Record<string, string> };
let result: BuildResult;

beforeAll(async () => {
  result = await buildWithFixture(
    noFixture,
    (dist) => {
      for (const file of files(dist).filter((f) => textFile.test(f))) {
        seen.textFiles++;
        if (/localhost|127\.0\.0\.1/.test(readFileSync(file, 'utf8'))) seen.mentionLocalhost.push(path.relative(dist, file));
      }
      seen.robots = readFileSync(path.join(dist, 'robots.txt'), 'utf8');
      seen.home = readFileSync(path.join(dist, 'index.html'), 'utf8');
      for (const url of [`pipeline/${sample}`, 'pipeline']) seen.pages[url] = readFileSync(path.join(dist, url, 'index.html'), 'utf8');
    },
    { SITE_URL: publicAddress, SITE_TODAY: '2040-01-01' },
  );
}, 600_000);

describe('SITE_URL', () => {
  it('set: no built file mentions localhost, and the address is used throughout', () => {
    expect(result.ok, result.output.slice(-2000)).toBe(true);
    expect(result.output).not.toMatch(/SITE_URL is not set/);
    expect(seen.textFiles).toBeGreaterThan(100);
    expect(seen.mentionLocalhost).toEqual([]);
    expect(seen.robots).toContain(`Sitemap: ${publicAddress}/sitemap-index.xml`);
    expect(seen.home).toContain(`<link rel="canonical" href="${publicAddress}/"`);
    expect(seen.home).toContain(`content="${publicAddress}/og/home.png"`);
  });

  it('malformed: the build stops and says what to write', async () => {
    const malformed = await buildWithFixture(noFixture, undefined, { SITE_URL: 'progressive-ms.example.org/' });
    expect(malformed.ok).toBe(false);
    expect(malformed.output).toMatch(/SITE_URL "progressive-ms\.example\.org\/" is not a web address/);
    expect(malformed.output).toMatch(/e\.g\. SITE_URL=https:\/\//);
  });
});

describe('a build whose today is long after every check', () => {
  it('warns for every therapy and says each page may be out of date', () => {
    expect(result.ok, result.output.slice(-2000)).toBe(true);
    expect(result.output).toMatch(/\d+ page\(s\) built/);
    for (const t of therapies) expect(result.output).toContain(`src/content/therapies/${t.id}.yaml: review overdue since`);
    expect(load(seen.pages[`pipeline/${sample}`]!)('[data-review-overdue]').text()).toMatch(/This page may be out of date\. We last checked it for news on/);
    expect(load(seen.pages['pipeline']!)('[data-review-overdue]').length).toBe(therapies.length);
  });
});
