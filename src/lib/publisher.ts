/**
 * Who publishes the site and how a reader reports a mistake. These are facts about real people
 * or organisations, so the project invents none: they come from the deploy's configuration,
 * and while they are unset the pages say so plainly and the build warns.
 *
 * - SITE_PUBLISHER: the name of the person or organisation responsible for the site.
 * - SITE_PUBLISHER_URL: their web address (optional).
 * - SITE_CORRECTIONS: where to report a mistake: an email address or a web address (a form, an issue tracker).
 */

export interface Publisher {
  name: string;
  url?: string | undefined;
}

export interface Corrections {
  /** A mailto: or https: link. */
  href: string;
  /** What the link shows: the email address, or the web address without https://. */
  label: string;
}

export interface SiteConfig {
  publisher?: Publisher | undefined;
  corrections?: Corrections | undefined;
  /** One line per missing setting, for the build to print. */
  warnings: string[];
}

const email = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function webAddress(value: string, name: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`${name} "${value}" is not a web address. Write it in full, starting with https://.`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error(`${name} "${value}" must start with https://.`);
  return url.href;
}

/** Reads the publisher and corrections settings; throws with what to write when one is malformed. */
export function readSiteConfig(env: Record<string, string | undefined> = process.env): SiteConfig {
  const name = env['SITE_PUBLISHER']?.trim();
  const publisherUrl = env['SITE_PUBLISHER_URL']?.trim();
  const corrections = env['SITE_CORRECTIONS']?.trim();
  const warnings: string[] = [];
  if (!name)
    warnings.push(
      'SITE_PUBLISHER is not set: the About page and footers say the publisher is not named yet, and citations have no publisher. Set it to the name of the person or organisation responsible for the site.',
    );
  if (!corrections)
    warnings.push(
      'SITE_CORRECTIONS is not set: readers have no way to report a mistake. Set it to an email address or a web address (a form or an issue tracker).',
    );
  let correctionsLink: Corrections | undefined;
  if (corrections) {
    if (email.test(corrections)) correctionsLink = { href: `mailto:${corrections}`, label: corrections };
    else {
      const href = webAddress(corrections, 'SITE_CORRECTIONS');
      correctionsLink = { href, label: href.replace(/^https?:\/\//, '').replace(/\/$/, '') };
    }
  }
  return {
    publisher: name ? { name, url: publisherUrl ? webAddress(publisherUrl, 'SITE_PUBLISHER_URL') : undefined } : undefined,
    corrections: correctionsLink,
    warnings,
  };
}

let cached: SiteConfig | undefined;
/** This build's settings, read once. */
export function siteConfig(): SiteConfig {
  cached ??= readSiteConfig();
  return cached;
}
