/**
 * Reading level of every article, measured on the built HTML with the Flesch–Kincaid grade
 * (src/lib/readability.ts). The summary must be grade 8 or lower and the body grade 10 or
 * lower. Quoted research questions are the paper's own words, so they are left out; so are
 * citation numbers and glossary pop-ups.
 */
import { describe, expect, it } from 'vitest';
import { builtPages } from '../support/built-site.ts';
import { fleschKincaid } from '../../src/lib/readability';

const limits = { summary: 8, body: 10 };

const articles = builtPages()
  .filter((page) => page.$('.in-short').length > 0)
  .map((page) => {
    const $ = page.$;
    const prose = $('.prose').clone();
    prose.find('.term-popover, sup.cite, blockquote').remove();
    // Each paragraph or list item is a unit of reading; a list item without a full stop still ends a thought.
    const body = prose
      .find('p, li')
      .map((_, el) => $(el).text().replace(/\s+/g, ' ').trim())
      .get()
      .filter(Boolean)
      .map((text) => (/[.!?:]$/.test(text) ? text : `${text}.`))
      .join(' ');
    return { url: page.url, summary: fleschKincaid($('.in-short .summary').text()).grade, body: fleschKincaid(body).grade };
  });

describe('readability', () => {
  it('finds the articles to measure', () => expect(articles.length).toBeGreaterThan(3));

  it(`every summary is at grade ${limits.summary} or lower`, () => {
    const over = articles.filter((a) => a.summary > limits.summary).map((a) => `${a.url} (grade ${a.summary})`);
    expect(over).toEqual([]);
  });

  it(`every body is at grade ${limits.body} or lower`, () => {
    const over = articles.filter((a) => a.body > limits.body).map((a) => `${a.url} (grade ${a.body})`);
    expect(over).toEqual([]);
  });
});
