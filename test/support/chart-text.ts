/** Helpers for checking chart text: the numbers a sentence states, and SVG with its numbers rounded. */

/** Every number written in a text: "$228.7 million" → 228.7, "1,234 people" → 1234, "1.3%" → 1.3. */
export function numbersIn(text: string): number[] {
  return [...text.matchAll(/\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?/g)].map((m) => Number(m[0].replaceAll(',', '')));
}

/** SVG markup with numbers rounded to one decimal and one element per line, so snapshots show real changes only. */
export function normaliseSvg(svg: string): string {
  return svg
    .replace(/-?\d+\.\d+/g, (n) => String(Number(Number(n).toFixed(1))))
    .replace(/\s+data-astro-cid-[a-z0-9]+(="")?/g, '')
    .replace(/>\s*</g, '>\n<')
    .trim() + '\n';
}
