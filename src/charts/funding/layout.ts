/**
 * The 2017 funding chart as a unit chart: 100 squares stand for every $100 of research grants,
 * filled in order by each area's share, with part-squares for fractions (1.3% is one square and
 * three tenths of the next). Pure: shares in, positions and label text out.
 */
import { dodge } from '../frame/labels';
import type { Rect } from '../frame/geometry';
export type { Rect };
import { fontSize, lineHeight, wrapText } from '../frame/text';
import type { ChartSize } from '../frame/types';
import { chartWidths } from '../frame/types';

export interface FundingInput {
  id: string;
  label: string;
  percent: number;
  /** "about $3 million" */
  amount: string;
  /** "$1.30 of every $100" */
  perHundred: string;
  isRest: boolean;
}

export interface FundingGroup {
  id: string;
  /** Series number for colour and pattern (1–4); the rest is drawn in a neutral grey. */
  series: number;
  isRest: boolean;
  rects: Rect[];
  /** Label lines for each view, keyed by the view's value. */
  lines: Record<FundingView, string[]>;
  /** Where the label block starts. */
  labelX: number;
  labelY: number;
  /** The key swatch beside the label (narrow layout) or the leader line from the marks (wide). */
  swatch?: Rect;
  leader?: { x1: number; y1: number; x2: number; y2: number };
  /** The accessible name of the group in each view. */
  names: Record<FundingView, string>;
}

export type FundingView = 'shares' | 'dollars';

export interface FundingLayout {
  width: number;
  height: number;
  cell: number;
  /** The empty outline of all 100 squares, so the whole is visible behind the parts. */
  grid: Rect[];
  groups: FundingGroup[];
  /** "Each square is $1 of every $100" and its dollars twin, placed under the grid. */
  note: { x: number; y: number; lines: Record<FundingView, string[]> };
  /** Wide labels are right-aligned against their leaders. */
  textAnchor: 'start' | 'end';
}

const columns = 10;
const gap = 3;

/**
 * The squares (and part-squares) from `start` to `end`, counted in squares down each column from
 * the top left, so small shares sit together in the first column, next to their labels.
 */
export function unitRects(start: number, end: number, cell: number, left = 0): Rect[] {
  const rects: Rect[] = [];
  const size = cell - gap;
  for (let index = Math.floor(start); index < Math.ceil(end) && index < columns * columns; index++) {
    const from = Math.max(start, index);
    const to = Math.min(end, index + 1);
    if (to - from <= 1e-9) continue;
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
function anchor(rects: readonly Rect[]): { x: number; y: number } {
  const first = rects[0]!;
  const sameColumn = rects.filter((r) => r.x === first.x);
  const bottom = sameColumn[sameColumn.length - 1]!;
  return { x: first.x, y: (first.y + bottom.y + bottom.height) / 2 };
}

export function layoutFunding(areas: readonly FundingInput[], totalMillions: number, size: ChartSize): FundingLayout {
  const width = chartWidths[size];
  const wide = size === 'wide';
  const cell = wide ? 34 : (width - 2) / columns;
  const gridSize = cell * columns - gap;
  // Wide: labels on the left, right-aligned, with short leaders into the first column.
  const gridLeft = wide ? width - gridSize : 0;
  const labelX = wide ? gridLeft - 40 : 34;
  const labelWidth = wide ? labelX : width - labelX;
  const line = fontSize * lineHeight;

  const grid = unitRects(0, columns * columns, cell, gridLeft);
  const perSquare = totalMillions / 100;
  const noteLines = {
    shares: wrapText('Each square is $1 of every $100 of grants.', wide ? gridSize : width),
    dollars: wrapText(`Each square is about $${perSquare.toFixed(1)} million of $${totalMillions} million.`, wide ? gridSize : width),
  };
  const noteHeight = Math.max(noteLines.shares.length, noteLines.dollars.length) * line;
  const note = { x: gridLeft, y: gridSize + 28, lines: noteLines };

  let start = 0;
  let series = 0;
  const placed = areas.map((area) => {
    const rects = unitRects(start, start + area.percent, cell, gridLeft);
    start += area.percent;
    if (!area.isRest) series += 1;
    const lines = {
      shares: [...wrapText(area.label, labelWidth), `${area.percent}% · ${area.perHundred}`],
      dollars: [...wrapText(area.label, labelWidth), area.amount],
    };
    const names = {
      shares: `${area.label}: ${area.percent}%, ${area.perHundred}.`,
      dollars: `${area.label}: ${area.amount}.`,
    };
    return { area, rects, lines, names, series: area.isRest ? 0 : series };
  });

  const blockHeight = (p: (typeof placed)[number]) => Math.max(p.lines.shares.length, p.lines.dollars.length) * line;
  // What every area's label block holds, wherever it is placed (beside the grid, or in the key).
  const groupAt = (p: (typeof placed)[number], top: number) => ({
    id: p.area.id,
    series: p.series,
    isRest: p.area.isRest,
    rects: p.rects,
    lines: p.lines,
    names: p.names,
    labelX,
    labelY: top + fontSize,
  });
  let height: number;
  let groups: FundingGroup[];
  if (wide) {
    const tops = dodge(
      placed.map((p) => ({ want: anchor(p.rects).y - fontSize * 0.65, height: blockHeight(p) })),
      14,
      0,
      gridSize,
    );
    groups = placed.map((p, i) => {
      const target = anchor(p.rects);
      const top = tops[i]!;
      return {
        ...groupAt(p, top),
        leader: { x1: labelX + 8, y1: top + fontSize * 0.65, x2: target.x - 4, y2: target.y },
      };
    });
    const labelsBottom = tops[tops.length - 1]! + blockHeight(placed[placed.length - 1]!);
    height = Math.max(labelsBottom, note.y + noteHeight - line + 6);
  } else {
    // Phones: a key under the grid, one entry per area, with a swatch in the area's fill.
    let y = note.y + noteHeight + 8;
    groups = placed.map((p) => {
      const top = y;
      y += blockHeight(p) + 12;
      return {
        ...groupAt(p, top),
        swatch: { x: 0, y: top + 2, width: 22, height: 22 },
      };
    });
    height = y - 12;
  }
  return { width, height: Math.ceil(height), cell, grid, groups, note, textAnchor: wide ? 'end' : 'start' };
}
