/** The chart frame's pure parts: CSV, URL state, label dodging, text wrapping, symbols and the SVG export. */
import { describe, expect, it } from 'vitest';
import { toCsv } from '../../../src/charts/frame/csv';
import { matchesWhen, readState, when, whenAttributes, writeState, initialState } from '../../../src/charts/frame/url-state';
import { dodge } from '../../../src/charts/frame/labels';
import { textWidth, wrapText } from '../../../src/charts/frame/text';
import { boundingBox, round, roundRect } from '../../../src/charts/frame/geometry';
import { strokedSymbols, symbolPath } from '../../../src/charts/frame/symbols';
import { exportCss, lightTokens, standaloneSvg } from '../../../src/charts/frame/export';
import { embedCode, embedFrameHeight } from '../../../src/charts/frame/files';
import { checkChartWords } from '../../../src/charts/frame/check-words';

describe('toCsv', () => {
  it('writes a header of labels and one line per row, in column order', () => {
    const csv = toCsv({
      columns: [
        { key: 'b', label: 'Bee' },
        { key: 'a', label: 'Ay' },
      ],
      rows: [
        { a: 1, b: 'x' },
        { a: 2.5, b: 'y' },
      ],
    });
    expect(csv).toBe('Bee,Ay\r\nx,1\r\ny,2.5\r\n');
  });
  it('quotes fields with commas, quotes or line breaks, doubling inner quotes', () => {
    const csv = toCsv({ columns: [{ key: 'q', label: 'Question, quoted' }], rows: [{ q: 'Is it "new"?' }, { q: 'two\nlines' }] });
    expect(csv).toBe('"Question, quoted"\r\n"Is it ""new""?"\r\n"two\nlines"\r\n');
  });
  it('leaves a missing value empty', () => {
    expect(
      toCsv({
        columns: [
          { key: 'a', label: 'A' },
          { key: 'b', label: 'B' },
        ],
        rows: [{ a: 1 }],
      }),
    ).toBe('A,B\r\n1,\r\n');
  });
});

describe('URL state', () => {
  const allowed = { view: ['shares', 'dollars'] };
  it('reads only known keys with allowed values', () => {
    expect(readState('?funding-2017.view=dollars&other=1', 'funding-2017', allowed)).toEqual({ view: 'dollars' });
    expect(readState('?funding-2017.view=<script>', 'funding-2017', allowed)).toEqual({});
    expect(readState('?other-chart.view=dollars', 'funding-2017', allowed)).toEqual({});
  });
  it('writes changed values, drops initial ones and keeps other parameters', () => {
    const initial = { view: 'shares' };
    expect(writeState('?q=1', 'funding-2017', { view: 'dollars' }, initial)).toBe('?q=1&funding-2017.view=dollars');
    expect(writeState('?funding-2017.view=dollars', 'funding-2017', { view: 'shares' }, initial)).toBe('');
  });
  it('round-trips: what is written is read back', () => {
    const search = writeState('', 'c', { view: 'dollars' }, { view: 'shares' });
    expect(readState(search, 'c', allowed)).toEqual({ view: 'dollars' });
  });
  it('matches data-when conditions: every key must have a listed value', () => {
    expect(matchesWhen('view=shares', { view: 'shares' })).toBe(true);
    expect(matchesWhen('view=shares', { view: 'dollars' })).toBe(false);
    expect(matchesWhen('symptom=all|pain;kind=all', { symptom: 'pain', kind: 'all' })).toBe(true);
    expect(matchesWhen('symptom=all|pain;kind=all', { symptom: 'pain', kind: 'treating' })).toBe(false);
    expect(matchesWhen('', {})).toBe(true);
  });
  it('marks elements of other views as off in the HTML', () => {
    expect(when({ a: 'x', b: ['y', 'z'] })).toBe('a=x;b=y|z');
    expect(whenAttributes({ view: 'dollars' }, { view: 'shares' })).toEqual({ 'data-when': 'view=dollars', 'data-off': '' });
    expect(whenAttributes({ view: 'shares' }, { view: 'shares' })['data-off']).toBeUndefined();
    expect(initialState([{ key: 'view', initial: 'shares' }])).toEqual({ view: 'shares' });
  });
});

describe('dodge', () => {
  const overlaps = (tops: number[], heights: number[], gap: number) => tops.some((top, i) => i > 0 && top < tops[i - 1]! + heights[i - 1]! + gap - 1e-9);

  it('leaves labels that do not collide where they want to be', () => {
    expect(
      dodge(
        [
          { want: 0, height: 10 },
          { want: 50, height: 10 },
        ],
        4,
        0,
        100,
      ),
    ).toEqual([0, 50]);
  });
  it('pushes colliding labels apart, in order, by at least the gap', () => {
    const blocks = [10, 10, 10, 10].map((want) => ({ want, height: 20 }));
    const tops = dodge(blocks, 5, 0, 200);
    expect(overlaps(tops, [20, 20, 20, 20], 5)).toBe(false);
    expect(tops[0]).toBe(10);
  });
  it('pulls labels back up when the last would run past the bottom', () => {
    const tops = dodge(
      [
        { want: 90, height: 10 },
        { want: 95, height: 10 },
      ],
      2,
      0,
      100,
    );
    expect(tops[1]! + 10).toBeLessThanOrEqual(100);
    expect(overlaps(tops, [10, 10], 2)).toBe(false);
  });
  it('starts at the top and keeps order when they cannot all fit', () => {
    const tops = dodge(
      [
        { want: 5, height: 60 },
        { want: 5, height: 60 },
      ],
      0,
      0,
      100,
    );
    expect(tops).toEqual([0, 60]);
  });
  it('handles no labels', () => {
    expect(dodge([], 4, 0, 100)).toEqual([]);
  });
});

describe('wrapText', () => {
  it('keeps every word, in order, and each line within the width', () => {
    const text = 'Cognition research asks whether training in thinking skills helps people with progressive MS';
    const lines = wrapText(text, 150);
    expect(lines.join(' ')).toBe(text);
    for (const line of lines.filter((l) => l.includes(' '))) expect(textWidth(line)).toBeLessThanOrEqual(150);
  });
  it('breaks a long hyphenated word after its hyphen, and keeps a long plain word whole on its own line', () => {
    // 100 units hold 11 glyphs of 8.4 units.
    expect(wrapText('Disease-modifying therapy', 100)).toEqual(['Disease-', 'modifying', 'therapy']);
    expect(wrapText('a neurofilament b', 40)).toEqual(['a', 'neurofilament', 'b']);
  });
  it('cuts a long plain word into pieces for text that must stay inside its box', () => {
    expect(wrapText('abcdefghijklmnopqrstuvwxyz', 100, { breakWords: true })).toEqual(['abcdefghijk', 'lmnopqrstuv', 'wxyz']);
    expect(wrapText('Disease-modifying therapy', 100, { breakWords: true })).toEqual(['Disease-', 'modifying', 'therapy']);
  });
  it('keeps a hyphenated word whole where it fits', () => {
    expect(wrapText('Disease-modifying', 200)).toEqual(['Disease-modifying']);
  });
  it('keeps short text on one line and measures bold text wider', () => {
    expect(wrapText('Genes', 100)).toEqual(['Genes']);
    // 12 glyphs are 100.8 units: too wide for 101 in bold, not in regular type.
    expect(wrapText('Ageing stays', 101)).toEqual(['Ageing stays']);
    expect(wrapText('Ageing stays', 101, { bold: true })).toEqual(['Ageing', 'stays']);
  });
  it('measures text at its size', () => {
    expect(textWidth('abcd', { size: 30 })).toBeCloseTo(textWidth('abcd') * 2);
    expect(wrapText('Ageing stays', 101, { size: 30 })).toEqual(['Ageing', 'stays']);
  });
  it('returns no lines for empty text', () => {
    expect(wrapText('   ', 100)).toEqual([]);
    expect(wrapText('', 100)).toEqual([]);
  });
});

describe('boundingBox', () => {
  it('surrounds all rectangles, and is empty for none', () => {
    expect(
      boundingBox([
        { x: 0, y: 5, width: 10, height: 10 },
        { x: 20, y: 0, width: 5, height: 5 },
      ]),
    ).toEqual({ x: 0, y: 0, width: 25, height: 15 });
    expect(boundingBox([])).toEqual({ x: 0, y: 0, width: 0, height: 0 });
  });
});

describe('SVG export', () => {
  const tokens = lightTokens(
    ':root { --color-text: #111111; --color-chart-1: #0e7c86; }\n@media (prefers-color-scheme: dark) { :root { --color-text: #eeeeee; } }',
  );
  it('reads the light values only', () => {
    expect(tokens).toEqual({ 'color-text': '#111111', 'color-chart-1': '#0e7c86' });
  });
  it('fills in colours and drops page-only rules', () => {
    const css = exportCss(
      "/* c */ .series-1 { fill: var(--color-chart-1); }\n.chart-svg[data-size='wide'] { display: none; }\n@container chart (min-width: 36rem) { .a { display: none; } }\n.x { fill: var(--color-missing); }",
      tokens,
    );
    expect(css).toMatch(/\.series-1 \{ fill: #0e7c86;\s*\}/);
    expect(css).not.toContain('data-size');
    expect(css).not.toContain('@container');
    expect(css).not.toContain('var(');
  });
  it('makes one self-contained, titled SVG with the source and address under the chart', () => {
    const svg = standaloneSvg({
      inner: '<rect width="10" height="10"/>',
      width: 720,
      height: 300,
      title: 'A & B <title>',
      source: 'Source: X.',
      url: 'https://example.org/p/',
      css: '.a{}',
      background: '#fff',
    });
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(svg).toContain('<title id="export-title">A &amp; B &lt;title&gt;</title>');
    expect(svg).toContain('Source: X.');
    expect(svg).toContain('https://example.org/p/');
    const [, , width, height] = svg
      .match(/viewBox="([^"]+)"/)![1]!
      .split(' ')
      .map(Number);
    expect(width).toBe(720 + 48);
    expect(height).toBeGreaterThan(300);
  });
});

describe('embedCode', () => {
  it('points an iframe at the embed page, sized for the chart, and listens only to this site', () => {
    const spec = {
      id: 'c1',
      summary: 'One sentence.',
      kind: 'data' as const,
      controls: [],
      layouts: { narrow: { height: 500 }, compact: { height: 520 }, wide: { height: 400 } },
    };
    const code = embedCode(spec, 'A "quoted" title', new URL('https://charts.example/'));
    expect(code).toContain('src="https://charts.example/embed/c1/"');
    expect(code).toContain('title="A &quot;quoted&quot; title"');
    // Tall enough for the phone drawing at its largest (1.2 times) plus the title and summary above it.
    const height = Number(code.match(/height="(\d+)"/)![1]);
    expect(height).toBeGreaterThan(500 * 1.2 + 60);
    expect(
      embedFrameHeight(
        {
          ...spec,
          controls: [
            {
              key: 'v',
              label: 'Show',
              initial: 'a',
              options: [
                { value: 'a', label: 'A' },
                { value: 'b', label: 'B' },
              ],
            },
          ],
        },
        'A "quoted" title',
      ),
    ).toBeGreaterThan(height);
    expect(code).toContain('e.origin!=="https://charts.example"');
  });
});

describe('checkChartWords', () => {
  const spec = {
    id: 'c',
    component: 'TestChart',
    title: 'Cognition got $5 of every $100',
    summary: 'Of $228.7 million, 5% went to cognition.',
    description: ['About $11 million went to cognition.'],
    table: { columns: [{ key: 'p', label: 'Share' }], rows: [{ p: 5 }, { p: 90.7 }] },
  };
  it("accepts words that use the chart's numbers, and years", () => {
    expect(() => checkChartWords(spec, { summary: 'In 2017, 90.7% of grants went elsewhere.' }, 'x.mdx')).not.toThrow();
    expect(() => checkChartWords(spec, { title: 'About $11 million went to cognition research' }, 'x.mdx')).not.toThrow();
    expect(() => checkChartWords(spec, {}, 'x.mdx')).not.toThrow();
  });
  it('names the file, the component and the number the data does not have', () => {
    expect(() => checkChartWords(spec, { summary: 'Only 12% went to symptoms.' }, 'pages/a.mdx')).toThrow(
      /pages\/a\.mdx: <TestChart> summary: says 12, which the chart's data does not/,
    );
    expect(() => checkChartWords(spec, { title: 'Cognition got 6% of the money' }, 'pages/a.mdx')).toThrow(/<TestChart> title: says 6/);
  });
  it('asks for one sentence and a real title', () => {
    expect(() => checkChartWords(spec, { summary: 'It is small. It is 5%.' }, 'a.mdx')).toThrow(/is not one sentence/);
    expect(() => checkChartWords(spec, { summary: 'no capital letter.' }, 'a.mdx')).toThrow(/is not one sentence/);
    expect(() => checkChartWords(spec, { title: '' }, 'a.mdx')).toThrow(/title: is empty or too short/);
  });
});

describe('symbolPath', () => {
  /** Every x, y pair a path visits (absolute commands only, which is what it writes besides h/v). */
  const points = (d: string) => [...d.matchAll(/(-?[\d.]+),(-?[\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])] as const);
  it.each(['diamond', 'triangle', 'check', 'cross', 'arrow'] as const)('draws a %s inside the square it is given, centred where asked', (shape) => {
    const d = symbolPath(shape, 50, 20, 16);
    const all = points(d);
    expect(all.length).toBeGreaterThanOrEqual(3);
    for (const [x, y] of all) {
      expect(x).toBeGreaterThanOrEqual(42);
      expect(x).toBeLessThanOrEqual(58);
      expect(y).toBeGreaterThanOrEqual(12);
      expect(y).toBeLessThanOrEqual(28);
    }
  });
  it('draws the circle and square with d3-shape, spanning the side given', () => {
    expect(symbolPath('square', 10, 10, 8)).toBe('M6,6h8v8h-8Z');
    expect(symbolPath('circle', 10, 10, 8)).toBe('M14,10A4,4,0,1,1,6,10A4,4,0,1,1,14,10');
    expect(symbolPath('diamond', 10, 10, 8)).toBe('M10,6L14,10L10,14L6,10Z');
  });
  it('leaves the tick and the cross open, to be drawn as lines', () => {
    for (const shape of strokedSymbols) expect(symbolPath(shape, 0, 0, 10)).not.toMatch(/Z$/);
    expect(symbolPath('triangle', 0, 0, 10)).toMatch(/Z$/);
  });
});

describe('round and roundRect', () => {
  it('round to a hundredth of a unit, finer than any screen shows', () => {
    expect(round(1.23456)).toBe(1.23);
    expect(roundRect({ x: 1.005, y: 2.3333, width: 10.129, height: 0.001 })).toEqual({ x: 1, y: 2.33, width: 10.13, height: 0 });
  });
});
