/**
 * Compares every chart drawing of this build (dist/) with those of an earlier build, so a change
 * to the chart code can show that the charts still render as before.
 *
 *   npm run build && node scripts/compare-charts.ts /path/to/earlier/dist
 *
 * It reads each page as the browser has it (drawings unpacked, src/lib/chart-drawing.ts), takes
 * every chart SVG in it (phone, wide and compact drawings) and the downloadable .svg files, and
 * compares their markup, with path numbers rounded to a hundredth of a unit. Where the markup
 * differs, it draws both versions with resvg (as the build draws the PNG downloads), styled as
 * the downloads are, and compares the pixels, so a shape written another way ("M1 2H3" or "M1,2h2") that draws the same is the
 * same. It prints each drawing that draws differently, with its first markup difference, and
 * exits with 1 if any do.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { load } from 'cheerio';
import { Resvg } from '@resvg/resvg-js';
import { unpackDrawingBlocks } from '../src/lib/chart-drawing.ts';

const [earlierArgument] = process.argv.slice(2);
if (!earlierArgument || !existsSync(earlierArgument)) {
  console.error('Usage: node scripts/compare-charts.ts <earlier dist folder>');
  process.exit(2);
}
const earlierDir = path.resolve(earlierArgument);
const currentDir = path.resolve('dist');

function files(dir: string, ending: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return name === '_astro' || name === 'pagefind' ? [] : files(full, ending);
    return name.endsWith(ending) ? [full] : [];
  });
}

/** Path data as the points it draws: commands and numbers, rounded, whatever the separators. */
function normalisePath(d: string): string {
  return (d.match(/[a-zA-Z]|-?\d*\.?\d+(?:e-?\d+)?/g) ?? [])
    .map((token) => (/[a-zA-Z]/.test(token) ? token : String(Math.round(Number(token) * 100) / 100)))
    .join(' ');
}

interface Drawing {
  markup: string;
  /** The markup with path data normalised, one element per line for a readable difference. */
  lines: string[];
}

function drawing(markup: string): Drawing {
  const $ = load(markup, { xml: true });
  $('path[d]').each((_i, el) => {
    $(el).attr('d', normalisePath($(el).attr('d')!));
  });
  return { markup, lines: $.xml().replace(/>\s*</g, '>\n<').split('\n') };
}

/**
 * The chart styles a download carries (frame/export.ts), for drawing a page's drawings as a
 * reader sees them. Without them each mark's focus box would be drawn solid black over the
 * mark, and a change inside a mark would not show.
 */
const chartCss = (() => {
  const download = files(path.join(currentDir, 'charts'), '.svg')[0];
  const css = download && readFileSync(download, 'utf8').match(/<style>([\s\S]*?)<\/style>/)?.[1];
  if (!css) throw new Error(`No chart download with its styles in ${currentDir}/charts: build the site first.`);
  return css;
})();

/** The drawing's pixels at twice its size, on white, with the chart styles if it has none of its own. */
function pixels(markup: string): Buffer {
  const styled = markup.includes('<style>')
    ? markup
    : markup.replace(/(<svg[^>]*>)/, `$1<style>${chartCss}</style><rect width="100%" height="100%" fill="#fff"/>`);
  const svg = styled.includes('xmlns=') ? styled : styled.replace('<svg', '<svg xmlns="http://www.w3.org/2000/svg"');
  return Buffer.from(new Resvg(svg, { fitTo: { mode: 'zoom', value: 2 }, font: { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans' } }).render().pixels);
}

/** Every drawing in a build, keyed by where it is: "page › chart id › size", or the download's file. */
function drawings(dir: string): Map<string, Drawing> {
  const found = new Map<string, Drawing>();
  for (const file of files(dir, '.html')) {
    const $ = load(unpackDrawingBlocks(readFileSync(file, 'utf8')));
    $('svg.chart-svg').each((index, el) => {
      const chart = $(el).closest('chart-frame').attr('data-chart') ?? 'chart';
      const key = `${path.relative(dir, file)} › ${chart} › ${$(el).attr('data-size') ?? index}`;
      found.set(key, drawing($.xml(el)));
    });
  }
  for (const file of files(path.join(dir, 'charts'), '.svg')) found.set(path.relative(dir, file), drawing(readFileSync(file, 'utf8')));
  return found;
}

const earlier = drawings(earlierDir);
const current = drawings(currentDir);
let differing = 0;
/** Drawings whose markup changed but whose pixels did not. */
let redrawn = 0;
for (const key of new Set([...earlier.keys(), ...current.keys()])) {
  const before = earlier.get(key);
  const after = current.get(key);
  if (!before || !after) {
    differing += 1;
    console.log(`${key}: ${before ? 'gone from this build' : 'new in this build'}`);
    continue;
  }
  const line = before.lines.findIndex((text, i) => text !== after.lines[i]);
  if (line === -1 && before.lines.length === after.lines.length) continue;
  if (pixels(before.markup).equals(pixels(after.markup))) {
    redrawn += 1;
    continue;
  }
  differing += 1;
  const at = line === -1 ? Math.min(before.lines.length, after.lines.length) : line;
  console.log(
    `${key}: draws differently; markup differs at element ${at + 1}\n  before: ${before.lines[at] ?? '(nothing)'}\n  after:  ${after.lines[at] ?? '(nothing)'}`,
  );
}
console.log(
  `${current.size} drawings compared with ${earlierDir}: ${differing === 0 ? 'all draw the same' : `${differing} draw differently`}` +
    ` (${redrawn} with other markup but the same pixels).`,
);
process.exit(differing === 0 ? 0 : 1);
