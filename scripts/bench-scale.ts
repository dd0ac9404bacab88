/**
 * The scale benchmark (a measurement, not a test): does the build stay fast as content grows?
 * For each N it copies the real content into a temporary folder, adds N synthetic therapies
 * (with their trials and one synthetic source each) and N/3 synthetic article pages, builds
 * that into a temporary output folder, and reports the build time, pages per second, the size
 * of the search index and the bytes a first search fetches. Nothing is written to src/content:
 * the build reads the copy through CONTENT_ROOT (see src/content.config.ts).
 *
 * Every synthetic entry says it is fake ("Synthetic … for a scale test") and cites only
 * synthetic sources; the build checks it against the schemas as it checks real content (and
 * test/unit/synthetic-content.test.ts keeps the generator in step with them).
 *
 * Usage: npm run bench:scale -- 100 1000 3000   (default: 100)
 *        add --keep to leave the temporary folders for a look, --no-search to skip Chromium.
 */
import { stripVTControlCharacters } from 'node:util';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { launchChromium } from '../test/support/chromium.ts';
import { serveStatic } from '../test/support/static-server.ts';
import { contentDir, projectRoot } from '../test/support/paths.ts';
import { firstSearchBytes } from './search-bytes.ts';
import { syntheticArticle, syntheticSource, syntheticTherapy } from './synthetic-content.ts';

const args = process.argv.slice(2);
const sizes = args.filter((a) => /^\d+$/.test(a)).map(Number);
const keep = args.includes('--keep');
const search = !args.includes('--no-search');
if (sizes.length === 0) sizes.push(100);

/** Writes the real content plus `n` synthetic therapies and n/3 articles into `root`. */
function writeContent(root: string, n: number): void {
  for (const name of readdirSync(contentDir, { withFileTypes: true })) {
    if (name.isDirectory() && name.name !== 'schemas') cpSync(path.join(contentDir, name.name), path.join(root, name.name), { recursive: true });
  }
  const write = (collection: string, file: string, text: string) => {
    mkdirSync(path.join(root, collection), { recursive: true });
    writeFileSync(path.join(root, collection, file), text);
  };
  for (let i = 1; i <= n; i++) {
    write('sources', `synthetic-source-${i}.yaml`, syntheticSource(i));
    write('therapies', `synthetic-therapy-${i}.yaml`, syntheticTherapy(i));
  }
  for (let i = 1; i <= Math.floor(n / 3); i++) write('pages', `synthetic-article-${i}.mdx`, syntheticArticle(i, n));
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? filesUnder(full) : [full];
  });
}

/** GNU time, when the machine has it: the build's CPU seconds, which other work on a shared machine barely changes. */
const gnuTime = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;

async function build(root: string, out: string): Promise<{ ok: boolean; seconds: number; cpuSeconds?: number; output: string }> {
  const started = performance.now();
  const astro = path.join(projectRoot, 'node_modules', 'astro', 'bin', 'astro.mjs');
  const command = gnuTime ? [gnuTime, '-f', 'cpu-seconds %U %S', process.execPath, astro, 'build'] : [process.execPath, astro, 'build'];
  const { status, output } = await new Promise<{ status: number | null; output: string }>((resolve, reject) => {
    const child = spawn(command[0]!, command.slice(1), {
      cwd: projectRoot,
      env: {
        ...process.env,
        CONTENT_ROOT: root,
        ASTRO_OUT_DIR: out,
        ASTRO_CACHE_DIR: path.join(out, '..', 'cache'),
        ASTRO_TELEMETRY_DISABLED: '1',
        NO_COLOR: '1',
        FORCE_COLOR: '0',
      },
    });
    let text = '';
    const plain = (chunk: Buffer) => stripVTControlCharacters(String(chunk));
    // Astro's own lines, with the seconds since the build started, show where the time goes.
    const echo = (chunk: Buffer) => {
      text += plain(chunk);
      for (const line of plain(chunk)
        .split('\n')
        .filter((l) => /\[build\]|\[vite\]|charting-progressive-ms|error/i.test(l))) {
        process.stderr.write(`  +${((performance.now() - started) / 1000).toFixed(0)} s  ${line.trim()}\n`);
      }
    };
    child.stdout.on('data', echo);
    child.stderr.on('data', echo);
    child.on('error', reject);
    child.on('close', (code) => resolve({ status: code, output: text }));
  });
  const cpu = /cpu-seconds ([\d.]+) ([\d.]+)/.exec(output);
  return { ok: status === 0, seconds: (performance.now() - started) / 1000, ...(cpu ? { cpuSeconds: Number(cpu[1]) + Number(cpu[2]) } : {}), output };
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
// The table's header now and each row as soon as its build is done: big N take a while.
console.log(
  '| synthetic therapies | synthetic articles | pages built | build, wall clock | build, CPU time | Astro’s page rendering (wall) | pages per second (wall) | search index | first search for “walking” |',
);
console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- |');

for (const n of sizes) {
  const work = mkdtempSync(path.join(tmpdir(), `cpms-scale-${n}-`));
  const root = path.join(work, 'content');
  const out = path.join(work, 'dist');
  try {
    writeContent(root, n);
    console.error(`N = ${n}: building ${n} synthetic therapies and ${Math.floor(n / 3)} articles in ${work} …`);
    const result = await build(root, out);
    if (!result.ok) {
      console.error(result.output.slice(-4000));
      throw new Error(`The build with N = ${n} failed; see above.`);
    }
    const pages = filesUnder(out).filter((f) => f.endsWith('.html')).length;
    const index = filesUnder(path.join(out, 'pagefind')).reduce((sum, f) => sum + statSync(f).size, 0);
    let first = { bytes: 0, gzipped: 0 };
    if (search) {
      const { origin, server } = await serveStatic(out);
      const browser = await launchChromium();
      try {
        first = await firstSearchBytes(browser, origin, 'walking');
      } finally {
        await browser.close();
        server.close();
      }
    }
    const phases = [...result.output.matchAll(/\[build\] (\d+) page\(s\) built in ([\d.]+)s/g)].at(-1);
    console.log(
      `| ${n.toLocaleString('en-GB')} | ${Math.floor(n / 3).toLocaleString('en-GB')} | ${pages.toLocaleString('en-GB')} | ${result.seconds.toFixed(0)} s | ${result.cpuSeconds === undefined ? '?' : `${result.cpuSeconds.toFixed(0)} s`} | ${phases ? `${Number(phases[2]).toFixed(0)} s` : '?'} | ${(pages / result.seconds).toFixed(1)} | ${mb(index)} | ${search ? `${kb(first.bytes)} (${kb(first.gzipped)} gzipped)` : 'not measured'} |`,
    );
    console.error(`N = ${n}: ${pages} pages in ${result.seconds.toFixed(1)} s`);
  } finally {
    if (keep) console.error(`kept ${work}`);
    else rmSync(work, { recursive: true, force: true });
  }
}
