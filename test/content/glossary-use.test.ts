/**
 * Glossary words on the built pages: the first use of each term in an article's prose is a
 * <Term> (so a reader can open its meaning right there), and every glossary entry has its
 * own anchor on /glossary/ that links can reach.
 *
 * Counted as uses: a term's headword (any case, plural too) and its abbreviations (MS, NfL…).
 * Not counted: headings, quotations (the papers' own words), link text, figures, tables, and names of
 * organisations such as the International Progressive MS Alliance (src/lib/term-mentions.ts).
 */
import { describe, expect, it } from 'vitest';
import type { CheerioAPI } from 'cheerio';
import type { AnyNode } from 'domhandler';
import { builtPages } from '../support/built-site.ts';
import { glossaryFiles } from '../support/glossary-source.ts';
import { unmarkedFirstMentions, type Segment } from '../../src/lib/term-mentions';

const glossary = glossaryFiles();
const skipped = 'h1, h2, h3, h4, h5, h6, blockquote, a, figure, table, sup, .term-popover, script, style';

/** The prose in reading order, as text pieces and marked terms. */
function segmentsOf($: CheerioAPI): Segment[] {
  const segments: Segment[] = [];
  const walk = (node: AnyNode): void => {
    if (node.type === 'text') {
      segments.push({ text: node.data });
      return;
    }
    if (node.type !== 'tag') return;
    const element = $(node);
    if (element.is('[data-term]')) {
      segments.push({ termId: element.attr('data-term')! });
      return;
    }
    if (element.is(skipped)) return;
    node.children.forEach(walk);
  };
  $('.prose').each((_, prose) => walk(prose));
  return segments;
}

// Articles are the MDX pages (they open with "In short"); pages built from data come later.
const articles = builtPages().filter((page) => page.$('.in-short').length > 0);

describe('glossary terms in articles', () => {
  it('finds articles to check', () => expect(articles.length).toBeGreaterThan(3));

  it.each(articles.map((page) => [page.url, page] as const))('%s marks the first use of each glossary term', (_url, page) => {
    const unmarked = unmarkedFirstMentions(segmentsOf(page.$), glossary).map(
      (m) => `"${m.found}" (glossary: ${m.termId}) in "…${m.context}…" — wrap its first use in <Term id="${m.termId}">`,
    );
    expect(unmarked).toEqual([]);
  });
});

describe('the glossary page', () => {
  const page = builtPages().find((p) => p.url === '/glossary/');

  it('gives every glossary entry its own anchor', () => {
    const missing = glossary.filter((entry) => page?.$(`[id="${entry.id}"]`).length !== 1).map((entry) => entry.id);
    expect(missing).toEqual([]);
  });

  it('shows every headword', () => {
    const text = page?.$('main').text() ?? '';
    expect(glossary.filter((entry) => !text.includes(entry.term)).map((entry) => entry.term)).toEqual([]);
  });
});
