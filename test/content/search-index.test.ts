/**
 * The search index is part of every build: Pagefind indexes exactly the pages whose main
 * content is marked data-pagefind-body, plus one record per glossary term, and nothing else.
 * Each indexed page carries its section; therapies their mechanism, phase, status and other
 * names; symptom pages their symptom. Parts that repeat other pages' words are left out.
 */
import { pipelineSectionPages } from '../support/paths.ts';
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import path from 'node:path';
import { builtPages } from '../support/built-site.ts';
import { distDir } from '../support/paths.ts';
import { searchRecordsFile } from '../../src/lib/search.ts';

const entryFile = path.join(distDir, 'pagefind', 'pagefind-entry.json');
const indexed = () => builtPages().filter((page) => page.$('[data-pagefind-body]').length > 0);
const glossaryTerms = () =>
  builtPages()
    .find((p) => p.url === '/glossary/')!
    .$('.term[id]').length;
const filterValues = (page: ReturnType<typeof builtPages>[number], key: string) =>
  page
    .$(`[data-pagefind-filter="${key}[value]"]`)
    .map((_i, el) => page.$(el).attr('value'))
    .get();

describe('the search index', () => {
  it('is written into the built site', () => expect(existsSync(entryFile)).toBe(true));

  it('holds one record per searchable page and one per glossary term', () => {
    const entry = JSON.parse(readFileSync(entryFile, 'utf8')) as { languages: Record<string, { page_count: number }> };
    expect(Object.keys(entry.languages)).toEqual(['en']);
    expect(glossaryTerms()).toBeGreaterThan(0);
    expect(entry.languages['en']?.page_count).toBe(indexed().length + glossaryTerms());
  });

  it('leaves no build-time records file in the site', () => {
    expect(existsSync(path.join(distDir, searchRecordsFile))).toBe(false);
  });

  it('leaves out the pages that are not content, and the glossary page, whose terms are records', () => {
    for (const url of ['/404.html', '/search/', '/glossary/']) {
      const page = builtPages().find((p) => p.url === url);
      expect(page?.$('[data-pagefind-body]').length, url).toBe(0);
    }
    for (const page of builtPages().filter((p) => p.url.startsWith('/embed/'))) expect(page.$('[data-pagefind-body]').length, page.url).toBe(0);
  });

  it('gives every indexed page exactly one section', () => {
    for (const page of indexed()) expect(filterValues(page, 'section'), page.url).toHaveLength(1);
  });

  it('gives every therapy its mechanism, furthest phase and status, and its other names as keywords', () => {
    const therapies = indexed().filter((p) => /^\/pipeline\/[^/]+\/$/.test(p.url) && !pipelineSectionPages.has(p.url));
    expect(therapies.length).toBeGreaterThan(0);
    for (const page of therapies) {
      expect(filterValues(page, 'section'), page.url).toEqual(['Pipeline']);
      for (const key of ['mechanism', 'phase', 'status']) expect(filterValues(page, key), `${page.url} ${key}`).toHaveLength(1);
      const aka = page
        .$('h1 .aka')
        .text()
        .replace(/^\s*\(|\)\s*$/g, '')
        .trim();
      const keywords = page.$('[data-pagefind-meta="keywords[value]"]').attr('value') ?? '';
      expect(keywords, page.url).toBe(aka);
    }
  });

  it('gives every symptom page its symptom', () => {
    const symptoms = indexed().filter((p) => /^\/symptoms\/[^/]+\/$/.test(p.url));
    expect(symptoms.length).toBeGreaterThan(0);
    // The symptom is named as in menus and breadcrumbs: the page's short title.
    for (const page of symptoms) expect(filterValues(page, 'symptom'), page.url).toEqual([page.$('.breadcrumbs [aria-current="page"]').text().trim()]);
  });

  it('indexes article words and chart titles, summaries and tables, but not chart drawings, source lists or section contents', () => {
    for (const page of indexed()) {
      for (const selector of ['.chart-canvas', '.chart-actions', '.sources', '.section-contents', '.review-note']) {
        for (const el of page.$(`[data-pagefind-body] ${selector}`).toArray()) {
          expect(page.$(el).closest('[data-pagefind-ignore]').length, `${page.url} ${selector}`).toBe(1);
        }
      }
      for (const selector of ['.chart-title', '.chart-summary', '.chart-figure table']) {
        expect(page.$(`[data-pagefind-body] ${selector}`).closest('[data-pagefind-ignore]').length, `${page.url} ${selector}`).toBe(0);
      }
    }
  });

  it('keeps a space between a label and its value, and between table cells, in the words it indexes', () => {
    // Pagefind's fragments: gzip, a short signature, then the page's record as JSON.
    const dir = path.join(distDir, 'pagefind', 'fragment');
    const records = readdirSync(dir).map((name) => {
      const bytes = gunzipSync(readFileSync(path.join(dir, name))).toString('utf8');
      return JSON.parse(bytes.slice(bytes.indexOf('{'))) as { url: string; content: string };
    });
    const content = new Map(records.map((r) => [r.url, r.content.replace(/\s+/g, ' ')]));
    const therapies = indexed().filter((p) => /^\/pipeline\/[^/]+\/$/.test(p.url));
    expect(therapies.length).toBeGreaterThan(0);
    for (const page of therapies) {
      const words = content.get(page.url) ?? '';
      for (const term of page.$('[data-pagefind-body] dt').toArray()) {
        const label = page.$(term).text().trim();
        const value = page.$(term).next('dd').text().trim().split(/\s+/)[0] ?? '';
        expect(words, `${page.url}: "${label}" then "${value}"`).toContain(`${label} ${value}`);
      }
      const headings = page
        .$('[data-pagefind-body] .chart-figure table thead th')
        .toArray()
        .map((th) => page.$(th).text().trim());
      if (headings.length > 1) expect(words, page.url).toContain(headings.join(' '));
    }
  });
});
