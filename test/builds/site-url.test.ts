/**
 * The public address: a build with SITE_URL set names it everywhere and never the local address
 * (pages, sitemap, robots.txt, feeds, embed codes, citations, chart files, headers), and a
 * malformed SITE_URL stops the build saying what to write. Each case is a build of its own.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { buildWithFixture } from '../support/fixture-build.ts';

/** The real content alone: no fixture laid over it. */
const noFixture = undefined;
const textFile = /\.(html|xml|txt|svg|csv|json|bib|ris|css|js|conf)$|_headers|Caddyfile$/;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? files(full) : [full];
  });
}

describe('SITE_URL', () => {
  it('set: no built file mentions localhost, and the address is used throughout', async () => {
    const found: string[] = [];
    let checked = 0;
    let robots = '';
    let home = '';
    const result = await buildWithFixture(
      noFixture,
      (dist) => {
        for (const file of files(dist).filter((f) => textFile.test(f))) {
          checked++;
          const text = readFileSync(file, 'utf8');
          if (/localhost|127\.0\.0\.1/.test(text)) found.push(path.relative(dist, file));
        }
        robots = readFileSync(path.join(dist, 'robots.txt'), 'utf8');
        home = readFileSync(path.join(dist, 'index.html'), 'utf8');
      },
      { SITE_URL: 'https://progressive-ms.example.org' },
    );
    expect(result.ok, result.output).toBe(true);
    expect(result.output).not.toMatch(/SITE_URL is not set/);
    expect(checked).toBeGreaterThan(100);
    expect(found).toEqual([]);
    expect(robots).toContain('Sitemap: https://progressive-ms.example.org/sitemap-index.xml');
    expect(home).toContain('<link rel="canonical" href="https://progressive-ms.example.org/"');
    expect(home).toContain('content="https://progressive-ms.example.org/og/home.png"');
  });

  it('malformed: the build stops and says what to write', async () => {
    const result = await buildWithFixture(noFixture, undefined, { SITE_URL: 'progressive-ms.example.org/' });
    expect(result.ok).toBe(false);
    expect(result.output).toMatch(/SITE_URL "progressive-ms\.example\.org\/" is not a web address/);
    expect(result.output).toMatch(/e\.g\. SITE_URL=https:\/\//);
  });
});
