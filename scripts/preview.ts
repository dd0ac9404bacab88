/**
 * `npm run preview` (and `npm start` after its build): serves dist/ at http://127.0.0.1:4321/ with
 * the headers dist/_headers sets, as a static host would, using the same server as the browser tests.
 */
import path from 'node:path';
import { serveStatic } from '../test/support/static-server.ts';
import { assertBuilt } from '../test/support/built-site.ts';
import { distDir } from '../test/support/paths.ts';

assertBuilt();
const port = Number(process.env.PORT ?? 4321);
const { origin } = await serveStatic(distDir, port);
console.log(`Serving ${path.relative(process.cwd(), distDir) || distDir} at ${origin}/ with the headers in _headers. Stop with Ctrl+C.`);
