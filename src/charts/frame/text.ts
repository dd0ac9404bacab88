/**
 * Text sizes for build-time layout. SVG text cannot wrap or measure itself without a browser,
 * so layouts estimate widths from the average glyph width of the site's sans-serif fonts.
 */

/** The size of chart text in SVG units; with the drawing widths in types.ts it never shows below 12 px. */
export const fontSize = 15;
export const smallFontSize = 15;
export const lineHeight = 1.3;

/** Average advance of a glyph in system sans-serif fonts, as a share of the font size. */
const averageGlyph = 0.56;

/** Bold text runs about a tenth wider than the average glyph width that textWidth assumes. */
export const boldFactor = 1.1;

/** The estimated width of a line of text, in the same units as the font size. */
export function textWidth(text: string, size = fontSize): number {
  return [...text].length * size * averageGlyph;
}

/** Splits text into lines that fit a width, breaking between words; a word longer than the width gets its own line. */
export function wrapText(text: string, maxWidth: number, size = fontSize): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line === '' ? word : `${line} ${word}`;
    if (line !== '' && textWidth(candidate, size) > maxWidth) {
      lines.push(line);
      line = word;
    } else {
      line = candidate;
    }
  }
  if (line !== '') lines.push(line);
  return lines;
}
