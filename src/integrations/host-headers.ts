/**
 * After the build: writes the host's headers from src/lib/host-headers.ts. dist/_headers is read by
 * Netlify and Cloudflare Pages (and by the local server); dist/_headers.nginx.conf and
 * dist/_headers.Caddyfile are the same rules for a server of your own. The policies are taken
 * from the pages' own <meta> policies, so the header allows exactly the hashed inline code the
 * build made.
 */
import type { AstroIntegration } from 'astro';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { caddyfile, headersFile, nginxConf } from '../lib/host-headers-format';
import { headerRules, unionPolicy } from '../lib/host-headers';

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return htmlFiles(full);
    return name.endsWith('.html') ? [full] : [];
  });
}

const metaPolicy = /<meta http-equiv="content-security-policy" content="([^"]+)"/i;

export function hostHeaders(): AstroIntegration {
  return {
    name: 'charting-progressive-ms:host-headers',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const embeds: string[] = [];
        const pages: string[] = [];
        for (const file of htmlFiles(out)) {
          const policy = metaPolicy.exec(readFileSync(file, 'utf8'))?.[1]?.replaceAll('&#39;', "'");
          if (!policy) throw new Error(`${path.relative(out, file)} has no Content-Security-Policy <meta> tag to copy into the headers`);
          (path.relative(out, file).startsWith(`embed${path.sep}`) ? embeds : pages).push(policy);
        }
        const rules = headerRules({ pages: unionPolicy(pages), embeds: unionPolicy(embeds.length ? embeds : pages) });
        const topLevel = readdirSync(out, { withFileTypes: true }).map((entry) => ({ name: entry.name, directory: entry.isDirectory() }));
        writeFileSync(path.join(out, '_headers'), headersFile(rules, topLevel));
        writeFileSync(path.join(out, '_headers.nginx.conf'), nginxConf(rules));
        writeFileSync(path.join(out, '_headers.Caddyfile'), caddyfile(rules));
        logger.info('wrote _headers (Netlify, Cloudflare Pages) and the same rules for nginx and Caddy');
      },
    },
  };
}
