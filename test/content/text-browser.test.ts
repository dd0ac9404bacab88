/**
 * Pages read whole outside a modern browser. Each article page is dumped with a text browser
 * (Debian's w3m, which knows no CSS and no script, like many reader modes, copy-paste and
 * translation tools), and every prose paragraph of its MDX source must read there as written:
 * no glossary definition inside a sentence, no words run together. Each chart's page is dumped
 * too: labels drawn side by side must not run together ("Phase 1Phase 2"), and each chart is
 * read once, not once per drawing (the wide and compact drawings are not markup in the file).
 */
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { contentDir } from '../support/paths.ts';
import { builtPages, fileFor } from '../support/built-site.ts';
import { yamlEntries } from '../support/content-source.ts';
import { articleUrl, type ArticleCollection } from '../../src/lib/sections.ts';

const glossary = new Map(yamlEntries<{ term: string }>('glossary').map((entry) => [entry.id, entry.term]));
const collections: ArticleCollection[] = ['strategy', 'symptoms', 'pages'];
const articles = collections.flatMap((collection) =>
  readdirSync(path.join(contentDir, collection))
    .filter((name) => name.endsWith('.mdx'))
    .map((name) => ({ collection, id: name.replace(/\.mdx$/, ''), file: path.join(contentDir, collection, name) })),
);

/** Quotes, dashes and spaces as plain characters, so typography does not count as a difference. */
const plain = (text: string) =>
  text
    .replace(/[‘’]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/\u2060/g, '')
    .replace(/\s+/g, ' ')
    .trim();

/** The prose paragraphs and list items of an MDX page as a reader should read them. */
function sourceParagraphs(mdx: string): string[] {
  const body = mdx.replace(/^---\n[\s\S]*?\n---\n/, '');
  return (
    body
      .split(/\n\s*\n/)
      .flatMap((block) => (/^\s*- /.test(block) ? block.split(/\n(?=\s*- )/) : [block]))
      .map((block) => block.trim())
      // Headings, components on their own (charts, callouts, question lists) and imports are not prose.
      .filter((block) => block !== '' && !/^(#|<(?!Term\b|Cite\b)|import |export |\||>)/.test(block))
      .map((block) =>
        plain(
          block
            .replace(/^- /, '')
            .replace(/<Term id="([^"]+)"\s*\/>/g, (_all, id: string) => glossary.get(id) ?? id)
            .replace(/<Term id="[^"]+">([\s\S]*?)<\/Term>/g, '$1')
            .replace(/<Cite\b[^>]*\/>/g, '')
            .replace(/\[([^\]]+)\]\([^)]+\)/g, '$1')
            .replace(/\*\*([^*]+)\*\*/g, '$1')
            .replace(/\*([^*]+)\*/g, '$1')
            .replace(/`([^`]+)`/g, '$1'),
        ),
      )
      .filter((text) => text.length > 0 && !/[<>{}]/.test(text))
  );
}

/** The page as w3m shows it, as one line: citation markers (^[1]) dropped. */
function dump(file: string): string {
  const text = execFileSync('w3m', ['-dump', '-cols', '2000', '-T', 'text/html', '-I', 'UTF-8', '-O', 'UTF-8', file], { encoding: 'utf8' });
  return plain(text.replace(/\^?\u2060?\[\d+\]/g, ''));
}

describe.each(articles.map((a) => [articleUrl(a.collection, a.id), a] as const))('%s in a text browser', (url, article) => {
  it('reads every paragraph of its source as written', () => {
    const file = fileFor(url);
    expect(file, `${url} is built`).toBeTruthy();
    const text = dump(file!);
    const paragraphs = sourceParagraphs(readFileSync(article.file, 'utf8'));
    expect(paragraphs.length).toBeGreaterThan(0);
    for (const paragraph of paragraphs) expect(text, `${article.file}: "${paragraph.slice(0, 60)}…"`).toContain(paragraph);
  });
});

/** One page per chart (the first that draws it, embeds aside), with the labels its drawings place one after another. */
const seenCharts = new Set<string>();
const chartPages = builtPages()
  .filter((page) => !page.url.startsWith('/embed/'))
  .flatMap((page) => {
    const charts = page
      .$('svg.chart-svg')
      .toArray()
      .map((svg) => page.$(svg).attr('data-chart-svg') ?? '')
      .filter((id) => !seenCharts.has(id));
    if (charts.length === 0) return [];
    for (const id of charts) seenCharts.add(id);
    const pairs: string[] = [];
    // The first labels of each phone drawing, in order: read once in the page, not once per drawing.
    const openings = page
      .$('svg.chart-svg[data-size="narrow"]')
      .toArray()
      .map((svg) =>
        page
          .$(svg)
          .find('text')
          .toArray()
          .slice(0, 4)
          .map((text) => plain(page.$(text).text()))
          .join(' '),
      );
    page.$('svg.chart-svg').each((_i, svg) => {
      const labels = page
        .$(svg)
        .find('text')
        .toArray()
        .map((text) => plain(page.$(text).text()));
      for (let i = 1; i < labels.length; i++) {
        const [before, after] = [labels[i - 1]!, labels[i]!];
        // Only pairs with words: two numbers run together ("2" "4") could be a real number elsewhere.
        if (/[\p{L}\p{N}]$/u.test(before) && /^[\p{L}\p{N}]/u.test(after) && /\p{L}/u.test(before + after)) pairs.push(before + after);
      }
    });
    return [[page.url, page.file, pairs, openings] as const];
  });

describe('chart pages in a text browser', () => {
  it('finds pages for the charts, and labels side by side in most of them', () => {
    expect(seenCharts.size).toBeGreaterThanOrEqual(7);
    const withPairs = chartPages.filter(([, , pairs]) => pairs.length > 0);
    expect(withPairs.length).toBeGreaterThan(chartPages.length / 2);
  });
  it.each(chartPages)('%s keeps neighbouring labels apart, and reads each chart once', (_url, file, pairs, openings) => {
    const text = dump(file);
    for (const fused of pairs) expect(text, `"${fused}" read as one word`).not.toContain(fused);
    expect(openings.length).toBeGreaterThan(0);
    for (const opening of openings) expect(text.split(opening).length - 1, `"${opening}" is read once`).toBe(1);
  });
});
