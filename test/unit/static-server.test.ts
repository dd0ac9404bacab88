/**
 * The local server sends text gzipped to a client that asks for it, as static hosts do, so page
 * weights and Lighthouse runs against it measure what a reader downloads; images go as they are.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { get, type IncomingMessage } from 'node:http';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { Server } from 'node:http';
import { serveStatic } from '../support/static-server.ts';

const root = mkdtempSync(path.join(tmpdir(), 'static-server-'));
const page = `<!doctype html><title>A page</title><p>${'Words a reader reads. '.repeat(200)}</p>`;
const picture = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 3]);
let origin = '';
let server: Server | undefined;

beforeAll(async () => {
  writeFileSync(path.join(root, 'index.html'), page);
  writeFileSync(path.join(root, 'picture.png'), picture);
  ({ origin, server } = await serveStatic(root));
});
afterAll(() => {
  server?.close();
  rmSync(root, { recursive: true, force: true });
});

function fetchRaw(url: string, acceptEncoding?: string): Promise<{ response: IncomingMessage; body: Buffer }> {
  return new Promise((resolve, reject) => {
    get(url, { headers: acceptEncoding ? { 'accept-encoding': acceptEncoding } : {} }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ response, body: Buffer.concat(chunks) }));
    }).on('error', reject);
  });
}

describe('the local static server', () => {
  it('sends a page gzipped, and smaller, when the client accepts gzip', async () => {
    const { response, body } = await fetchRaw(`${origin}/`, 'gzip, deflate, br');
    expect(response.headers['content-encoding']).toBe('gzip');
    expect(response.headers.vary).toMatch(/Accept-Encoding/i);
    expect(body.length).toBeLessThan(Buffer.byteLength(page) / 4);
    expect(gunzipSync(body).toString('utf8')).toBe(page);
  });

  it('sends the page as it is to a client that does not accept gzip', async () => {
    const { response, body } = await fetchRaw(`${origin}/`);
    expect(response.headers['content-encoding']).toBeUndefined();
    expect(body.toString('utf8')).toBe(page);
  });

  it('sends an image as it is, even to a client that accepts gzip', async () => {
    const { response, body } = await fetchRaw(`${origin}/picture.png`, 'gzip');
    expect(response.headers['content-encoding']).toBeUndefined();
    expect(body.equals(picture)).toBe(true);
  });
});
