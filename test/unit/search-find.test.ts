/**
 * findOrRelax, the search page's fallback, against a small stand-in for Pagefind: an index of a
 * few pages that matches words the way Pagefind does (a query word finds every indexed word it
 * starts, and when none, the longest indexed word it starts with, however short).
 */
import { describe, expect, it } from 'vitest';
import { findOrRelax, pageSize } from '../../src/scripts/search-find';
import type { Pagefind, PagefindResultData } from '../../src/scripts/pagefind-loader';

interface FakePage {
  url: string;
  text: string;
  section?: string;
}

const clean = (word: string) => word.toLowerCase().replace(/[^a-z0-9-]/g, '');

/** A Pagefind that searches `pages`, and records each search it is asked for. */
function fakePagefind(pages: FakePage[]): Pagefind & { searches: { terms: string; filters: object | undefined }[] } {
  const vocabulary = [...new Set(pages.flatMap((page) => page.text.split(/\s+/).map(clean)))];
  /** The indexed words a query word finds. */
  const matches = (query: string): string[] => {
    const q = clean(query);
    const starting = vocabulary.filter((word) => word.startsWith(q));
    if (starting.length > 0) return starting;
    const prefixes = vocabulary.filter((word) => word.length > 0 && q.startsWith(word)).sort((a, b) => b.length - a.length);
    return prefixes.slice(0, 1);
  };
  const searches: { terms: string; filters: object | undefined }[] = [];
  return {
    searches,
    options: async () => {},
    init: async () => {},
    preload: async () => {},
    filters: async () => ({}),
    search: async (term, options) => {
      searches.push({ terms: term ?? '', filters: options?.filters });
      const words = (term ?? '').split(' ').filter(Boolean);
      const wanted = (options?.filters as Record<string, { any: string[] }> | undefined)?.section?.any;
      const hits = pages.filter((page) => {
        if (wanted && !wanted.includes(page.section ?? '')) return false;
        const own = page.text.split(/\s+/).map(clean);
        return words.every((word) => matches(word).some((m) => own.includes(m)));
      });
      const unfiltered = pages.filter((page) => {
        const own = page.text.split(/\s+/).map(clean);
        return words.every((word) => matches(word).some((m) => own.includes(m)));
      });
      return {
        unfilteredResultCount: unfiltered.length,
        totalFilters: {},
        results: hits.map((page) => ({
          id: page.url,
          data: async (): Promise<PagefindResultData> => {
            const own = page.text.split(/\s+/);
            const locations = own.flatMap((word, i) => (words.some((q) => matches(q).includes(clean(word))) ? [i] : []));
            return { url: page.url, content: page.text, locations, excerpt: '', meta: {}, filters: {}, sub_results: [] };
          },
        })),
      };
    },
  };
}

const site: FakePage[] = [
  { url: '/symptoms/mobility/', text: 'Walking and balance problems are common. Balance training helps.', section: 'Symptoms' },
  { url: '/symptoms/fatigue/', text: 'Fatigue is tiredness that rest does not fix. Problems with energy.', section: 'Symptoms' },
  { url: '/symptoms/cognition/', text: 'Thinking and memory problems.', section: 'Symptoms' },
  { url: '/glossary/#fatigue', text: 'Fatigue: a lasting tiredness.', section: 'Glossary' },
  { url: '/sources/', text: 'Thompson AJ, Chataway J, CH Smith.', section: 'Sources' },
];
const urls = async (answer: Awaited<ReturnType<typeof findOrRelax>>) => (answer.firstPage ?? []).map((r) => r.url);

describe('findOrRelax', () => {
  it('returns every page with all the words, and does not relax', async () => {
    const answer = await findOrRelax(fakePagefind(site), 'balance problems', {});
    expect(await urls(answer)).toEqual(['/symptoms/mobility/']);
    expect(answer.relaxedTo).toBeUndefined();
  });

  it('leaves out small words such as "what" and "with"', async () => {
    const pagefind = fakePagefind(site);
    const answer = await findOrRelax(pagefind, 'problems with my memory', {});
    expect(pagefind.searches[0]!.terms).toBe('problems memory');
    expect(await urls(answer)).toEqual(['/symptoms/cognition/']);
  });

  it('drops a word no page has, and says which words it searched', async () => {
    const answer = await findOrRelax(fakePagefind(site), 'balance problems dizziness', {});
    expect(answer.relaxedTo).toBe('balance problems');
    expect(await urls(answer)).toEqual(['/symptoms/mobility/']);
    expect(answer.found!.results).toHaveLength(1);
  });

  it('when every word is on some page but none has all, drops the word whose removal finds most', async () => {
    // Without "balance", two pages have "memory problems"; without "memory", one has "balance
    // problems"; without "problems", none has "balance memory". So it drops "balance".
    const pages = [...site, { url: '/strategy/wellbeing/', text: 'Memory problems after a long day.', section: 'Strategy' }];
    const answer = await findOrRelax(fakePagefind(pages), 'balance memory problems', {});
    expect(answer.relaxedTo).toBe('memory problems');
    expect((await urls(answer)).sort()).toEqual(['/strategy/wellbeing/', '/symptoms/cognition/']);
  });

  it('says nothing matched when the best result only matched a stray short word', async () => {
    // No indexed word starts with "chocolate"; the stand-in, like Pagefind, falls back to "ch".
    const answer = await findOrRelax(fakePagefind(site), 'chocolate', {});
    expect(answer.found).toBeUndefined();
    expect(answer.firstPage).toBeUndefined();
  });

  it('returns the empty search as it is for one word that finds nothing', async () => {
    const answer = await findOrRelax(fakePagefind(site), 'zzzz', {});
    expect(answer.relaxedTo).toBeUndefined();
    expect(answer.firstPage ?? []).toEqual([]);
  });

  it('does not relax a query of more than eight words, to keep the search quick', async () => {
    const pagefind = fakePagefind(site);
    const long = 'balance problems dizziness walking training helps common energy rest';
    const answer = await findOrRelax(pagefind, long, {});
    expect(answer.relaxedTo).toBeUndefined();
    expect(pagefind.searches).toHaveLength(1);
  });

  it('passes the chosen filters to every search, relaxed or not', async () => {
    const pagefind = fakePagefind(site);
    const answer = await findOrRelax(pagefind, 'fatigue dizziness', { section: ['Glossary'] });
    expect(answer.relaxedTo).toBe('fatigue');
    expect(await urls(answer)).toEqual(['/glossary/#fatigue']);
    for (const search of pagefind.searches) expect(search.filters).toEqual({ section: { any: ['Glossary'] } });
  });

  it(`loads the data of at most ${pageSize} results for the first page`, async () => {
    const many = Array.from({ length: pageSize + 5 }, (_, i) => ({ url: `/page-${i}/`, text: `walking page ${i}` }));
    const answer = await findOrRelax(fakePagefind(many), 'walking', {});
    expect(answer.found!.results).toHaveLength(pageSize + 5);
    expect(answer.firstPage).toHaveLength(pageSize);
  });
});
