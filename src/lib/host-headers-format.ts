/**
 * The header rules (src/lib/host-headers.ts) written for three kinds of host: a _headers file
 * (Netlify, Cloudflare Pages), an nginx snippet and a Caddy snippet. Pure: rules in, text out.
 */
import type { HeaderRules, HeaderSet } from './host-headers';

const lines = (headers: HeaderSet, indent: string, format: (name: string, value: string) => string) =>
  Object.entries(headers).map(([name, value]) => `${indent}${format(name, value)}`);

/**
 * dist/_headers. Its path patterns cannot say "everything except /embed/", so the `pages` group is
 * written once per top-level entry of the built site (`/about/*`, `/robots.txt`, …), which keeps
 * every rule apart from the others: no address gets one header from two rules.
 */
export function headersFile(rules: HeaderRules, topLevel: readonly { name: string; directory: boolean }[]): string {
  const block = (pattern: string, headers: HeaderSet) => [pattern, ...lines(headers, '  ', (n, v) => `${n}: ${v}`), ''];
  const claimed = rules.groups.flatMap((group) => group.prefixes);
  const out = ['# Written by the build (src/lib/host-headers.ts). Netlify and Cloudflare Pages read this file.', ''];
  out.push(...block('/*', rules.common));
  for (const group of rules.groups) {
    if (group.prefixes.length > 0) {
      for (const prefix of group.prefixes) out.push(...block(`${prefix}*`, group.headers));
      continue;
    }
    out.push(...block('/', group.headers), ...block('/index.html', group.headers));
    for (const entry of topLevel) {
      if (entry.name === 'index.html' || entry.name.startsWith('_headers')) continue;
      const pattern = entry.directory ? `/${entry.name}/*` : `/${entry.name}`;
      if (claimed.some((prefix) => `/${entry.name}/`.startsWith(prefix))) continue;
      out.push(...block(pattern, group.headers));
    }
  }
  return out.join('\n');
}

const quoted = (value: string) => `"${value.replaceAll('\\', '\\\\').replaceAll('"', '\\"')}"`;

/** An nginx snippet for a server block: one location per group, each with every header (nginx drops inherited add_header lines in a location that has its own). */
export function nginxConf(rules: HeaderRules): string {
  const out = [
    '# Written by the build (src/lib/host-headers.ts). Include inside your server { } block, with',
    '# root pointing at the built site, e.g.  include /etc/nginx/snippets/charting-progressive-ms.conf;',
    'error_page 404 /404.html;',
    '',
  ];
  for (const group of rules.groups) {
    const headers = { ...rules.common, ...group.headers };
    const locations = group.prefixes.length > 0 ? group.prefixes : ['/'];
    for (const location of locations) {
      out.push(`location ${location} {`, '  try_files $uri $uri/index.html =404;');
      out.push(...lines(headers, '  ', (n, v) => `add_header ${n} ${quoted(v)} always;`), '}', '');
    }
  }
  return out.join('\n');
}

/** A Caddy snippet for a site block: the common headers, then one named matcher per group (the pages matcher excludes the others). */
export function caddyfile(rules: HeaderRules): string {
  const claimed = rules.groups.flatMap((group) => group.prefixes.map((prefix) => `${prefix}*`));
  const out = [
    '# Written by the build (src/lib/host-headers.ts). Paste inside your site block, e.g.',
    '# progressive-ms.example.org { root * /srv/charting-progressive-ms; file_server; <this> }',
    'handle_errors {',
    '  rewrite * /404.html',
    '  file_server',
    '}',
    'header {',
    ...lines(rules.common, '  ', (n, v) => `${n} ${quoted(v)}`),
    '}',
  ];
  for (const group of rules.groups) {
    const matcher = group.prefixes.length > 0 ? `path ${group.prefixes.map((p) => `${p}*`).join(' ')}` : `not path ${claimed.join(' ')}`;
    out.push(`@${group.name} ${matcher}`, `header @${group.name} {`, ...lines(group.headers, '  ', (n, v) => `${n} ${quoted(v)}`), '}');
  }
  return `${out.join('\n')}\n`;
}
