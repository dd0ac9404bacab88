/**
 * The progression diagram's building blocks, whatever the width: a part's box with its band and
 * wrapped label, a column of boxes, a group's heading, and the factors' grid in its soft area.
 */
import { fontSize, wrapText, lineStep } from '../frame/text';
import type { ProgressionBox, ProgressionHeading, ProgressionPartInput, ProgressionPartKind } from './types';

const padX = 10;
const padY = 9;
/** The width of the patterned band on a box's edge. */
const band = 8;
/** The space between a box's band and its label. */
const bandGap = 4;
const seriesOf: Record<ProgressionPartKind, number> = { process: 1, compensation: 2, outcome: 3, factor: 4 };
/** The space under a heading's last line, before its boxes. */
const headingGap = 4;
/** The factors' grid: the space inside the soft area's edge, and between two boxes. */
const factorInset = 12;
const factorGap = 10;
/** The factors' heading sits this much nearer the soft area's top than the inset: a line of text has room above its capitals. */
const factorHeadingRise = 4;

/** Room under the drawing's last box or area, so its edge is not cut off. */
export const bottomEdge = 2;

const heightOf = (lines: number) => padY * 2 + Math.max(1, lines) * lineStep;

/** The parts of each kind, in their order. */
export function partsByKind(parts: readonly ProgressionPartInput[]): Record<ProgressionPartKind, ProgressionPartInput[]> {
  const of = (kind: ProgressionPartKind) => parts.filter((p) => p.kind === kind);
  return { process: of('process'), compensation: of('compensation'), outcome: of('outcome'), factor: of('factor') };
}

/**
 * A box with a band on its left edge (or on top, for the barrier on phones) and its label
 * wrapped inside. `minHeight` stretches it, e.g. the barrier to the height of what pushes on it.
 */
export function makeBox(
  part: ProgressionPartInput,
  x: number,
  y: number,
  width: number,
  options: { bandTop?: boolean; minHeight?: number } = {},
): ProgressionBox {
  const inset = options.bandTop ? 0 : band + bandGap;
  // Factors are drawn in regular type; the other parts in bold.
  const lines = wrapText(part.label, width - padX * 2 - inset, { bold: part.kind !== 'factor', breakWords: true });
  const natural = heightOf(lines.length) + (options.bandTop ? band : 0);
  const height = Math.max(natural, options.minHeight ?? 0);
  const box = { x, y, width, height };
  // The label sits in the middle of a stretched box.
  const textTop = y + (options.bandTop ? band : 0) + (height - natural) / 2;
  return {
    id: part.id,
    kind: part.kind,
    series: seriesOf[part.kind],
    box,
    band: options.bandTop ? { x, y, width, height: band } : { x, y, width: band, height },
    lines,
    textX: x + padX + inset,
    textY: textTop + padY + fontSize,
  };
}

/** Boxes stacked in a column from `top`, `gap` apart. */
export function stack(parts: readonly ProgressionPartInput[], x: number, top: number, width: number, gap: number, bandTop = false): ProgressionBox[] {
  let y = top;
  return parts.map((part) => {
    const placed = makeBox(part, x, y, width, { bandTop });
    y += placed.box.height + gap;
    return placed;
  });
}

export const bottomOf = (boxes: readonly ProgressionBox[], fallback: number) =>
  boxes.length === 0 ? fallback : Math.max(...boxes.map((b) => b.box.y + b.box.height));

/** A group's bold heading, its top at `y`. */
export function heading(kind: ProgressionPartKind, text: string, x: number, y: number, width: number): ProgressionHeading {
  return { kind, x, y: y + fontSize, lines: wrapText(text, width, { bold: true, breakWords: true }), anchor: 'start' };
}
export const headingHeight = (h: { lines: string[] }) => h.lines.length * lineStep + headingGap;

/** The factors in a grid of `columns`, inside a soft area with its heading. */
export function factorGrid(factors: readonly ProgressionPartInput[], text: string, top: number, width: number, columns: number) {
  const inner = factorInset;
  const head = heading('factor', text, inner, top + inner - factorHeadingRise, width - inner * 2);
  const gridTop = top + inner + headingHeight(head);
  const gap = factorGap;
  const cellWidth = (width - inner * 2 - gap * (columns - 1)) / columns;
  const boxes: ProgressionBox[] = [];
  let y = gridTop;
  for (let start = 0; start < factors.length; start += columns) {
    const row = factors.slice(start, start + columns);
    const x = (c: number) => inner + c * (cellWidth + gap);
    // Every box in a row is as tall as the tallest, so the grid stays even.
    const rowHeight = Math.max(...row.map((part, c) => makeBox(part, x(c), y, cellWidth).box.height));
    boxes.push(...row.map((part, c) => makeBox(part, x(c), y, cellWidth, { minHeight: rowHeight })));
    y += rowHeight + gap;
  }
  const area = { x: 0, y: top, width, height: y - gap + inner - top };
  return { head, boxes, area };
}
