/**
 * The downloadable picture of a chart: the wide layout from its embed page, with its title above
 * and its source below, in the light colours, as one self-contained SVG file. Pure: strings in,
 * a string out; src/integrations/chart-files.ts does the reading and writing.
 */
import { escapeXml } from '../../lib/xml';
import { fontSize, lineHeight, wrapText } from './text';

/** Light-scheme token values from tokens.css (the part before the dark-scheme block). */
export function lightTokens(tokensCss: string): Record<string, string> {
  const light = tokensCss.split('@media (prefers-color-scheme: dark)')[0] ?? '';
  return Object.fromEntries([...light.matchAll(/--([a-z0-9-]+):\s*([^;]+);/gi)].map((m) => [m[1]!, m[2]!.trim()]));
}

/** Removes @-blocks (container and media queries), which only make sense on the page. */
function withoutAtRules(css: string): string {
  let out = '';
  let depth = 0;
  let skipping = false;
  for (let i = 0; i < css.length; i++) {
    const char = css[i]!;
    if (!skipping && depth === 0 && char === '@') skipping = true;
    if (char === '{') depth++;
    if (!skipping) out += char;
    if (char === '}') {
      depth--;
      if (skipping && depth === 0) skipping = false;
    }
  }
  return out;
}

/** The chart-mark rules with every var(--token) replaced by its light value, for a file with no page around it. */
export function exportCss(marksCss: string, tokens: Record<string, string>): string {
  return withoutAtRules(marksCss.replace(/\/\*[\s\S]*?\*\//g, ''))
    .split('}')
    .filter((rule) => rule.trim() !== '' && !rule.includes('data-size') && !rule.includes('data-off'))
    .map((rule) => `${rule.trim()}}`)
    .join('\n')
    .replace(/var\(--([a-z0-9-]+)\)/gi, (_match, name: string) => tokens[name] ?? 'currentColor');
}

export interface ExportInput {
  /** The inner markup of the chart's wide SVG. */
  inner: string;
  width: number;
  height: number;
  title: string;
  /** "Source: …" */
  source: string;
  /** The address of the page the chart is on. */
  url: string;
  css: string;
  background: string;
}

/** The source line under the downloadable picture: the chart's sources, the site and the licence. */
export function exportSourceLine(sourceLabels: readonly string[], siteName: string, licence: { name: string; url: string }): string {
  return `Source: ${sourceLabels.join('; ')}. ${siteName}. Licence: ${licence.name} (${licence.url}).`;
}

const exportMargin = 24;
const exportTitleSize = 20;
/** The gap between the title and the chart, and between the chart and the source line. */
const exportTitleGap = 16;
const exportFootGap = 28;

/**
 * Where the parts of the downloadable picture go, and its size: the share page gives its <img>
 * the same width and height, so the page does not move when the picture arrives.
 */
export function exportLayout(input: Pick<ExportInput, 'width' | 'height' | 'title' | 'source' | 'url'>) {
  const width = input.width + exportMargin * 2;
  const titleLines = wrapText(input.title, input.width, { size: exportTitleSize });
  const chartTop = exportMargin + titleLines.length * exportTitleSize * lineHeight + exportTitleGap;
  const footLines = [...wrapText(input.source, input.width), input.url];
  const footTop = chartTop + input.height + exportFootGap;
  const height = Math.ceil(footTop + footLines.length * fontSize * lineHeight + exportMargin);
  return { width, height, titleLines, chartTop, footLines, footTop };
}

export function standaloneSvg(input: ExportInput): string {
  const margin = exportMargin;
  const titleSize = exportTitleSize;
  const { width, height, titleLines, chartTop, footLines, footTop } = exportLayout(input);
  const lines = (texts: string[], top: number, size: number, className: string) =>
    texts
      .map((text, i) => `<text class="${className}" x="${margin}" y="${(top + size + i * size * lineHeight).toFixed(1)}">${escapeXml(text)}</text>`)
      .join('');
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-labelledby="export-title">`,
    `<title id="export-title">${escapeXml(input.title)}</title>`,
    `<style>${input.css}\n.export-title { font-size: ${titleSize}px; font-weight: 700; }</style>`,
    `<rect width="${width}" height="${height}" fill="${input.background}"/>`,
    `<g class="chart-svg">${lines(titleLines, margin, titleSize, 'export-title')}</g>`,
    `<g class="chart-svg" transform="translate(${margin} ${chartTop.toFixed(1)})">${input.inner}</g>`,
    `<g class="chart-svg">${lines(footLines, footTop, fontSize, 'text-muted')}</g>`,
    '</svg>',
  ].join('\n');
}
