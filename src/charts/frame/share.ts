/**
 * The words and codes a chart's share panel offers, from the same spec as the chart's title and
 * summary: ready-written alt text, a suggested post, and an image embed. Pure: spec in, strings out.
 */
import type { ChartSpec } from './types';
import { chartFiles } from './files';

type ShareSpec = Pick<ChartSpec<unknown>, 'id' | 'title' | 'summary' | 'kind' | 'sources'>;

/** The chart's share address: a page whose link preview is the chart itself. */
export function shareAddress(id: string): string {
  return `/charts/${id}/`;
}

const kindWords = { data: 'Chart', illustrative: 'Illustrative chart (the numbers are made up to explain an idea)', conceptual: 'Diagram' } as const;

/** Alt text for the chart's picture: what it is, its takeaway, its main numbers and its source. */
export function chartAltText(spec: ShareSpec): string {
  const sources = spec.sources.map((s) => s.label).join('; ');
  return `${kindWords[spec.kind]}: ${spec.title.replace(/[.]$/, '')}. ${spec.summary}${sources ? ` Source: ${sources}.` : ''}`;
}

/** A post for social media, under 280 characters with the address (which counts as about 23 on most networks). */
export function suggestedPost(spec: ShareSpec, url: string, siteName: string): string {
  const full = `${spec.title.replace(/[.]$/, '')}. ${spec.summary} Chart from ${siteName}: ${url}`;
  return full.length - url.length + 23 <= 280 ? full : `${spec.title.replace(/[.]$/, '')}. Chart from ${siteName}: ${url}`;
}

const attribute = (text: string) => text.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;');

/** The chart as a picture for sites that allow no iframes: the PNG with its alt text, linked back to the chart's page, with credit and licence. */
export function imageEmbedCode(spec: ShareSpec & { page: { href: string } }, site: URL, siteName: string, licenceName: string): string {
  const png = new URL(chartFiles(spec.id).png, site).href;
  const page = new URL(`${spec.page.href}#chart-${spec.id}`, site).href;
  return [
    `<figure style="margin:0;max-width:800px">`,
    `<a href="${page}"><img src="${png}" alt="${attribute(chartAltText(spec))}" style="width:100%;height:auto" loading="lazy"></a>`,
    `<figcaption>${attribute(spec.title)} <a href="${page}">${attribute(siteName)}</a>, ${licenceName}.</figcaption>`,
    `</figure>`,
  ].join('\n');
}
