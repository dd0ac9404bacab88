/**
 * The Lighthouse benchmark (a measurement, not a test): runs Lighthouse's mobile audit (a
 * mid-range phone on a slow 4G connection, simulated) on one page of every page template, served
 * from dist/ with the site's headers and gzip, as a host serves it, and prints a table of the
 * performance score, first and largest contentful paint, total blocking time and layout shift.
 * Lighthouse is not a dependency of the project: the script runs it with npx, which fetches it
 * from the npm registry the first time. Usage: npm run build && npm run bench:lighthouse [-- /path/ …]
 * (default: the template pages below; paths given measure only those).
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { assertBuilt } from '../test/support/built-site.ts';
import { chromiumPath } from '../test/support/chromium.ts';
import { distDir } from '../test/support/paths.ts';
import { serveStatic } from '../test/support/static-server.ts';

/** Lighthouse's major version: scores move between versions, so the table names the one it used. */
const lighthouse = 'lighthouse@13';

/** One page for each file in src/pages that renders HTML, and each kind of article page. */
const templates: [template: string, url: string][] = [
  ['home (index.astro)', '/'],
  ['article: strategy overview', '/strategy/'],
  ['article: gap area', '/strategy/trials/'],
  ['article: symptoms overview', '/symptoms/'],
  ['article: symptom', '/symptoms/fatigue/'],
  ['article: page ([slug].astro)', '/how-research-works/'],
  ['pipeline', '/pipeline/'],
  ['therapy', '/pipeline/tolebrutinib/'],
  ['approved', '/pipeline/approved/'],
  ['updates', '/pipeline/updates/'],
  ['trials', '/trials/'],
  ['glossary', '/glossary/'],
  ['sources', '/sources/'],
  ['search', '/search/'],
  ['chart share page', '/charts/pipeline/'],
  ['chart embed', '/embed/strategy-at-a-glance/'],
  // Lighthouse stops at an error status, so the 404 page is measured at its own address.
  ['404', '/404.html'],
];

interface Audit {
  score: number | null;
  displayValue?: string;
}
interface Report {
  lighthouseVersion: string;
  /** Set when Lighthouse could not measure the page (a trace it failed to record, say). */
  runtimeError?: { code: string; message: string };
  categories: { performance: { score: number } };
  audits: Record<string, Audit>;
}

const run = promisify(execFile);

/** Lighthouse's report for one page. A failed trace (NO_NAVSTART) happens now and then: one retry. */
async function audit(url: string, attempt = 1): Promise<Report> {
  const { stdout } = await run(
    'npx',
    ['--yes', lighthouse, url, '--quiet', '--only-categories=performance', '--output=json', '--chrome-flags=--headless=new --no-sandbox'],
    { env: { ...process.env, CHROME_PATH: chromiumPath() }, maxBuffer: 64 * 1024 * 1024 },
  );
  const report = JSON.parse(stdout) as Report;
  if (report.runtimeError && attempt < 2) return audit(url, attempt + 1);
  return report;
}

const chosen = process.argv.slice(2).filter((a) => a.startsWith('/'));
const pages: [template: string, url: string][] =
  chosen.length > 0 ? chosen.map((url) => [templates.find(([, u]) => u === url)?.[0] ?? 'page', url]) : templates;

assertBuilt();
const { origin, server } = await serveStatic(distDir);
const rows: string[] = [];
let version = '';
try {
  for (const [template, url] of pages) {
    const report = await audit(origin + url);
    version = report.lighthouseVersion;
    if (report.runtimeError) {
      rows.push(`| ${template} | ${url} | not measured: ${report.runtimeError.code} | | | | |`);
      continue;
    }
    const value = (id: string) => report.audits[id]?.displayValue ?? '?';
    const score = Math.round(report.categories.performance.score * 100);
    rows.push(
      `| ${template} | ${url} | ${score} | ${value('first-contentful-paint')} | ${value('largest-contentful-paint')} | ${value('total-blocking-time')} | ${value('cumulative-layout-shift')} |`,
    );
    console.error(`${url}: ${score}`);
  }
} finally {
  server.close();
}
console.log(`\nLighthouse ${version}, mobile (simulated slow 4G, 4× slower CPU), performance only:\n`);
console.log('| template | page | performance | first paint | largest paint | blocking time | layout shift |');
console.log('| --- | --- | --- | --- | --- | --- | --- |');
for (const row of rows) console.log(row);
