/**
 * An Atom 1.0 feed (RFC 4287) as text: the pipeline's changes, for feed readers. Pure: entries in,
 * XML out, every value escaped.
 */
import { escapeXml } from './xml';

export interface AtomEntry {
  /** A permanent id: the entry's address on the updates page. */
  id: string;
  title: string;
  /** When it happened (Atom's `updated`). */
  updated: Date;
  link: string;
  summary: string;
}

export interface AtomFeed {
  id: string;
  title: string;
  subtitle: string;
  /** The page the feed mirrors. */
  link: string;
  /** The feed's own address. */
  self: string;
  author: string;
  /** When the feed last changed: the newest entry, or the newest check. */
  updated: Date;
  entries: readonly AtomEntry[];
}

const time = (d: Date) => d.toISOString().replace(/\.\d{3}Z$/, 'Z');

export function atomFeed(feed: AtomFeed): string {
  const e = escapeXml;
  const entries = feed.entries.map(
    (entry) => `  <entry>
    <id>${e(entry.id)}</id>
    <title>${e(entry.title)}</title>
    <updated>${time(entry.updated)}</updated>
    <link rel="alternate" type="text/html" href="${e(entry.link)}"/>
    <summary type="text">${e(entry.summary)}</summary>
  </entry>`,
  );
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en-GB">
  <id>${e(feed.id)}</id>
  <title>${e(feed.title)}</title>
  <subtitle>${e(feed.subtitle)}</subtitle>
  <link rel="alternate" type="text/html" href="${e(feed.link)}"/>
  <link rel="self" type="application/atom+xml" href="${e(feed.self)}"/>
  <author><name>${e(feed.author)}</name></author>
  <updated>${time(feed.updated)}</updated>
${entries.join('\n')}
</feed>
`;
}
