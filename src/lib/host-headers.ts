/**
 * The HTTP headers a host sends with the built site, defined once. src/integrations/host-headers.ts
 * turns this definition into dist/_headers (Netlify, Cloudflare Pages), an nginx snippet and a
 * Caddy snippet (src/lib/host-headers-format.ts), and the local server applies dist/_headers.
 *
 * The rules never set one header twice for the same address: hosts disagree on what to do then
 * (Netlify keeps the last value, Cloudflare Pages joins them with commas, which would merge two
 * security policies into the strictest of both).
 */

import { licence } from './licence';

export type HeaderSet = Record<string, string>;

/** Where a group of headers applies. `pages` is everything not under another group's prefix. */
export interface HeaderGroup {
  name: 'embeds' | 'assets' | 'pages';
  /** URL path prefixes, e.g. /embed/; empty for `pages` (the rest). */
  prefixes: string[];
  headers: HeaderSet;
}

export interface HeaderRules {
  /** Sent with every response. */
  common: HeaderSet;
  groups: HeaderGroup[];
}

/** Fingerprinted files (their names change with their content), so browsers may keep them for a year. */
export const immutableCache = 'public, max-age=31536000, immutable';
/** Pages and unfingerprinted files: kept briefly, then checked again, so a fix reaches readers within minutes. */
export const shortCache = 'public, max-age=300, must-revalidate';

/** Browser features, none granted: the site uses none of them (sharing and copying need no permission here). */
export const deniedFeatures = [
  'accelerometer',
  'autoplay',
  'bluetooth',
  'camera',
  'display-capture',
  'geolocation',
  'gyroscope',
  'hid',
  'magnetometer',
  'microphone',
  'midi',
  'payment',
  'serial',
  'usb',
] as const;

/**
 * The Content-Security-Policy that allows every page's own hashed inline scripts and styles: the
 * union of the sources of each page's <meta> policy, directive by directive, plus directives a
 * <meta> tag cannot carry (frame-ancestors). The <meta> policy of each page still applies too,
 * so a page gets no more than its own policy allows.
 */
export function unionPolicy(policies: readonly string[], extra: readonly string[] = []): string {
  const directives = new Map<string, Set<string>>();
  for (const policy of policies) {
    for (const part of policy.split(';')) {
      const [name, ...sources] = part.trim().split(/\s+/);
      if (!name) continue;
      const set = directives.get(name) ?? new Set<string>();
      for (const source of sources) set.add(source);
      directives.set(name, set);
    }
  }
  return [...[...directives].map(([name, sources]) => [name, ...sources].join(' ')), ...extra].join('; ');
}

/** The site's header rules, given the page and embed policies of this build. */
export function headerRules(policy: { pages: string; embeds: string }): HeaderRules {
  const pageHeaders = { 'Content-Security-Policy': `${policy.pages}; frame-ancestors 'none'`, 'X-Frame-Options': 'DENY' };
  return {
    common: {
      'Strict-Transport-Security': 'max-age=63072000; includeSubDomains',
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'strict-origin-when-cross-origin',
      'Permissions-Policy': deniedFeatures.map((feature) => `${feature}=()`).join(', '),
      'Cross-Origin-Opener-Policy': 'same-origin',
      // The licence travels with every file, so a CSV or PNG fetched on its own still says it (RFC 4946).
      Link: `<${licence.url}>; rel="license"`,
    },
    groups: [
      // Embeds are meant to sit in other sites' pages: any site may frame them.
      { name: 'embeds', prefixes: ['/embed/'], headers: { 'Content-Security-Policy': `${policy.embeds}; frame-ancestors *`, 'Cache-Control': shortCache } },
      { name: 'assets', prefixes: ['/_astro/'], headers: { ...pageHeaders, 'Cache-Control': immutableCache } },
      { name: 'pages', prefixes: [], headers: { ...pageHeaders, 'Cache-Control': shortCache } },
    ],
  };
}

/** The group an address belongs to. */
export function groupFor(rules: HeaderRules, pathname: string): HeaderGroup {
  return (
    rules.groups.find((group) => group.prefixes.some((prefix) => pathname.startsWith(prefix))) ?? rules.groups.find((group) => group.prefixes.length === 0)!
  );
}

/** Every header one address gets. */
export function headersFor(rules: HeaderRules, pathname: string): HeaderSet {
  return { ...rules.common, ...groupFor(rules, pathname).headers };
}
