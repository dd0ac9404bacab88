/** Reads the built site in dist/: its pages, as files and as parsed documents. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { load, type CheerioAPI } from 'cheerio';
import { distDir } from './paths.ts';
import { unpackDrawingBlocks } from '../../src/lib/chart-drawing.ts';

export interface BuiltPage {
  /** The URL path a reader visits, e.g. /symptoms/fatigue/. */
  url: string;
  file: string;
  /** The file as written. */
  html: string;
  /** The page parsed, with its chart drawings unpacked as its scripts unpack them. */
  $: CheerioAPI;
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return htmlFiles(full);
    return name.endsWith('.html') ? [full] : [];
  });
}

export function urlOf(file: string): string {
  const relative = path.relative(distDir, file).split(path.sep).join('/');
  if (relative === 'index.html') return '/';
  if (relative.endsWith('/index.html')) return `/${relative.slice(0, -'index.html'.length)}`;
  return `/${relative}`;
}

export function assertBuilt(): void {
  if (!existsSync(path.join(distDir, 'index.html'))) {
    throw new Error('dist/ has no built site. Run `npm run build` first (npm test does this for you).');
  }
}

let cache: BuiltPage[] | undefined;
export function builtPages(): BuiltPage[] {
  assertBuilt();
  cache ??= htmlFiles(distDir)
    .sort()
    .map((file) => {
      const html = readFileSync(file, 'utf8');
      // `$` is the page as the browser has it once its inline scripts have unpacked the chart
      // drawings (src/lib/chart-drawing.ts); `html` is the file as written.
      return { url: urlOf(file), file, html, $: load(unpackDrawingBlocks(html)) };
    });
  return cache;
}

/** The pages listed in the sitemap, as URL paths. */
export function sitemapUrls(): string[] {
  assertBuilt();
  const files = readdirSync(distDir).filter((name) => /^sitemap-\d+\.xml$/.test(name));
  return files.flatMap((name) => [...readFileSync(path.join(distDir, name), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname));
}

/** Where a URL path is in dist/, if it exists there. */
export function fileFor(urlPath: string): string | undefined {
  const clean = decodeURI(urlPath.split('#')[0]!.split('?')[0]!);
  const candidates = clean.endsWith('/') ? [path.join(distDir, clean, 'index.html')] : [path.join(distDir, clean), path.join(distDir, clean, 'index.html')];
  return candidates.find((c) => existsSync(c) && statSync(c).isFile());
}
