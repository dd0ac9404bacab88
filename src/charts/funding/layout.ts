/**
 * The 2017 funding chart as a unit chart: 100 squares stand for every $100 of research grants,
 * filled in order by each area's share, with part-squares for fractions (1.3% is one square and
 * three tenths of the next). Wide screens label the areas beside the grid, with leaders; phones
 * put a key under it. Pure: shares and the words of each label in, positions and wrapped text out.
 */
import { boundingBox, type Rect } from '../frame/geometry';
import { dodge } from '../frame/labels';
import { fontSize, type TextBlock, wrapText, lineStep } from '../frame/text';
import type { ChartSize } from '../frame/types';
import { chartWidths } from '../frame/types';
import { columns, leaderTarget, squareCount, squareGap, unitRects } from './squares';

export type { Rect, TextBlock };
export { unitRects };

export type FundingView = 'shares' | 'dollars';

export interface FundingInput {
  id: string;
  /** The area's name: the first lines of its label. */
  label: string;
  percent: number;
  isRest: boolean;
  /** The last line of its label in each view, drawn bold: "1.3% · $1.30 of every $100", "about $3 million". */
  value: Record<FundingView, string>;
  /** The accessible name of the area in each view. */
  names: Record<FundingView, string>;
}

/** The words under the grid, built by the chart's spec. */
export interface FundingLabels {
  /** What one square stands for, in each view. */
  note: Record<FundingView, string>;
}

export interface FundingGroup {
  id: string;
  /** Series number for colour and pattern (1–4); the rest is drawn in a neutral grey. */
  series: number;
  isRest: boolean;
  rects: Rect[];
  /** The label in each view: the area's name, then its value on the last line. */
  labels: Record<FundingView, TextBlock>;
  /** The key swatch beside the label (narrow layout) or the leader line from the marks (wide). */
  swatch?: Rect;
  leader?: { x1: number; y1: number; x2: number; y2: number };
  /** What pointing at the area covers: its squares or swatch, and its label, as small areas are hard to hit. */
  box: Rect;
  /** The accessible name of the group in each view. */
  names: Record<FundingView, string>;
}

export interface FundingLayout {
  width: number;
  height: number;
  cell: number;
  /** The empty outline of all 100 squares, so the whole is visible behind the parts. */
  grid: Rect[];
  groups: FundingGroup[];
  /** What a square stands for in each view, under the grid. */
  note: Record<FundingView, TextBlock>;
}

/** A square and its gap on wide screens: the grid takes under half the drawing, the labels the rest. */
const wideCell = 34;
/** The phone grid stops short of the drawing's right edge, so no square's outline touches it. */
const phoneSpare = 2;
/** Wide screens: the room between the labels and the grid, for the leaders. */
const leaderRoom = 40;
/** The space between a leader and the label it starts from, and between its end and the squares. */
const leaderStartGap = 8;
const leaderEndGap = 4;
/** The middle of a label's first line, as a share of the font size below its top: where its leader starts. */
const firstLineMiddle = 0.65;
/** The least space between two wide labels, so each reads as its own. */
const labelGap = 14;
/** The note's first baseline under the grid: a line's height and a little more. */
const noteBaseline = 28;
/** Room under a last baseline for the letters that hang below it. */
const descent = 6;
/** Phones: the key under the grid, an entry per area. */
const key = {
  /** The side of an entry's swatch in its area's fill: about a square of the grid. */
  swatch: 22,
  /** The space between a swatch and its label. */
  swatchGap: 12,
  /** How far the swatch sits under its label's top, level with the capitals of the first line. */
  swatchDrop: 2,
  /** The space between the note and the key. */
  gap: 8,
  /** The space between two entries. */
  entryGap: 12,
};

export function layoutFunding(areas: readonly FundingInput[], labels: FundingLabels, size: ChartSize): FundingLayout {
  const width = chartWidths[size];
  const wide = size === 'wide';
  const cell = wide ? wideCell : (width - phoneSpare) / columns;
  const gridSize = cell * columns - squareGap;
  // Wide: labels on the left, right-aligned, with short leaders into the first column.
  const gridLeft = wide ? width - gridSize : 0;
  const labelX = wide ? gridLeft - leaderRoom : key.swatch + key.swatchGap;
  const labelWidth = wide ? labelX : width - labelX;
  const anchor: TextBlock['anchor'] = wide ? 'end' : 'start';

  const grid = unitRects(0, squareCount, cell, gridLeft);
  const noteWidth = wide ? gridSize : width;
  const noteY = gridSize + noteBaseline;
  const note = {
    shares: { lines: wrapText(labels.note.shares, noteWidth), x: gridLeft, y: noteY },
    dollars: { lines: wrapText(labels.note.dollars, noteWidth), x: gridLeft, y: noteY },
  };
  const noteHeight = Math.max(note.shares.lines.length, note.dollars.lines.length) * lineStep;

  let start = 0;
  let series = 0;
  const placed = areas.map((area) => {
    const rects = unitRects(start, start + area.percent, cell, gridLeft);
    start += area.percent;
    if (!area.isRest) series += 1;
    const lines = {
      shares: [...wrapText(area.label, labelWidth), area.value.shares],
      dollars: [...wrapText(area.label, labelWidth), area.value.dollars],
    };
    return { area, rects, lines, series: area.isRest ? 0 : series };
  });

  const blockHeight = (p: (typeof placed)[number]) => Math.max(p.lines.shares.length, p.lines.dollars.length) * lineStep;
  // What every area's label block holds, wherever it is placed (beside the grid, or in the key).
  const groupAt = (p: (typeof placed)[number], top: number, swatch?: Rect): FundingGroup => {
    const y = top + fontSize;
    const labelBox = { x: wide ? 0 : labelX, y: y - fontSize, width: labelWidth, height: p.lines.shares.length * lineStep };
    return {
      id: p.area.id,
      series: p.series,
      isRest: p.area.isRest,
      rects: p.rects,
      labels: { shares: { lines: p.lines.shares, x: labelX, y, anchor }, dollars: { lines: p.lines.dollars, x: labelX, y, anchor } },
      box: boundingBox(swatch ? [swatch, labelBox] : p.area.isRest ? [labelBox] : [...p.rects, labelBox]),
      names: p.area.names,
    };
  };
  let height: number;
  let groups: FundingGroup[];
  if (wide) {
    const tops = dodge(
      placed.map((p) => ({ want: leaderTarget(p.rects).y - fontSize * firstLineMiddle, height: blockHeight(p) })),
      labelGap,
      0,
      gridSize,
    );
    groups = placed.map((p, i) => {
      const target = leaderTarget(p.rects);
      const top = tops[i]!;
      return {
        ...groupAt(p, top),
        leader: { x1: labelX + leaderStartGap, y1: top + fontSize * firstLineMiddle, x2: target.x - leaderEndGap, y2: target.y },
      };
    });
    const labelsBottom = tops[tops.length - 1]! + blockHeight(placed[placed.length - 1]!);
    height = Math.max(labelsBottom, noteY + noteHeight - lineStep + descent);
  } else {
    // Phones: a key under the grid, one entry per area, with a swatch in the area's fill.
    let y = noteY + noteHeight + key.gap;
    groups = placed.map((p) => {
      const top = y;
      y += blockHeight(p) + key.entryGap;
      const swatch = { x: 0, y: top + key.swatchDrop, width: key.swatch, height: key.swatch };
      return { ...groupAt(p, top, swatch), swatch };
    });
    height = y - key.entryGap;
  }
  return { width, height: Math.ceil(height), cell, grid, groups, note };
}
