/**
 * Global setup for the browser tests: checks that a browser exists (with a clear message if
 * not) and serves the built site on a free local port, shared through SITE_ORIGIN.
 */
import type { TestProject } from 'vitest/node';
import { chromiumPath } from './chromium.ts';
import { assertBuilt } from './built-site.ts';
import { serveStatic } from './static-server.ts';
import { distDir } from './paths.ts';

export default async function setup(project: TestProject) {
  chromiumPath();
  assertBuilt();
  const { origin, server } = await serveStatic(distDir);
  project.provide('siteOrigin', origin);
  return () => new Promise<void>((resolve) => server.close(() => resolve()));
}

declare module 'vitest' {
  export interface ProvidedContext {
    siteOrigin: string;
  }
}
