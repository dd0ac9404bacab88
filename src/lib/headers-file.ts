/**
 * Reads a _headers file (Netlify and Cloudflare Pages syntax) and finds the headers for an
 * address, so the local server sends what a real host would. Matching follows Netlify: a `*`
 * matches the rest of the path, `:name` one segment, and later rules override earlier ones.
 */

export interface HeadersFileRule {
  pattern: string;
  headers: [string, string][];
}

export function parseHeadersFile(text: string): HeadersFileRule[] {
  const rules: HeadersFileRule[] = [];
  for (const line of text.split('\n')) {
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), headers: [] });
      continue;
    }
    const rule = rules.at(-1);
    const colon = line.indexOf(':');
    if (!rule || colon === -1) throw new Error(`_headers: "${line.trim()}" is not "Name: value" under a path`);
    rule.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
  }
  return rules;
}

function patternRegExp(pattern: string): RegExp {
  const escaped = pattern
    .split('/')
    .map((part) => (part === '*' ? '.*' : part.startsWith(':') ? '[^/]+' : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replaceAll('*', '.*')))
    .join('/');
  // "/about/*" also matches "/about" and "/about/", as on Netlify.
  return new RegExp(`^${escaped.replace(/\/\.\*$/, '(?:/.*)?')}$`);
}

export function headersForPath(rules: readonly HeadersFileRule[], pathname: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const rule of rules) {
    if (!patternRegExp(rule.pattern).test(pathname)) continue;
    for (const [name, value] of rule.headers) out[name] = value;
  }
  return out;
}
