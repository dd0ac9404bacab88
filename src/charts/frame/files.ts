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

/**
 * An iframe sized for the wide layout, with a few lines of script that let the embed page
 * resize it on any screen (the page reports its height with postMessage).
 */
export function embedCode(spec: Pick<ChartSpec<{ height: number }>, 'id' | 'layouts'>, title: string, site: URL): string {
  const src = new URL(chartFiles(spec.id).embed, site).href;
  // Title, summary, source and link take about 320px on a wide screen; the chart its own height.
  const height = Math.ceil(spec.layouts.wide.height + 320);
  const origin = site.origin;
  const attributeTitle = title.replaceAll('&', '&amp;').replaceAll('"', '&quot;');
  return [
    `<iframe src="${src}" title="${attributeTitle}" width="100%" height="${height}" style="border:0;width:100%;max-width:800px" loading="lazy" data-chart-embed="${spec.id}"></iframe>`,
    `<script>addEventListener("message",function(e){if(e.origin!=="${origin}"||!e.data||e.data.type!=="${embedHeightMessage}")return;document.querySelectorAll('iframe[data-chart-embed="'+e.data.chart+'"]').forEach(function(f){f.height=e.data.height})})</script>`,
  ].join('\n');
}
