/** Every built page is valid HTML according to the Nu HTML Checker (vnu-jar, on Java). */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { builtPages } from '../support/built-site';

const require = createRequire(import.meta.url);
const vnuJar: string = require('vnu-jar');

interface VnuMessage {
  type: string;
  subType?: string;
  url: string;
  lastLine?: number;
  message: string;
  extract?: string;
}

/**
 * The checker lags the HTML standard in one place: `<link rel="expect" blocking="render">`
 * (WHATWG HTML, "Link type expect"), which holds the first paint until the header is whole. It
 * still says `blocking` needs rel=stylesheet. Only that message, on that element, is let through.
 */
function checkerLag(m: VnuMessage): boolean {
  return m.message.includes('“blocking” attribute must have a “rel” attribute') && /<link rel="expect" href="#[\w-]+" blocking="render">/.test(m.extract ?? '');
}

function hasJava(): boolean {
  return spawnSync('java', ['-version']).status === 0;
}

describe('HTML validity', () => {
  // Java checks every page in one run: a minute or more on a busy machine.
  it('every page passes the Nu HTML Checker with no errors', { timeout: 300_000 }, () => {
    if (!hasJava()) throw new Error('Java 17 or newer is needed to run the Nu HTML Checker (vnu-jar). Install it with `apt-get install default-jre-headless`.');
    const files = builtPages().map((p) => p.file);
    // vnu writes its JSON report to stderr.
    const run = spawnSync('java', ['-jar', vnuJar, '--format', 'json', '--exit-zero-always', ...files], { encoding: 'utf8' });
    const report = JSON.parse(run.stderr.trim()) as { messages: VnuMessage[] };
    const errors = report.messages
      .filter((m) => m.type === 'error' || m.subType === 'fatal')
      .filter((m) => !checkerLag(m))
      .map((m) => `${m.url.replace(/^.*\/dist/, '')}:${m.lastLine ?? '?'} ${m.message}`);
    expect(errors).toEqual([]);
  });
});
