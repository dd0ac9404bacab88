/**
 * The colour tokens meet the contrast the site promises, in light and dark:
 * body text 7:1 (WCAG AAA), other text 4.5:1, UI parts and graphics 3:1.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { contrastRatio } from '../../src/lib/contrast';

const css = readFileSync(new URL('../../src/styles/tokens.css', import.meta.url), 'utf8');

function tokens(block: string): Record<string, string> {
  return Object.fromEntries([...block.matchAll(/--(color-[a-z0-9-]+):\s*(#[0-9a-f]{6})/gi)].map((m) => [m[1]!, m[2]!]));
}

const light = tokens(css.split('@media (prefers-color-scheme: dark)')[0]!);
const dark = { ...light, ...tokens(css.split('@media (prefers-color-scheme: dark)')[1]!) };

// [foreground, background, minimum ratio]
const pairs: [string, string, number][] = [
  ['color-text', 'color-bg', 7],
  ['color-text', 'color-surface', 7],
  ['color-text', 'color-surface-muted', 7],
  ['color-text', 'color-accent-soft', 7],
  ['color-text', 'color-note-bg', 7],
  ['color-text', 'color-important-bg', 7],
  ['color-text', 'color-mark', 7],
  ['color-text-muted', 'color-bg', 7],
  ['color-text-muted', 'color-surface', 7],
  ['color-text-muted', 'color-surface-muted', 4.5],
  ['color-link', 'color-bg', 7],
  ['color-link', 'color-surface', 7],
  ['color-link', 'color-accent-soft', 4.5],
  ['color-link', 'color-surface-muted', 4.5],
  ['color-link-visited', 'color-bg', 7],
  ['color-on-accent', 'color-accent', 7],
  ['color-border', 'color-bg', 3],
  ['color-border', 'color-surface', 3],
  ['color-focus', 'color-bg', 3],
  ['color-focus', 'color-surface', 3],
  ['color-focus', 'color-surface-muted', 3],
  ['color-accent', 'color-bg', 3],
  ['color-note-border', 'color-note-bg', 3],
  ['color-important-border', 'color-important-bg', 3],
  ...['color-chart-1', 'color-chart-2', 'color-chart-3', 'color-chart-4', 'color-chart-other'].flatMap((mark): [string, string, number][] => [
    [mark, 'color-bg', 3],
    [mark, 'color-surface', 3],
    [mark, 'color-surface-muted', 3],
  ]),
  // Chart text sits on the figure's surface.
  ['color-text-muted', 'color-surface-muted', 4.5],
];

describe.each([
  ['light', light],
  ['dark', dark],
] as const)('%s scheme', (_scheme, palette) => {
  it.each(pairs)('%s on %s reaches %s:1', (fg, bg, min) => {
    expect(palette[fg], `token --${fg}`).toBeDefined();
    expect(palette[bg], `token --${bg}`).toBeDefined();
    expect(contrastRatio(palette[fg]!, palette[bg]!)).toBeGreaterThanOrEqual(min);
  });
});

describe('contrastRatio', () => {
  it('matches the WCAG extremes', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#777777', '#777777')).toBe(1);
    // #767676 on white is the well-known 4.54:1 grey.
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
  });
  it('rejects what is not a #rrggbb colour', () => {
    expect(() => contrastRatio('red', '#fff')).toThrow(/Not a #rrggbb/);
  });
});
