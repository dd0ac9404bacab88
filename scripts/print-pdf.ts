/**
 * `npm run print-pdf -- /path/ …`: prints pages of the built site to PDF with Chromium, A4 and US
 * Letter, into print/ (e.g. print/symptoms--fatigue.a4.pdf), as a reader's Print button would,
 * for checking printouts by eye (`pdftoppm -png -r 60 print/x.a4.pdf print/x` gives images).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { launchChromium } from '../test/support/chromium.ts';
import { serveStatic } from '../test/support/static-server.ts';
import { assertBuilt } from '../test/support/built-site.ts';
import { distDir, projectRoot } from '../test/support/paths.ts';

assertBuilt();
const paths = process.argv.slice(2).filter((arg) => arg.startsWith('/'));
if (paths.length === 0) throw new Error('Name the pages to print, e.g. npm run print-pdf -- /symptoms/fatigue/ /pipeline/');
const out = path.join(projectRoot, 'print');
mkdirSync(out, { recursive: true });
const { origin, server } = await serveStatic(distDir);
const browser = await launchChromium();
try {
  const page = await browser.newPage();
  for (const pathname of paths) {
    await page.goto(origin + pathname, { waitUntil: 'load' });
    const name = pathname.replace(/^\/|\/$/g, '').replaceAll('/', '--') || 'home';
    for (const format of ['A4', 'Letter'] as const) {
      const file = path.join(out, `${name}.${format.toLowerCase()}.pdf`);
      writeFileSync(file, await page.pdf({ format, printBackground: false, margin: { top: '15mm', bottom: '15mm', left: '15mm', right: '15mm' } }));
      console.log(path.relative(projectRoot, file));
    }
  }
} finally {
  await browser.close();
  server.close();
}
