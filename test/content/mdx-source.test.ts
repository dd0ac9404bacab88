/** Every MDX page passes the lint that catches mistakes the compiler accepts (see src/lib/mdx-lint.ts). */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { lintMdx } from '../../src/lib/mdx-lint';
import { contentDir } from '../support/paths.ts';

const pages = readdirSync(contentDir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.mdx'));

describe('MDX sources', () => {
  it('there are pages to check', () => expect(pages.length).toBeGreaterThan(0));
  it.each(pages)('%s', (file) => {
    const problems = lintMdx(readFileSync(path.join(contentDir, file), 'utf8')).map((p) => `line ${p.line}: ${p.message}`);
    expect(problems).toEqual([]);
  });
});
