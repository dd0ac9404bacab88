/**
 * After the build: renders each page's link-preview picture (og:image, 1200 × 630 PNG) with resvg,
 * from what the page itself says in its og:title and og:description, so a new page gets its card
 * with no change here. A chart's share page (/charts/<id>/) gets the chart's own picture instead.
 * Runs after chart-files.ts, whose chart SVGs it reuses.
 */
import type { AstroIntegration } from 'astro';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { load } from 'cheerio';
import { lightTokens } from '../charts/frame/export';
import { cardColours, cardWidth, chartCardSvg, pageCardSvg } from '../charts/frame/social-card';
import { siteName } from '../lib/site';
import { forEachInParallel, renderPng } from './png';

const tokensFile = fileURLToPath(new URL('../styles/tokens.css', import.meta.url));

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return htmlFiles(full);
    return name.endsWith('.html') ? [full] : [];
  });
}

export function socialCards(): AstroIntegration {
  return {
    name: 'charting-progressive-ms:social-cards',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const tokens = lightTokens(readFileSync(tokensFile, 'utf8'));
        const colours = cardColours(tokens);
        let count = 0;
        await forEachInParallel(htmlFiles(out), async (file) => {
          const $ = load(readFileSync(file, 'utf8'));
          const image = $('meta[property="og:image"]').attr('content');
          if (!image) return;
          const url = new URL(image);
          const target = path.join(out, decodeURIComponent(url.pathname));
          const chart = /^\/charts\/([^/]+)\/$/.exec(
            path
              .relative(out, path.dirname(file))
              .split(path.sep)
              .join('/')
              .replace(/^(.*)$/, '/$1/'),
          )?.[1];
          let svg: string;
          if (chart) {
            const chartFile = path.join(out, 'charts', `${chart}.svg`);
            if (!existsSync(chartFile)) throw new Error(`The share page of chart "${chart}" has no chart picture at charts/${chart}.svg`);
            svg = chartCardSvg({ chartSvg: readFileSync(chartFile, 'utf8'), siteName, host: url.host, colours, surface: tokens['color-surface'] ?? '#ffffff' });
          } else {
            const title = $('meta[property="og:title"]').attr('content') ?? '';
            const takeaway = $('meta[property="og:description"]').attr('content') ?? '';
            svg = pageCardSvg({ title, takeaway, siteName, host: url.host, colours });
          }
          mkdirSync(path.dirname(target), { recursive: true });
          writeFileSync(target, await renderPng(svg, { mode: 'width', value: cardWidth }));
          count++;
        });
        logger.info(`wrote ${count} link-preview pictures (og:image)`);
      },
    },
  };
}
