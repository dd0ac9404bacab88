/**
 * Writes every chart's downloadable pictures after the build: /charts/<id>.svg, taken from the
 * chart's embed page so it is exactly what the page draws, and /charts/<id>.png rendered from
 * that SVG with resvg. Both are real files, so the download links work without JavaScript.
 */
import type { AstroIntegration } from 'astro';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { load } from 'cheerio';
import { siteName } from '../lib/site';
import { licence } from '../lib/licence';
import { exportCss, exportSourceLine, lightTokens, standaloneSvg } from '../charts/frame/export';
import { forEachInParallel, renderPng } from './png';
import { unpackDrawingBlocks } from '../lib/chart-drawing';

const stylesDir = fileURLToPath(new URL('../styles/', import.meta.url));

function chartSvg(embedHtml: string, css: string, tokens: Record<string, string>, site: URL) {
  const $ = load(unpackDrawingBlocks(embedHtml));
  const svg = $('svg[data-size="wide"]').first();
  if (svg.length === 0) throw new Error('the embed page has no wide chart SVG');
  svg.find('[data-off], .mark-focus').remove();
  const [, , width, height] = (svg.attr('viewBox') ?? '').split(' ').map(Number);
  const page = $('.chart-source a[target="_top"]').attr('href') ?? site.href;
  const sources = $('.chart-source a')
    .not('[target="_top"]')
    .map((_i, a) => $(a).text())
    .get();
  return standaloneSvg({
    inner: svg.html() ?? '',
    width: width!,
    height: height!,
    title: $('h1.chart-title').text().trim(),
    source: exportSourceLine(sources, siteName, licence),
    url: page,
    css,
    background: tokens['color-surface'] ?? '#ffffff',
  });
}

export function chartFiles(): AstroIntegration {
  let site = new URL('http://localhost:4321/');
  return {
    name: 'charting-progressive-ms:chart-files',
    hooks: {
      'astro:config:done': ({ config }) => {
        if (config.site) site = new URL(config.site);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const embedDir = path.join(out, 'embed');
        if (!existsSync(embedDir)) return;
        const tokens = lightTokens(readFileSync(path.join(stylesDir, 'tokens.css'), 'utf8'));
        const css = exportCss(readFileSync(path.join(stylesDir, 'chart-marks.css'), 'utf8'), tokens);
        const chartsDir = path.join(out, 'charts');
        mkdirSync(chartsDir, { recursive: true });
        const ids = readdirSync(embedDir).filter((id) => existsSync(path.join(embedDir, id, 'index.html')));
        await forEachInParallel(ids, async (id) => {
          let svg: string;
          try {
            svg = chartSvg(readFileSync(path.join(embedDir, id, 'index.html'), 'utf8'), css, tokens, site);
          } catch (error) {
            throw new Error(`Could not make the download files of chart "${id}": ${(error as Error).message}`);
          }
          writeFileSync(path.join(chartsDir, `${id}.svg`), svg);
          writeFileSync(path.join(chartsDir, `${id}.png`), await renderPng(svg, { mode: 'zoom', value: 2 }));
        });
        logger.info(`wrote SVG and PNG downloads for ${ids.length} chart${ids.length === 1 ? '' : 's'}`);
      },
    },
  };
}
