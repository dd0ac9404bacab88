/**
 * The picture a link preview shows (og:image): 1200 × 630, the page title, its one-sentence
 * takeaway and the site's name, in the site's colours. A chart's share page shows the chart
 * instead. Pure: strings in, an SVG string out; src/integrations/social-cards.ts renders the PNG.
 */
import { escapeXml } from '../../lib/xml';
import { wrapText } from './text';

export const cardWidth = 1200;
export const cardHeight = 630;

/** Where a page's card is in the built site: /og/<path with dashes>.png, /og/home.png for the home page. */
export function cardPath(pathname: string): string {
  const slug = pathname
    .replace(/^\/|\/$/g, '')
    .replace(/\.html$/, '')
    .replaceAll('/', '--');
  return `/og/${slug || 'home'}.png`;
}

export interface CardColours {
  background: string;
  title: string;
  text: string;
  band: string;
}

/** The card's colours from the light tokens: light text on the site's accent, each pair at least 7:1 (tested). */
export function cardColours(tokens: Record<string, string>): CardColours {
  return {
    background: tokens['color-accent'] ?? '#0a4f59',
    title: tokens['color-on-accent'] ?? '#ffffff',
    text: tokens['color-accent-soft'] ?? '#e2efed',
    band: tokens['color-chart-2'] ?? '#b45309',
  };
}

const font = 'font-family="DejaVu Sans, Noto Sans, Arial, sans-serif"';
const margin = 72;

/** At most `max` lines; the last line ends with an ellipsis when the text is longer. */
function clampLines(text: string, width: number, size: number, max: number): string[] {
  const lines = wrapText(text, width, { size });
  if (lines.length <= max) return lines;
  const kept = lines.slice(0, max);
  kept[max - 1] = `${kept[max - 1]!.replace(/[\s,.;:]+\S*$/, '')}…`;
  return kept;
}

function textBlock(lines: string[], x: number, top: number, size: number, lineHeight: number, fill: string, weight = 400): string {
  return lines
    .map(
      (line, i) =>
        `<text x="${x}" y="${(top + size + i * size * lineHeight).toFixed(0)}" font-size="${size}" font-weight="${weight}" fill="${fill}" ${font}>${escapeXml(line)}</text>`,
    )
    .join('');
}

export interface PageCard {
  title: string;
  takeaway: string;
  siteName: string;
  /** The site's host name, e.g. progressive-ms.example.org, shown at the foot. */
  host: string;
  colours: CardColours;
}

export function pageCardSvg(card: PageCard): string {
  const width = cardWidth - margin * 2;
  // DejaVu Sans is wide; wrap a little narrower than the estimate so lines never run off the card.
  const titleSize = card.title.length > 60 ? 54 : 64;
  const titleLines = clampLines(card.title, width * 0.9, titleSize, 3);
  const titleTop = 150;
  const takeawayTop = titleTop + titleLines.length * titleSize * 1.15 + 28;
  const takeawaySize = 32;
  const room = Math.max(1, Math.floor((cardHeight - 110 - takeawayTop) / (takeawaySize * 1.35)));
  const takeawayLines = clampLines(card.takeaway, width * 0.9, takeawaySize, Math.min(4, room));
  const { colours } = card;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${cardWidth}" height="${cardHeight}" viewBox="0 0 ${cardWidth} ${cardHeight}">`,
    `<rect width="${cardWidth}" height="${cardHeight}" fill="${colours.background}"/>`,
    `<rect x="${margin}" y="72" width="96" height="8" fill="${colours.title}"/>`,
    textBlock([card.siteName], margin, 90, 30, 1.2, colours.title, 700),
    textBlock(titleLines, margin, titleTop, titleSize, 1.15, colours.title, 700),
    textBlock(takeawayLines, margin, takeawayTop, takeawaySize, 1.35, colours.text),
    textBlock([card.host], margin, cardHeight - 96, 28, 1.2, colours.text),
    '</svg>',
  ].join('');
}

export interface ChartCard {
  /** The chart's downloadable SVG (title, chart and source), as src/charts/frame/export.ts writes it. */
  chartSvg: string;
  siteName: string;
  host: string;
  colours: CardColours;
  /** The page background the chart sits on. */
  surface: string;
}

/** A chart's card: a band with the site's name, then the whole chart picture scaled to fit. */
export function chartCardSvg(card: ChartCard): string {
  const band = 64;
  const pad = 16;
  const inner = card.chartSvg.replace(
    /^<svg([^>]*?) width="[\d.]+" height="[\d.]+"/,
    `<svg$1 x="${pad}" y="${band + pad}" width="${cardWidth - pad * 2}" height="${cardHeight - band - pad * 2}" preserveAspectRatio="xMidYMid meet"`,
  );
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${cardWidth}" height="${cardHeight}" viewBox="0 0 ${cardWidth} ${cardHeight}">`,
    `<rect width="${cardWidth}" height="${cardHeight}" fill="${card.surface}"/>`,
    `<rect width="${cardWidth}" height="${band}" fill="${card.colours.background}"/>`,
    textBlock([card.siteName], 32, 14, 28, 1.2, card.colours.title, 700),
    `<text x="${cardWidth - 32}" y="42" font-size="24" text-anchor="end" fill="${card.colours.text}" ${font}>${escapeXml(card.host)}</text>`,
    inner,
    '</svg>',
  ].join('');
}
