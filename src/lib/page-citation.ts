/** A page's citation data for this build: its public address, the configured publisher and today as the access date. */
import type { PageCitation } from './cite-page';
import { siteConfig } from './publisher';
import { siteName } from './site';
import { siteToday } from './today';

export function pageCitation(page: { title: string; pathname: string; site: URL | undefined; lastReviewed?: Date | undefined }): PageCitation {
  return {
    title: page.title,
    url: new URL(page.pathname, page.site).href,
    siteName,
    publisher: siteConfig().publisher?.name,
    lastReviewed: page.lastReviewed,
    accessed: siteToday(),
  };
}
