/**
 * Every chart in the built site: the figure holds its title, summary, its SVG layouts, a
 * description, a data table and its source; its downloads are real files that match the table;
 * its embed page exists; and the numbers in its words are numbers in its data. Drawings are
 * snapshotted as geometry in the layouts' unit tests, on fixed inputs, so live content and the
 * calendar never change a snapshot.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { load, type CheerioAPI } from 'cheerio';
import { builtPages, fileFor, type BuiltPage } from '../support/built-site.ts';
import { distDir } from '../support/paths.ts';
import { parseCsv } from '../support/csv.ts';
import { numbersIn } from '../support/chart-text.ts';
import { unknownNumbers } from '../../src/lib/numbers.ts';
import { drawingBlockAttribute, drawingUnpackScript, unpackDrawingBlocks } from '../../src/lib/chart-drawing.ts';
import { sha256Source } from '../../src/lib/csp.ts';

interface ChartOnPage {
  id: string;
  page: BuiltPage;
}

const articlePages = builtPages().filter((page) => !page.url.startsWith('/embed/'));
const charts: ChartOnPage[] = articlePages.flatMap((page) =>
  page
    .$('chart-frame')
    .map((_i, el) => ({ id: page.$(el).attr('data-chart')!, page }))
    .get(),
);

/** The table's cells as text, header first. */
function tableCells($: CheerioAPI, id: string): string[][] {
  return $(`table[data-chart-table="${id}"] tr`)
    .map((_i, tr) => [
      $(tr)
        .children('th, td')
        .map((_j, cell) => $(cell).text().trim())
        .get(),
    ])
    .get() as string[][];
}

describe('charts', () => {
  it.each([
    ['strategy-at-a-glance', ['/', '/strategy/']],
    ['what-shapes-progression', ['/strategy/mechanisms/']],
    ['funding-2017', ['/symptoms/']],
    ['research-questions', ['/symptoms/']],
    ['trial-size', ['/strategy/trials/']],
    ['pipeline', ['/pipeline/']],
    ['trials-ibudilast', ['/pipeline/ibudilast/']],
  ])('%s is on %j', (id, urls) => {
    expect(
      charts
        .filter((c) => c.id === id)
        .map((c) => c.page.url)
        .sort(),
    ).toEqual([...urls].sort());
  });

  it('each appear once per page, with a unique id', () => {
    for (const page of articlePages) {
      const ids = page
        .$('chart-frame')
        .map((_i, el) => page.$(el).attr('data-chart'))
        .get();
      expect(new Set(ids).size, page.url).toBe(ids.length);
    }
  });
});

describe.each(charts.map((c) => [c.id, c.page.url, c] as const))('chart %s on %s', (id, _url, { page }) => {
  const { $ } = page;
  const frame = $(`chart-frame[data-chart="${id}"]`);
  const figure = frame.children('figure');

  it('is a figure with a takeaway title and a one-sentence summary', () => {
    expect(figure.length).toBe(1);
    const title = figure.find(`#${id}-title`);
    expect(title.text().trim().length).toBeGreaterThan(20);
    expect(figure.attr('aria-labelledby')).toBe(`${id}-title`);
    const summary = figure.find(`#${id}-summary`).text().trim();
    expect(summary).toMatch(/^[A-Z0-9$].+\.$/);
  });

  it('draws a narrow and a wide layout as inline SVG, named and described, with a fixed aspect ratio', () => {
    for (const size of ['narrow', 'wide']) {
      const svg = figure.find(`svg[data-size="${size}"]`);
      expect(svg.length, size).toBe(1);
      const [, , width, height] = (svg.attr('viewBox') ?? '').split(' ').map(Number);
      expect(Number(svg.attr('width')), size).toBe(width);
      expect(Number(svg.attr('height')), size).toBe(height);
      expect(svg.attr('aria-labelledby')).toBe(`${id}-title`);
      for (const ref of (svg.attr('aria-describedby') ?? '').split(' ')) expect($(`#${ref}`).length, ref).toBe(1);
      expect(svg.find('[data-mark]').length, `${size} marks`).toBeGreaterThan(0);
    }
  });

  it('keeps the drawing out of the search index but not its words', () => {
    expect(figure.find('.chart-canvas').attr('data-pagefind-ignore')).toBeDefined();
    expect(figure.find('.chart-head [data-pagefind-ignore]').length).toBe(0);
  });

  it('names every mark, so a screen reader can read each part', () => {
    figure.find('[data-mark]').each((_i, mark) => {
      expect($(mark).attr('aria-label')?.trim().length, $(mark).attr('data-mark')).toBeGreaterThan(3);
    });
  });

  it('names each mark with the words it shows first, so speaking what is seen activates it (WCAG 2.5.3)', () => {
    const words = (text: string) => text.replace(/\s+/g, ' ').trim().toLowerCase();
    figure.find('[data-mark]').each((_i, mark) => {
      // The mark's own first line of text, if it shows one (a bar or a dot may show none).
      const first = $(mark).find('text tspan').first().text() || $(mark).find('text').first().text();
      if (words(first).length === 0) return;
      expect(words($(mark).attr('aria-label') ?? ''), `${$(mark).attr('data-mark')} shows "${first.trim()}"`).toContain(words(first));
    });
  });

  it('has a description and the data as a table', () => {
    expect(figure.find(`#${id}-description p`).text().length).toBeGreaterThan(80);
    const cells = tableCells($, id);
    expect(cells.length).toBeGreaterThan(1);
    expect(figure.find('details table caption').text()).toContain('Data:');
  });

  it('names its source with a link', () => {
    const links = figure.find('.chart-source a');
    expect(links.length).toBeGreaterThan(0);
    links.each((_i, a) => {
      const href = $(a).attr('href')!;
      expect(href).toMatch(/^(https?:\/\/|\/)/);
      // A link within the site goes to a list of sources that is really there.
      if (href.startsWith('/')) {
        const [pathname, anchor] = href.split('#');
        const target = builtPages().find((p) => p.url === pathname);
        expect(target, href).toBeDefined();
        if (anchor) expect(target!.$(`[id="${anchor}"]`).length, href).toBe(1);
      }
    });
  });

  it('offers SVG, PNG and CSV downloads that are real files', () => {
    for (const ext of ['svg', 'png', 'csv']) {
      const href = figure.find(`a[href="/charts/${id}.${ext}"]`);
      expect(href.length, ext).toBe(1);
      expect(href.attr('download'), ext).toBeDefined();
      expect(existsSync(path.join(distDir, 'charts', `${id}.${ext}`)), ext).toBe(true);
    }
  });

  it('has a downloadable SVG that stands alone: titled, coloured, with its source', () => {
    const svg = readFileSync(path.join(distDir, 'charts', `${id}.svg`), 'utf8');
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg).toContain(`<title id="export-title">`);
    expect(svg).not.toContain('var(--');
    expect(svg).not.toContain('data-off');
    expect(svg).toContain('Source:');
  });

  it('has a PNG picture', () => {
    const png = readFileSync(path.join(distDir, 'charts', `${id}.png`));
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(png.readUInt32BE(16)).toBeGreaterThan(700);
  });

  it('has a CSV with exactly the rows and columns of its table', () => {
    const csv = parseCsv(readFileSync(path.join(distDir, 'charts', `${id}.csv`), 'utf8'));
    const table = tableCells($, id);
    expect(csv[0]).toEqual(table[0]);
    expect(csv.length).toBe(table.length);
    csv.slice(1).forEach((row, r) => {
      row.forEach((value, c) => {
        const shown = table[r + 1]![c]!;
        const number = Number(value);
        if (value !== '' && Number.isFinite(number)) expect(numbersIn(shown), `row ${r + 1}, column ${c + 1}`).toContain(number);
        else expect(shown, `row ${r + 1}, column ${c + 1}`).toBe(value);
      });
    });
  });

  it('says only numbers that are in its data', () => {
    const [, ...body] = tableCells($, id);
    // Counts a reader can make from the table are in the data too: its rows, how many rows share
    // a value in a column, and a numeric column's total.
    const columns = body[0]?.map((_cell, c) => body.map((row) => row[c] ?? '')) ?? [];
    const counts = [
      body.length,
      ...columns.flatMap((cells) => [...new Set(cells)].map((value) => cells.filter((cell) => cell === value).length)),
      ...columns.filter((cells) => cells.every((cell) => /^\d+$/.test(cell))).map((cells) => cells.reduce((sum, cell) => sum + Number(cell), 0)),
    ];
    const data = new Set([
      ...counts,
      ...tableCells($, id).flat().flatMap(numbersIn),
      ...figure
        .find('[data-mark]')
        .map((_i, m) =>
          Object.entries(m.attribs)
            .filter(([k]) => k === 'data-label' || k.startsWith('data-label-'))
            .map(([, v]) => v),
        )
        .get()
        .flatMap(numbersIn),
    ]);
    const words = `${figure.find(`#${id}-title`).text()} ${figure.find(`#${id}-summary`).text()}`;
    expect(unknownNumbers(words, data), 'numbers in the title or summary that the chart does not draw').toEqual([]);
  });

  it('has an embed page with the chart, its source and a link back to this page', () => {
    const file = fileFor(`/embed/${id}/`);
    expect(file).toBeDefined();
    const embed = builtPages().find((p) => p.url === `/embed/${id}/`)!;
    expect(embed.$('h1.chart-title').text().trim().length).toBeGreaterThan(0);
    expect(embed.$('svg[data-size="wide"]').length).toBe(1);
    const back = embed.$('.chart-source a[target="_top"]').attr('href');
    const homes = charts.filter((c) => c.id === id).map((c) => c.page.url);
    expect(homes).toContain(back && new URL(back).pathname);
    expect(embed.$('meta[name="robots"]').attr('content')).toBe('noindex');
  });

  it('gives embed code that frames the embed page', () => {
    const code = figure.find('template[data-embed-code]').html() ?? '';
    expect(code).toContain(`/embed/${id}/`);
    expect(code).toMatch(/height="\d+"/);
  });
});

describe('chart pages stay light', () => {
  /** The gzipped size of a page's scripts, following their imports. */
  function scriptBytes(page: BuiltPage): number {
    const seen = new Set<string>();
    const visit = (src: string) => {
      const file = path.join(distDir, src);
      if (seen.has(file) || !existsSync(file)) return;
      seen.add(file);
      const code = readFileSync(file, 'utf8');
      for (const m of code.matchAll(/(?:import|from)\s*["'](\.{1,2}\/[^"']+\.js)["']/g)) {
        visit(path.posix.join(path.posix.dirname(src), m[1]!));
      }
    };
    page.$('script[src]').each((_i, s) => visit(page.$(s).attr('src')!));
    const inline = page
      .$('script:not([src])')
      .map((_i, s) => page.$(s).html() ?? '')
      .get()
      .join('');
    return [...seen].reduce((sum, file) => sum + gzipSync(readFileSync(file)).length, 0) + gzipSync(inline).length;
  }

  it.each([...new Set(charts.map((c) => c.page.url))])('%s ships at most 15 KB of gzipped JavaScript', (url) => {
    const page = builtPages().find((p) => p.url === url)!;
    expect(scriptBytes(page)).toBeLessThanOrEqual(15 * 1024);
  });
});

describe('a chart as written in the page file', () => {
  const written = [...builtPages().filter((page) => page.$('chart-frame').length > 0)];

  it.each(written.map((page) => [page.url, page] as const))(
    '%s holds each phone drawing as markup and the others as data blocks its scripts unpack, under its CSP',
    (_url, page) => {
      const $ = load(page.html);
      const frames = $('chart-frame');
      // As written: one drawing of markup per chart (the phone one), so its words are in the page once.
      expect($('svg.chart-svg').length).toBe(frames.length);
      expect($('svg.chart-svg[data-size="narrow"]').length).toBe(frames.length);
      for (const size of ['wide', 'compact']) {
        expect($(`script[type="text/plain"][${drawingBlockAttribute}="${size}"]`).length, size).toBe(frames.length);
      }
      // Each block is followed at once by the script that unpacks it: unpacked, no block is left.
      expect(load(unpackDrawingBlocks(page.html))(`script[${drawingBlockAttribute}]`).length, 'blocks without their unpacking script').toBe(0);
      expect($('meta[http-equiv="content-security-policy"]').attr('content')).toContain(`'${sha256Source(drawingUnpackScript)}'`);
      // Unpacked, the page has all three drawings of every chart.
      expect(page.$('svg.chart-svg').length).toBe(frames.length * 3);
    },
  );
});
