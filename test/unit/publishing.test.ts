/** Unit tests for the deploy settings and the host headers: SITE_URL, publisher, _headers, nginx, Caddy. */
import { describe, expect, it } from 'vitest';
import { localSiteUrl, readSiteUrl } from '../../src/lib/site-url';
import { readSiteConfig } from '../../src/lib/publisher';
import { headerRules, headersFor, unionPolicy } from '../../src/lib/host-headers';
import { caddyfile, headersFile, nginxConf } from '../../src/lib/host-headers-format';
import { headersForPath, parseHeadersFile } from '../../src/lib/headers-file';

describe('readSiteUrl', () => {
  it('uses the local address, with a warning naming SITE_URL, when unset', () => {
    const result = readSiteUrl({});
    expect(result.url.href).toBe(localSiteUrl);
    expect(result.public).toBe(false);
    expect(result.warning).toMatch(/SITE_URL is not set/);
  });
  it('keeps a public address and adds the trailing slash', () => {
    const result = readSiteUrl({ SITE_URL: ' https://progressive-ms.example.org ' });
    expect(result.url.href).toBe('https://progressive-ms.example.org/');
    expect(result.warning).toBeUndefined();
  });
  it.each([
    ['progressive-ms.example.org', /not a web address/],
    ['ftp://example.org', /must start with https/],
    ['https://example.org/site/', /has a path/],
    ['https://example.org/?x=1', /query/],
    ['https://intranet', /full domain/],
  ])('refuses %s and says what to write', (value, why) => {
    expect(() => readSiteUrl({ SITE_URL: value })).toThrow(why);
    expect(() => readSiteUrl({ SITE_URL: value })).toThrow(/e\.g\. SITE_URL=https:\/\//);
  });
});

describe('readSiteConfig', () => {
  it('invents nothing: unset settings stay unset and each gives a warning', () => {
    const config = readSiteConfig({});
    expect(config.publisher).toBeUndefined();
    expect(config.corrections).toBeUndefined();
    expect(config.warnings).toHaveLength(2);
  });
  it('reads an email or a web address for corrections', () => {
    expect(readSiteConfig({ SITE_CORRECTIONS: 'fix@example.org' }).corrections).toEqual({ href: 'mailto:fix@example.org', label: 'fix@example.org' });
    expect(readSiteConfig({ SITE_CORRECTIONS: 'https://example.org/report/' }).corrections?.label).toBe('example.org/report');
    expect(() => readSiteConfig({ SITE_CORRECTIONS: 'call us' })).toThrow(/SITE_CORRECTIONS/);
  });
  it('reads the publisher with its address', () => {
    const config = readSiteConfig({ SITE_PUBLISHER: 'Example Trust', SITE_PUBLISHER_URL: 'https://example.org' });
    expect(config.publisher).toEqual({ name: 'Example Trust', url: 'https://example.org/' });
    expect(config.warnings).toHaveLength(1);
  });
});

const rules = headerRules({
  pages: unionPolicy(["default-src 'self'; script-src 'self' 'sha256-a'", "default-src 'self'; script-src 'self' 'sha256-b'"]),
  embeds: "default-src 'self'",
});

describe('the host header rules', () => {
  it('joins the pages\u2019 policies source by source', () => {
    expect(unionPolicy(["script-src 'self' 'sha256-a'", "script-src 'self' 'sha256-b'; img-src data:"])).toBe(
      "script-src 'self' 'sha256-a' 'sha256-b'; img-src data:",
    );
  });
  it('forbids framing pages and allows framing embeds', () => {
    expect(headersFor(rules, '/about/')['Content-Security-Policy']).toMatch(/frame-ancestors 'none'$/);
    expect(headersFor(rules, '/about/')['X-Frame-Options']).toBe('DENY');
    expect(headersFor(rules, '/embed/pipeline/')['Content-Security-Policy']).toMatch(/frame-ancestors \*$/);
    expect(headersFor(rules, '/embed/pipeline/')['X-Frame-Options']).toBeUndefined();
  });
  it('caches fingerprinted files for a year and pages briefly', () => {
    expect(headersFor(rules, '/_astro/site.abc.css')['Cache-Control']).toContain('immutable');
    expect(headersFor(rules, '/')['Cache-Control']).toMatch(/max-age=300/);
  });
  it('names the licence with every file, a page or a download', () => {
    for (const pathname of ['/', '/charts/pipeline.csv', '/embed/pipeline/', '/_astro/a.js'])
      expect(headersFor(rules, pathname)['Link']).toMatch(/^<https:\/\/creativecommons\.org\/licenses\/by\/4\.0\/>; rel="license"$/);
  });
  it('grants no browser feature', () => {
    expect(headersFor(rules, '/')['Permissions-Policy']).not.toMatch(/=\((?!\))/);
  });
});

describe('the _headers file', () => {
  const file = headersFile(rules, [
    { name: 'about', directory: true },
    { name: 'embed', directory: true },
    { name: '_astro', directory: true },
    { name: 'robots.txt', directory: false },
    { name: 'index.html', directory: false },
  ]);
  const parsed = parseHeadersFile(file);
  it.each(['/', '/about/', '/about/x.png', '/robots.txt', '/embed/pipeline/', '/_astro/a.js'])('gives %s the same headers as the definition', (pathname) => {
    expect(headersForPath(parsed, pathname)).toEqual(headersFor(rules, pathname));
  });
  it('never sets one header twice for an address (Cloudflare Pages would join them)', () => {
    for (const pathname of ['/', '/about/', '/embed/pipeline/', '/_astro/a.js', '/robots.txt']) {
      const matching = parsed.filter((rule) => Object.keys(headersForPath([rule], pathname)).length > 0);
      const names = matching.flatMap((rule) => rule.headers.map(([name]) => name));
      expect(new Set(names).size, pathname).toBe(names.length);
    }
  });
});

describe('the nginx and Caddy snippets', () => {
  it('carry every header of every group', () => {
    const nginx = nginxConf(rules);
    const caddy = caddyfile(rules);
    for (const group of rules.groups) {
      for (const [name, raw] of Object.entries({ ...rules.common, ...group.headers })) {
        // Both write a value in double quotes, with its own quotes escaped (the licence Link has some).
        const value = raw.replaceAll('"', '\\"');
        expect(nginx).toContain(`add_header ${name} "${value}" always;`);
        expect(caddy).toContain(`${name} "${value}"`);
      }
    }
    expect(nginx).toMatch(/location \/embed\/ \{/);
    expect(caddy).toContain('@pages not path /embed/* /_astro/*');
  });
});
