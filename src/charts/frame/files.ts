/**
 * Where a chart's files are in the built site, and the code that embeds it elsewhere.
 * The SVG and PNG are written after the build from the embed page (src/integrations/chart-files.ts);
 * the CSV comes from src/pages/charts/[id].csv.ts.
 */
import type { ChartSpec } from './types';

export function chartFiles(id: string) {
  return {
    svg: `/charts/${id}.svg`,
    png: `/charts/${id}.png`,
    csv: `/charts/${id}.csv`,
    embed: `/embed/${id}/`,
  };
}

/** The message an embed page posts to its parent so the iframe grows to fit it. */
export const embedHeightMessage = 'chart-embed-height';

/** The widest the phone drawing is shown on an embed page (24rem, see EmbedLayout.astro), as a share of its 320 units. */
export const embedNarrowScale = 384 / 320;

type EmbedSpec = Pick<ChartSpec<{ height: number }>, 'id' | 'layouts' | 'summary' | 'kind' | 'controls'>;

/**
 * The frame height that shows the whole chart (title, summary, buttons and drawing) at any width
 * from 320 px up, without the resizing script: the tallest case is a phone-width frame, where text
 * wraps most and the phone drawing is shown up to 1.2 times its size. Text is estimated from its
 * length at phone width, generously; what lies below the drawing (details, table, source) may
 * scroll inside the frame until the script, where the host keeps it, fits the frame exactly.
 */
export function embedFrameHeight(spec: EmbedSpec, title: string): number {
  const lines = (text: string, charsPerLine: number) => Math.ceil(text.length / charsPerLine);
  const titleHeight = lines(title, 19) * 33;
  const summaryHeight = lines(spec.summary, 28) * 29;
  const kindHeight = spec.kind === 'data' ? 0 : 110;
  const controlsHeight = spec.controls.reduce((sum, control) => sum + 40 + Math.ceil(control.options.length / 2) * 52, 0);
  const drawing = Math.max(spec.layouts.narrow.height * embedNarrowScale, spec.layouts.wide.height);
  // Page and figure padding, the gaps between parts, and the first line below the drawing.
  const frame = 120;
  return Math.ceil((titleHeight + summaryHeight + kindHeight + controlsHeight + drawing + frame) * 1.1);
}

/**
 * An iframe tall enough for the whole chart on any screen without a script (embedFrameHeight),
 * plus a few lines of script that, where the host page keeps them, fit the frame to the embed
 * page exactly (the page reports its height with postMessage).
 */
export function embedCode(spec: EmbedSpec, title: string, site: URL): string {
  const src = new URL(chartFiles(spec.id).embed, site).href;
  const height = embedFrameHeight(spec, title);
  const origin = site.origin;
  const attributeTitle = title.replaceAll('&', '&amp;').replaceAll('"', '&quot;');
  return [
    `<iframe src="${src}" title="${attributeTitle}" width="100%" height="${height}" style="border:0;width:100%;max-width:800px" loading="lazy" data-chart-embed="${spec.id}"></iframe>`,
    `<script>addEventListener("message",function(e){if(e.origin!=="${origin}"||!e.data||e.data.type!=="${embedHeightMessage}")return;document.querySelectorAll('iframe[data-chart-embed="'+e.data.chart+'"]').forEach(function(f){f.height=e.data.height})})</script>`,
  ].join('\n');
}
