/** The progression diagram's arrows: a line and a head whose tip is exactly the end point. */
import { round } from '../frame/geometry';
import type { TextBlock } from '../frame/text';
import type { Arrow } from './types';

/** Arrows stop this far short of the boxes they join, so the head never touches a box's edge. */
export const arrowGap = 4;
/** The arrow from the factors starts this far above their soft area. */
export const areaArrowGap = 2;
/** How far the head reaches back along the line from its tip. */
const headLength = 10;
/** Half the head's width, across the line. */
const headHalfWidth = 5.5;

/** An arrow from (x1, y1) to (x2, y2), its head ending exactly at the end point. */
export function arrow(x1: number, y1: number, x2: number, y2: number, dashed = false, label?: TextBlock): Arrow {
  const length = Math.hypot(x2 - x1, y2 - y1) || 1;
  const ux = (x2 - x1) / length;
  const uy = (y2 - y1) / length;
  const bx = x2 - ux * headLength;
  const by = y2 - uy * headLength;
  const points = [
    [x2, y2],
    [bx - uy * headHalfWidth, by + ux * headHalfWidth],
    [bx + uy * headHalfWidth, by - ux * headHalfWidth],
  ].map(([x, y]) => `${round(x!)},${round(y!)}`);
  return { x1, y1, x2: bx, y2: by, head: points.join(' '), dashed, ...(label ? { label } : {}) };
}
