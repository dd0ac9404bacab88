/**
 * The search index is part of every build: Pagefind indexes exactly the pages whose main
 * content is marked data-pagefind-body (articles, glossary, pipeline), and nothing else.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { builtPages } from '../support/built-site.ts';
import { distDir } from '../support/paths.ts';

const entryFile = path.join(distDir, 'pagefind', 'pagefind-entry.json');

describe('the search index', () => {
  it('is written into the built site', () => expect(existsSync(entryFile)).toBe(true));

  it('holds one record per searchable page', () => {
    const entry = JSON.parse(readFileSync(entryFile, 'utf8')) as { languages: Record<string, { page_count: number }> };
    const searchable = builtPages().filter((page) => page.$('[data-pagefind-body]').length > 0);
    expect(Object.keys(entry.languages)).toEqual(['en']);
    expect(entry.languages['en']?.page_count).toBe(searchable.length);
  });

  it('leaves out the pages that are not content', () => {
    for (const url of ['/404.html', '/search/']) {
      const page = builtPages().find((p) => p.url === url);
      expect(page?.$('[data-pagefind-body]').length, url).toBe(0);
    }
  });
});
