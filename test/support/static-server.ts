/**
 * A small static file server for dist/, so browser tests and `npm start` see the site as a static
 * host serves it: directory URLs get index.html, unknown paths get 404.html with status 404, and
 * every response carries the headers dist/_headers gives its address (as on Netlify or
 * Cloudflare Pages), so the tests run under the policies a reader gets. Text files are sent
 * gzipped to a client that accepts it, as those hosts do, so page weights and Lighthouse runs
 * against this server measure what a reader downloads.
 */
import { createServer, type Server } from 'node:http';
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { headersForPath, parseHeadersFile } from '../../src/lib/headers-file.ts';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.wasm': 'application/wasm',
  '.woff2': 'font/woff2',
  '.pagefind': 'application/octet-stream',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pf_filter': 'application/octet-stream',
};

/** Types a host compresses: text. Pagefind's own files, images and fonts are compressed already. */
const compressible = new Set(['.html', '.css', '.js', '.mjs', '.json', '.svg', '.xml', '.txt', '.csv']);

/** dist/ does not change while a server runs, so each file is compressed once. */
const gzipped = new Map<string, Buffer>();
function gzippedBody(file: string): Buffer {
  let body = gzipped.get(file);
  if (!body) {
    body = gzipSync(readFileSync(file));
    gzipped.set(file, body);
  }
  return body;
}

function resolveFile(root: string, urlPath: string): string | undefined {
  const clean = path.normalize(decodeURIComponent(urlPath)).replace(/^(\.\.[/\\])+/, '');
  const full = path.join(root, clean);
  if (!full.startsWith(root)) return undefined;
  if (existsSync(full) && statSync(full).isFile()) return full;
  const index = path.join(full, 'index.html');
  if (existsSync(index)) return index;
  return undefined;
}

export async function serveStatic(root: string, port = 0): Promise<{ origin: string; server: Server }> {
  const headersPath = path.join(root, '_headers');
  const rules = existsSync(headersPath) ? parseHeadersFile(readFileSync(headersPath, 'utf8')) : [];
  const server = createServer((request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://localhost');
    for (const [name, value] of Object.entries(headersForPath(rules, pathname))) response.setHeader(name, value);
    // A directory without its trailing slash redirects, as static hosts do.
    const full = path.join(root, decodeURIComponent(pathname));
    if (!pathname.endsWith('/') && existsSync(full) && statSync(full).isDirectory()) {
      response.writeHead(301, { location: `${pathname}/` }).end();
      return;
    }
    // Hosts read the _headers files; they do not serve them.
    const file = pathname.startsWith('/_headers') ? undefined : resolveFile(root, pathname);
    const status = file ? 200 : 404;
    const body = file ?? path.join(root, '404.html');
    const type = types[path.extname(body)] ?? 'application/octet-stream';
    const compress = compressible.has(path.extname(body));
    if (compress) response.setHeader('vary', 'Accept-Encoding');
    if (compress && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''))) {
      response.writeHead(status, { 'content-type': type, 'content-encoding': 'gzip' }).end(gzippedBody(body));
      return;
    }
    response.writeHead(status, { 'content-type': type });
    createReadStream(body).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const { port: actual } = server.address() as AddressInfo;
  return { origin: `http://127.0.0.1:${actual}`, server };
}
