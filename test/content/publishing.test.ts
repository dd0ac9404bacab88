/**
 * What sharing, citing and deploying rely on, in every built page: a link-preview picture of the
 * right size, the host's headers file, robots.txt with an absolute sitemap address.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { builtPages } from '../support/built-site';
import { distDir } from '../support/paths';
import { headersForPath, parseHeadersFile } from '../../src/lib/headers-file';
import { contrastRatio } from '../../src/lib/contrast';
import { cardColours } from '../../src/lib/social-card';
import { lightTokens } from '../../src/charts/frame/export';

const sharedPages = builtPages().filter((page) => !page.url.startsWith('/embed/') && page.url !== '/404.html');

/** Width and height from a PNG's header (the IHDR chunk). */
function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe.each(sharedPages.map((page) => [page.url, page] as const))('the link preview of %s', (_url, page) => {
  it('has a 1200 × 630 og:image in the built site, with alt text, shown large', () => {
    const image = page.$('meta[property="og:image"]').attr('content');
    expect(image).toBeTruthy();
    const file = path.join(distDir, new URL(image!).pathname);
    expect(existsSync(file), `${image} was not built`).toBe(true);
    expect(pngSize(file)).toEqual({ width: 1200, height: 630 });
    expect(page.$('meta[property="og:image:alt"]').attr('content')?.length).toBeGreaterThan(20);
    expect(page.$('meta[name="twitter:card"]').attr('content')).toBe('summary_large_image');
  });
});

describe('the link-preview colours', () => {
  it('are AAA contrast (7:1) for the title and the takeaway', () => {
    const colours = cardColours(lightTokens(readFileSync(path.join(distDir, '..', 'src', 'styles', 'tokens.css'), 'utf8')));
    expect(contrastRatio(colours.title, colours.background)).toBeGreaterThanOrEqual(7);
    expect(contrastRatio(colours.text, colours.background)).toBeGreaterThanOrEqual(7);
  });
});

describe('robots.txt', () => {
  it('gives the sitemap as an absolute address on the site', () => {
    const robots = readFileSync(path.join(distDir, 'robots.txt'), 'utf8');
    const sitemap = /^Sitemap: (\S+)$/m.exec(robots)?.[1];
    expect(sitemap).toBeTruthy();
    const canonical = builtPages().find((p) => p.url === '/')!.$('link[rel="canonical"]').attr('href')!;
    expect(new URL(sitemap!).origin).toBe(new URL(canonical).origin);
    expect(existsSync(path.join(distDir, new URL(sitemap!).pathname))).toBe(true);
  });
});

describe('dist/_headers', () => {
  const rules = parseHeadersFile(readFileSync(path.join(distDir, '_headers'), 'utf8'));
  it.each(sharedPages.map((page) => page.url))('%s may not be framed and gets the security headers', (url) => {
    const headers = headersForPath(rules, url);
    expect(headers['Content-Security-Policy']).toMatch(/frame-ancestors 'none'/);
    expect(headers['Strict-Transport-Security']).toMatch(/max-age=\d{7,}/);
    expect(headers['X-Content-Type-Options']).toBe('nosniff');
    expect(headers['Referrer-Policy']).toBeTruthy();
    expect(headers['Permissions-Policy']).toBeTruthy();
    expect(headers['Cross-Origin-Opener-Policy']).toBe('same-origin');
    expect(headers['Cache-Control']).not.toContain('immutable');
  });
  it('lets every embed be framed by any site', () => {
    for (const page of builtPages().filter((p) => p.url.startsWith('/embed/'))) {
      expect(headersForPath(rules, page.url)['Content-Security-Policy']).toMatch(/frame-ancestors \*/);
    }
  });
  it('allows each page\u2019s own inline scripts and styles (its <meta> policy hashes)', () => {
    for (const page of builtPages()) {
      const meta = page.$('meta[http-equiv="content-security-policy"]').attr('content') ?? '';
      const header = headersForPath(rules, page.url)['Content-Security-Policy'] ?? '';
      for (const hash of meta.match(/'sha256-[^']+'/g) ?? []) expect(header, page.url).toContain(hash);
    }
  });
  it('caches fingerprinted assets for a year', () => {
    const asset = builtPages()[0]!.$('link[rel="stylesheet"]').attr('href') ?? '/_astro/x.css';
    expect(headersForPath(rules, asset)['Cache-Control']).toContain('immutable');
  });
});
