/**
 * The 2017 funding chart's grid: 100 squares for every $100 of research grants, filled down each
 * column from the top left, with part-squares for fractions.
 */
import type { Rect } from '../frame/geometry';

/** The grid is 10 squares by 10: one for each $1 of every $100. */
export const columns = 10;
export const squareCount = columns * columns;
/** The space between neighbouring squares, so each square reads as one dollar. */
export const squareGap = 3;
/** Shorter than this, a part-square is a rounding error, not a share. */
const noShare = 1e-9;

/**
 * The squares (and part-squares) from `start` to `end`, counted in squares down each column from
 * the top left, so small shares sit together in the first column, next to their labels.
 */
export function unitRects(start: number, end: number, cell: number, left = 0): Rect[] {
  const rects: Rect[] = [];
  const size = cell - squareGap;
  for (let index = Math.floor(start); index < Math.ceil(end) && index < squareCount; index++) {
    const from = Math.max(start, index);
    const to = Math.min(end, index + 1);
    if (to - from <= noShare) continue;
    const column = Math.floor(index / columns);
    const row = index % columns;
    rects.push({
      x: left + column * cell,
      y: row * cell + (from - index) * size,
      width: size,
      height: (to - from) * size,
    });
  }
  return rects;
}

/** Where a leader line meets an area: the middle of its part of the first column it fills. */
export function leaderTarget(rects: readonly Rect[]): { x: number; y: number } {
  const first = rects[0]!;
  const sameColumn = rects.filter((r) => r.x === first.x);
  const bottom = sameColumn[sameColumn.length - 1]!;
  return { x: first.x, y: (first.y + bottom.y + bottom.height) / 2 };
}
