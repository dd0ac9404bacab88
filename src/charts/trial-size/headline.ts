/**
 * The large sentence at the top of each view of the trial-size chart and the muted line under it.
 * Every choice of the controls has its own pair, drawn at the same place, so the view under them
 * starts at one height: below the longest pair. Pure: sentences in, text blocks out.
 */
import type { TextBlock } from '../frame/text';
import { lineHeight, wrapText, lineStep } from '../frame/text';

/** The headline's size: the chart's large text, which is bold (chart-marks.css, .text-large). */
export const largeSize = 22;
const large = { size: largeSize, bold: true };
/** From one baseline to the next, in chart text and in large text. */
export const largeLine = largeSize * lineHeight;
/** Extra space between the headline's last line and the subline, so the two read as two parts. */
const sublineGap = 2;

export interface Headline {
  headline: TextBlock;
  subline: TextBlock;
}

/** The number of lines in the longest of these wrapped texts; at least one. */
export const maxLines = (blocks: readonly (readonly string[])[]) => Math.max(1, ...blocks.map((b) => b.length));

/** Large text on one line if it fits, else broken after its comma, so a clause stays whole. */
export function wrapClauses(text: string, width: number): string[] {
  const whole = wrapText(text, width, large);
  if (whole.length === 1) return whole;
  return text.split(/(?<=,) /).flatMap((part) => wrapText(part, width, large));
}

/**
 * Each headline and subline wrapped to the drawing's width and placed at the top, and the baseline
 * of the lowest subline's last line, under which the view starts.
 */
export function layoutHeadlines(texts: readonly { headline: string; subline: string }[], width: number): { blocks: Headline[]; lastBaseline: number } {
  const wrapped = texts.map((t) => ({ headline: wrapClauses(t.headline, width), subline: wrapText(t.subline, width) }));
  // The first baseline is one large size down, so the tallest letters touch the top.
  const headlineY = largeSize;
  const sublineY = headlineY + (maxLines(wrapped.map((w) => w.headline)) - 1) * largeLine + lineStep + sublineGap;
  return {
    blocks: wrapped.map((w) => ({ headline: { x: 0, y: headlineY, lines: w.headline }, subline: { x: 0, y: sublineY, lines: w.subline } })),
    lastBaseline: sublineY + (maxLines(wrapped.map((w) => w.subline)) - 1) * lineStep,
  };
}
