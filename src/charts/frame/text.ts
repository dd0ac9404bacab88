/**
 * The chart toolkit's text: sizes, one width estimate, one line wrapper and the block of lines
 * that layouts return and components draw. SVG text cannot wrap or measure itself without a
 * browser, so layouts estimate widths from the average glyph width of the site's sans-serif fonts.
 */

/** The size of chart text in SVG units; with the drawing widths in types.ts it never shows below 12 px. */
export const fontSize = 15;
export const smallFontSize = 15;
export const lineHeight = 1.3;
/** The distance between the baselines of two lines of chart text. */
export const lineStep = fontSize * lineHeight;

/** Average advance of a glyph in system sans-serif fonts, as a share of the font size. */
const averageGlyph = 0.56;

/** Bold text runs about a tenth wider than the average glyph width that textWidth assumes. */
export const boldFactor = 1.1;

export interface TextOptions {
  /** Font size in SVG units; the chart text size unless given. */
  size?: number;
  /** Bold text is measured a little wider (boldFactor). */
  bold?: boolean;
}

/** The estimated width of a line of text, in the same units as the font size. */
export function textWidth(text: string, { size = fontSize, bold = false }: TextOptions = {}): number {
  return [...text].length * size * averageGlyph * (bold ? boldFactor : 1);
}

export interface WrapOptions extends TextOptions {
  /**
   * Text inside a box it must not cross: a word too long for a line, with no hyphen to break
   * after, is cut into pieces. Otherwise such a word gets a line of its own, since a name cut
   * in two reads worse than a line a little long.
   */
  breakWords?: boolean;
}

/**
 * Splits text into lines that fit a width, breaking between words and, where a word is too long
 * for a line, after a hyphen in it ("Disease-" / "modifying").
 */
export function wrapText(text: string, maxWidth: number, options: WrapOptions = {}): string[] {
  const width = (t: string) => textWidth(t, options);
  const perLine = Math.max(1, Math.floor(maxWidth / width('m')));
  // Each token is a word, or a piece of a long word that joins the one before without a space.
  const tokens: { text: string; glued: boolean }[] = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const pieces = width(word) > maxWidth ? word.split(/(?<=-)(?=.)/) : [word];
    pieces.forEach((piece, i) => {
      if (width(piece) <= maxWidth || !options.breakWords) tokens.push({ text: piece, glued: i > 0 });
      else for (let c = 0; c < piece.length; c += perLine) tokens.push({ text: piece.slice(c, c + perLine), glued: i > 0 || c > 0 });
    });
  }
  const lines: string[] = [];
  let current = '';
  for (const token of tokens) {
    const candidate = current === '' ? token.text : `${current}${token.glued ? '' : ' '}${token.text}`;
    if (current !== '' && width(candidate) > maxWidth) {
      lines.push(current);
      current = token.text;
    } else {
      current = candidate;
    }
  }
  if (current !== '') lines.push(current);
  return lines;
}

/** Lines of text placed in a drawing: what layouts return and TextLines.astro draws. */
export interface TextBlock {
  lines: string[];
  x: number;
  /** The first line's baseline. */
  y: number;
  /** Which end of each line sits at x; the start unless given. */
  anchor?: 'start' | 'middle' | 'end';
}
