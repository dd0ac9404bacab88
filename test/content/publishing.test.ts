/**
 * What sharing, citing and deploying rely on, in every built page: a link-preview picture of the
 * right size, the host's headers file, robots.txt with an absolute sitemap address.
 */
/* JSON-LD is checked field by field, so its values are read as `any`. */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { builtPages } from '../support/built-site';
import { distDir } from '../support/paths';
import { headersForPath, parseHeadersFile } from '../../src/lib/headers-file';
import { contrastRatio } from '../../src/lib/contrast';
import { cardColours } from '../../src/charts/frame/social-card';
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
    const canonical = builtPages()
      .find((p) => p.url === '/')!
      .$('link[rel="canonical"]')
      .attr('href')!;
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
  it('states the licence with every download, which may travel without its page', () => {
    const downloads = ['/pipeline/therapies.csv', '/pipeline/therapies.json', '/charts/pipeline.csv', '/charts/pipeline.png', '/charts/pipeline.svg'];
    for (const download of downloads) {
      expect(existsSync(path.join(distDir, download)), download).toBe(true);
      expect(headersForPath(rules, download)['Link'], download).toBe('<https://creativecommons.org/licenses/by/4.0/>; rel="license"');
    }
  });
  it('caches fingerprinted assets for a year', () => {
    const asset = builtPages()[0]!.$('link[rel="stylesheet"]').attr('href') ?? '/_astro/x.css';
    expect(headersForPath(rules, asset)['Cache-Control']).toContain('immutable');
  });
});

/** Every JSON-LD item of a page, parsed (a block may hold one item or a list). */
// biome-ignore lint/suspicious/noExplicitAny: JSON-LD is untyped JSON; the checks read it field by field
function jsonLd(page: (typeof sharedPages)[number]): Record<string, any>[] {
  return page
    .$('script[type="application/ld+json"]')
    .map((_i, el) => [JSON.parse(page.$(el).text())].flat())
    .get();
}
// biome-ignore lint/suspicious/noExplicitAny: as above
const ofType = (items: Record<string, any>[], type: string) => items.filter((item) => item['@type'] === type);

describe.each(sharedPages.map((page) => [page.url, page] as const))('the structured data of %s', (url, page) => {
  const items = jsonLd(page);
  const canonical = page.$('link[rel="canonical"]').attr('href')!;

  it('parses, and has a BreadcrumbList from home to this page', () => {
    expect(items.length).toBeGreaterThan(0);
    for (const item of items) expect(item['@context']).toBe('https://schema.org');
    const [trail] = ofType(items, 'BreadcrumbList');
    expect(trail).toBeDefined();
    const crumbs = trail!.itemListElement as { position: number; name: string; item: string }[];
    expect(crumbs.map((c) => c.position)).toEqual(crumbs.map((_c, i) => i + 1));
    expect(crumbs[0]!.item).toBe(new URL('/', canonical).href);
    expect(crumbs.at(-1)!.item).toBe(canonical);
    for (const crumb of crumbs) expect(crumb.name.trim()).not.toBe('');
  });

  const reviewed = page.$('.review-note time').attr('datetime');
  if (page.$('article.article').length > 0) {
    it('is a MedicalWebPage with its review date and the condition it is about', () => {
      const [article] = ofType(items, 'MedicalWebPage');
      expect(article).toBeDefined();
      expect(article!.lastReviewed).toBe(reviewed);
      expect(article!.name).toBe(page.$('h1').first().text().trim());
      expect(article!.about['@type']).toBe('MedicalCondition');
      expect(article!.url).toBe(canonical);
      expect(article!.license).toMatch(/creativecommons\.org\/licenses\/by\/4\.0/);
    });
  }

  const isTherapy = page.$('[data-therapy-checked]').length > 0;
  if (isTherapy) {
    it('names the therapy as a Drug or therapy, with each of its trials as a MedicalTrial', () => {
      const [article] = ofType(items, 'MedicalWebPage');
      expect(article!.lastReviewed).toBe(reviewed);
      expect(['Drug', 'MedicalTherapy']).toContain(article!.mainEntity['@type']);
      expect(page.$('h1').first().text()).toContain(article!.mainEntity.name);
      const trials = article!.mentions as { '@type': string; name: string }[];
      expect(trials.map((t) => t.name).sort()).toEqual(
        page
          .$('section.trial h3')
          .map((_i, h) => page.$(h).text().trim())
          .get()
          .sort(),
      );
      for (const trial of trials) expect(trial['@type']).toBe('MedicalTrial');
    });
  }

  if (url === '/pipeline/') {
    it('describes the open data as a Dataset whose files exist', () => {
      const [data] = ofType(items, 'Dataset');
      expect(data).toBeDefined();
      expect(data!.license).toMatch(/creativecommons/);
      const files = data!.distribution as { contentUrl: string; encodingFormat: string }[];
      expect(files.map((f) => f.encodingFormat).sort()).toEqual(['application/json', 'text/csv']);
      for (const file of files) expect(existsSync(path.join(distDir, new URL(file.contentUrl).pathname)), file.contentUrl).toBe(true);
    });

    it('states the licence inside the JSON download, which travels without its page', () => {
      const json = JSON.parse(readFileSync(path.join(distDir, 'pipeline', 'therapies.json'), 'utf8')) as { licence?: { url?: string }; credit?: string };
      expect(json.licence?.url).toBe(ofType(items, 'Dataset')[0]!.license);
      expect(json.credit).toContain('Licence: CC BY 4.0');
    });
  }

  // Articles, therapy pages and the pipeline must be citable.
  if (reviewed && (page.$('article.article').length > 0 || isTherapy || url === '/pipeline/')) {
    it('can be cited: Highwire tags, APA and Vancouver with the review and access dates, BibTeX and RIS files', () => {
      const meta = (name: string) => page.$(`meta[name="${name}"]`).attr('content');
      expect(meta('citation_title')).toBe(page.$('meta[property="og:title"]').attr('content'));
      expect(meta('citation_public_url')).toBe(canonical);
      expect(meta('citation_publication_date')).toBe(reviewed!.replaceAll('-', '/'));
      const apa = page.$('[data-citation="apa"]').text();
      const [year, month, day] = reviewed!.split('-').map(Number);
      const reviewedWords = new Date(Date.UTC(year!, month! - 1, day!)).toLocaleDateString('en-US', { month: 'long', day: 'numeric', timeZone: 'UTC' });
      expect(apa).toContain(`(${year}, ${reviewedWords})`);
      expect(apa).toMatch(/Retrieved \w+ \d{1,2}, \d{4}, from /);
      expect(apa.endsWith(canonical)).toBe(true);
      expect(page.$('[data-citation="vancouver"]').text()).toMatch(
        /\[Internet\].*\[reviewed \d{4} \w{3} \d{1,2}; cited \d{4} \w{3} \d{1,2}\]\. Available from: /,
      );
      for (const link of page
        .$('.cite-file')
        .map((_i, a) => page.$(a).attr('href'))
        .get()) {
        const file = readFileSync(path.join(distDir, link), 'utf8');
        expect(file, link).toContain(canonical);
        expect(file, link).toContain(meta('citation_title')!);
        expect(file, link).toMatch(/CC BY 4\.0/);
      }
    });
  }

  it('states the CC BY 4.0 licence in its footer', () => {
    expect(page.$('footer a[rel="license"]').attr('href')).toBe('https://creativecommons.org/licenses/by/4.0/');
  });
});

const sharePages = builtPages().filter((page) => /^\/charts\/[^/]+\/$/.test(page.url));

describe('chart share pages', () => {
  it('are built, one per chart', () => {
    expect(sharePages.length).toBeGreaterThanOrEqual(7);
  });
  it.each(sharePages.map((page) => [page.url, page] as const))('%s shows the chart as its SVG download, at the size of that file', (url, page) => {
    const image = page.$('.share-figure img');
    expect(image.length, `${url} has one picture`).toBe(1);
    const id = url.split('/')[2];
    expect(image.attr('src')).toBe(`/charts/${id}.svg`);
    const svg = readFileSync(path.join(distDir, 'charts', `${id}.svg`), 'utf8');
    const [, width, height] = /<svg[^>]*\swidth="(\d+)"[^>]*\sheight="(\d+)"/.exec(svg) ?? [];
    // The page reserves the picture's exact box, so nothing below it moves when it loads.
    expect({ width: image.attr('width'), height: image.attr('height') }).toEqual({ width, height });
    expect(image.attr('alt')?.length).toBeGreaterThan(20);
  });
});
