/**
 * The site's public address, from SITE_URL. Canonical links, social cards, the sitemap, robots.txt,
 * embed codes, citations and the exported chart files all use it, so it must be right before a
 * deploy: unset means a local build (with a warning), malformed stops the build with what to write.
 */

/** The address a local build uses: `npm start` and `npm test` serve the site here. */
export const localSiteUrl = 'http://localhost:4321/';

export interface SiteUrl {
  url: URL;
  /** True when SITE_URL was set, i.e. the build is meant for the public address. */
  public: boolean;
  /** A warning to print when the build has no public address. */
  warning?: string;
}

const example = 'SITE_URL=https://progressive-ms.example.org';

/** Reads and checks SITE_URL; throws an Error that says what to write when it is malformed. */
export function readSiteUrl(env: Record<string, string | undefined> = process.env): SiteUrl {
  const raw = env['SITE_URL']?.trim();
  if (!raw) {
    return {
      url: new URL(localSiteUrl),
      public: false,
      warning: `SITE_URL is not set, so this build uses ${localSiteUrl} in canonical links, social cards, the sitemap, embed codes and citations. That is right for npm start and npm test; before you deploy, build with your public address, e.g. ${example} npm run build (see docs/deploying.md).`,
    };
  }
  const fail = (why: string): never => {
    throw new Error(`SITE_URL "${raw}" ${why}. Write the site's public address with https:// and nothing after the domain, e.g. ${example}`);
  };
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return fail('is not a web address');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') fail('must start with https://');
  if (url.username || url.password) fail('must not hold a user name or password');
  if (url.search || url.hash || raw.includes('?') || raw.includes('#')) fail('must not have a ? query or # part');
  if (url.pathname !== '/') fail(`has a path ("${url.pathname}"); the site must be served at the root of its domain`);
  if (!url.hostname.includes('.') && url.hostname !== 'localhost') fail('has no full domain name');
  return { url: new URL(`${url.origin}/`), public: true };
}
