/**
 * The funding report an MDX component shows, with its shares computed, or a build error that
 * names the page and the fix.
 */
import { getEntry, type CollectionEntry } from 'astro:content';
import { ContentError } from '../lib/content-error';
import { fundingShares, type FundingShare } from '../lib/funding';

/** The 2017 grants examined by the rehabilitation-priorities paper: the only report so far. */
export const defaultFundingReport = 'rehabilitation-2017';

export interface FundingReport {
  entry: CollectionEntry<'funding'>;
  shares: FundingShare[];
}

export async function fundingReport(id: string, tag: string, file: string | undefined): Promise<FundingReport> {
  const entry = await getEntry('funding', id);
  if (!entry) {
    throw new ContentError(file, `<${tag} report="${id}">`, `there is no funding report "${id}".`, 'Use a file name from src/content/funding/.');
  }
  const shares = fundingShares(
    entry.data.totalMillions,
    entry.data.areas.map(({ id, label, percent }) => ({ id, label, percent })),
  );
  return { entry, shares };
}
