/** What charts need from the content collections: sources as the source line shows them. */
import { getEntry } from 'astro:content';
import { shortLabel, sourceHref } from '../lib/citation';
import type { ChartSource } from './frame/types';
import { sourcesUrl } from '../lib/sections';

export async function chartSources(ids: readonly string[], chartId: string): Promise<ChartSource[]> {
  return Promise.all(
    ids.map(async (id) => {
      const entry = await getEntry('sources', id);
      if (!entry) throw new Error(`Chart "${chartId}" cites source "${id}", which is not in src/content/sources/.`);
      return { id, label: shortLabel(entry.data), url: sourceHref(entry.data) ?? sourcesUrl(id) };
    }),
  );
}
