/**
 * Motion only for readers who have not asked for less: every transition, animation and smooth
 * scroll in the built CSS sits inside @media (prefers-reduced-motion: no-preference) — in the
 * stylesheets in dist/_astro/ and in the <style> Astro writes into each page.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { distDir } from '../support/paths.ts';
import { assertBuilt, builtPages } from '../support/built-site.ts';

/** Removes every `@media (prefers-reduced-motion: no-preference) { … }` block, braces balanced. */
function withoutMotionSafeBlocks(css: string): string {
  const opener = /@media\s*\(\s*prefers-reduced-motion\s*:\s*no-preference\s*\)\s*\{/g;
  let out = '';
  let last = 0;
  for (let match = opener.exec(css); match; match = opener.exec(css)) {
    out += css.slice(last, match.index);
    let depth = 1;
    let i = match.index + match[0].length;
    while (i < css.length && depth > 0) {
      if (css[i] === '{') depth++;
      else if (css[i] === '}') depth--;
      i++;
    }
    last = i;
    opener.lastIndex = i;
  }
  return out + css.slice(last);
}

/** Transitions, animations and smooth scrolling outside a no-preference block. */
function moving(css: string): string[] {
  return withoutMotionSafeBlocks(css).match(/(?:transition|animation)(?:-[a-z]+)?\s*:\s*(?!none)[^;}]+|scroll-behavior\s*:\s*smooth/g) ?? [];
}

describe('motion', () => {
  assertBuilt();
  const cssDir = path.join(distDir, '_astro');
  const files = readdirSync(cssDir).filter((f) => f.endsWith('.css'));
  /** Every page's inline <style> elements, joined: Astro inlines small stylesheets into the page. */
  const inlineStyles = builtPages()
    .map((page) => ({
      url: page.url,
      css: page
        .$('style')
        .map((_i, el) => page.$(el).text())
        .get()
        .join('\n'),
    }))
    .filter(({ css }) => css.trim().length > 0);

  it('the block remover keeps what is outside and drops what is inside', () => {
    const css = 'a{color:red}@media (prefers-reduced-motion: no-preference){a{transition:color 1s}b{x:y}}p{margin:0}';
    expect(withoutMotionSafeBlocks(css)).toBe('a{color:red}p{margin:0}');
  });

  it('finds CSS to check', () => {
    // The site ships one stylesheet file; pages may also carry inline <style> (checked below if any).
    expect(files.length).toBeGreaterThan(0);
    expect(files.map((f) => readFileSync(path.join(cssDir, f), 'utf8')).join('').length).toBeGreaterThan(1000);
  });

  it('the motion finder sees a transition outside a block, and none inside one', () => {
    expect(moving('a{transition:color 1s}')).toEqual(['transition:color 1s']);
    expect(moving('@media (prefers-reduced-motion: no-preference){a{animation:spin 1s}}')).toEqual([]);
  });

  it.each(files)('%s moves nothing outside a no-preference block', (file) => {
    expect(moving(readFileSync(path.join(cssDir, file), 'utf8'))).toEqual([]);
  });

  it.each(inlineStyles)('the <style> in $url moves nothing outside a no-preference block', ({ css }) => {
    expect(moving(css)).toEqual([]);
  });
});
