/** Helpers for checking chart text: the numbers a sentence states, and SVG with its numbers rounded. */

export { numbersIn } from '../../src/lib/numbers.ts';

/** SVG markup with numbers rounded to one decimal and one element per line, so snapshots show real changes only. */
export function normaliseSvg(svg: string): string {
  return svg
    .replace(/-?\d+\.\d+/g, (n) => String(Number(Number(n).toFixed(1))))
    .replace(/\s+data-astro-cid-[a-z0-9]+(="")?/g, '')
    .replace(/>\s*</g, '>\n<')
    .trim() + '\n';
}
