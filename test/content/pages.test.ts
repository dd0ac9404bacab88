/**
 * Checks every HTML page of the built site for what every reader and every link needs.
 * New pages are picked up automatically from dist/.
 */
import { describe, expect, it } from 'vitest';
import { builtPages, fileFor, sitemapUrls } from '../support/built-site';
import { readFileSync } from 'node:fs';
import { load } from 'cheerio';

const pages = builtPages();
const siteOrigin = 'http://localhost:4321';

describe.each(pages.map((p) => [p.url, p] as const))('%s', (_url, page) => {
  const { $ } = page;

  it('has one h1, a title, a description and a language', () => {
    expect($('h1')).toHaveLength(1);
    expect($('h1').text().trim()).not.toBe('');
    expect($('head > title').text().trim()).not.toBe('');
    expect($('meta[name="description"]').attr('content')?.trim()).toBeTruthy();
    expect($('html').attr('lang')).toMatch(/^en/);
  });

  it('writes MS in capitals, never as "ms"', () => {
    // Data values in <code> (e.g. the open-data value "all-ms") are names for programs, not prose.
    const prose = $('main').clone();
    prose.find('code').remove();
    expect(prose.text().match(/\bms\b/g) ?? []).toEqual([]);
  });

  it('keeps each citation number next to the words it supports, with no space before it', () => {
    const spaced = $('sup.cite').filter((_, sup) => {
      const before = sup.prev;
      return before?.type === 'text' && /\s$/.test(before.data);
    });
    expect(spaced.map((_, sup) => $(sup).parent().text().replace(/\s+/g, ' ').slice(0, 80)).get()).toEqual([]);
  });

  it('carries a Content-Security-Policy', () => {
    const csp = $('meta[http-equiv="content-security-policy"]').attr('content') ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain('script-src');
    expect(csp).not.toContain('unsafe-inline');
  });

  it('loads scripts, styles, fonts and images only from this site', () => {
    const refs = [
      ...$('script[src]')
        .map((_, el) => $(el).attr('src'))
        .get(),
      ...$('link[rel~="stylesheet"], link[rel~="icon"], link[rel~="preload"], link[rel~="modulepreload"], link[rel~="manifest"]')
        .map((_, el) => $(el).attr('href'))
        .get(),
      ...$('img[src], source[src], video[src], audio[src], iframe[src], image[href], use[href]')
        .map((_, el) => $(el).attr('src') ?? $(el).attr('href'))
        .get(),
    ];
    const offsite = refs.filter((ref) => {
      const url = new URL(ref, siteOrigin + page.url);
      return url.origin !== siteOrigin && url.protocol !== 'data:';
    });
    expect(offsite).toEqual([]);
    expect(page.html).not.toMatch(/@import\s+url\(\s*['"]?https?:/);
  });

  it('has no inline event handlers or style attributes that the CSP would block', () => {
    const handlers = $('*').filter((_, el) => Object.keys((el as { attribs?: Record<string, string> }).attribs ?? {}).some((a) => /^on[a-z]+$/.test(a)));
    expect(handlers.length).toBe(0);
    expect($('[style]').length).toBe(0);
  });

  it('links only to pages and anchors that exist', () => {
    const broken: string[] = [];
    $('a[href]').each((_, el) => {
      const href = $(el).attr('href')!;
      const url = new URL(href, siteOrigin + page.url);
      if (url.origin !== siteOrigin) return;
      const target = url.pathname === new URL(page.url, siteOrigin).pathname ? page.file : fileFor(url.pathname);
      if (!target) {
        broken.push(`${href} (no page)`);
        return;
      }
      if (url.hash.length > 1) {
        const id = decodeURIComponent(url.hash.slice(1));
        const doc = target === page.file ? $ : load(readFileSync(target, 'utf8'));
        if (doc(`[id="${id}"]`).length === 0) broken.push(`${href} (no #${id})`);
      }
    });
    expect(broken).toEqual([]);
  });

  it('never repeats an id', () => {
    const ids = $('[id]')
      .map((_, el) => $(el).attr('id'))
      .get();
    const repeated = ids.filter((id, i) => ids.indexOf(id) !== i);
    expect(repeated).toEqual([]);
  });
});

describe('the sitemap', () => {
  it('lists every page a reader can reach, and only pages that exist', () => {
    const listed = sitemapUrls().sort();
    // Embed pages are copies of charts for other sites' iframes: marked noindex, so not listed.
    const built = pages
      .map((p) => p.url)
      .filter((url) => url !== '/404.html' && !url.startsWith('/embed/') && !url.startsWith('/charts/'))
      .sort();
    expect(listed).toEqual(built);
  });
});
