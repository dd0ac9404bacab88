/**
 * "What shapes progression" as an explanatory diagram: the processes that cause damage push
 * against a barrier (the body making up for the damage); past it, when it fails, disability
 * builds up; the personal factors sit below as things that may shape each person's course.
 * Wide screens read left to right; phones read top to bottom. Pure: parts in, boxes, wrapped
 * label lines and arrows out.
 */
import type { Rect } from '../frame/geometry';
import { fontSize, lineHeight, wrapText } from '../frame/text';
import type { ChartSize } from '../frame/types';
import { chartWidths } from '../frame/types';

export type ProgressionPartKind = 'process' | 'compensation' | 'outcome' | 'factor';

export interface ProgressionPartInput {
  id: string;
  kind: ProgressionPartKind;
  label: string;
}

export interface ProgressionLabels {
  /** The heading over each group, e.g. "Causes damage". */
  headings: Record<ProgressionPartKind, string>;
  /** The words on the arrow from the barrier to the result, e.g. "when it starts to fail". */
  failure: string;
}

export interface ProgressionBox {
  id: string;
  kind: ProgressionPartKind;
  /** Series number for colour and pattern, one per kind. */
  series: number;
  box: Rect;
  /** The patterned band along one edge: the left edge, or the top of the barrier on phones. */
  band: Rect;
  lines: string[];
  textX: number;
  textY: number;
}

export interface TextBlock {
  x: number;
  y: number;
  lines: string[];
  anchor: 'start' | 'middle';
}

export interface Arrow {
  /** The line, from its start to the base of the head. */
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  /** The head's three corners, as an SVG points list. */
  head: string;
  dashed: boolean;
  label?: TextBlock;
}

export interface ProgressionLayout {
  width: number;
  height: number;
  lineHeight: number;
  boxes: ProgressionBox[];
  headings: (TextBlock & { kind: ProgressionPartKind })[];
  arrows: Arrow[];
  /** The soft area around the factors, so they read as one group. */
  factorArea?: Rect;
}

const line = fontSize * lineHeight;
const padX = 10;
const padY = 9;
const band = 8;
const headLength = 10;
const seriesOf: Record<ProgressionPartKind, number> = { process: 1, compensation: 2, outcome: 3, factor: 4 };

const heightOf = (lines: number) => padY * 2 + Math.max(1, lines) * line;

/** An arrow from (x1, y1) to (x2, y2), its head ending exactly at the end point. */
export function arrow(x1: number, y1: number, x2: number, y2: number, dashed = false, label?: TextBlock): Arrow {
  const length = Math.hypot(x2 - x1, y2 - y1) || 1;
  const ux = (x2 - x1) / length;
  const uy = (y2 - y1) / length;
  const bx = x2 - ux * headLength;
  const by = y2 - uy * headLength;
  const half = 5.5;
  const points = [
    [x2, y2],
    [bx - uy * half, by + ux * half],
    [bx + uy * half, by - ux * half],
  ].map(([x, y]) => `${Math.round(x! * 100) / 100},${Math.round(y! * 100) / 100}`);
  return { x1, y1, x2: bx, y2: by, head: points.join(' '), dashed, ...(label ? { label } : {}) };
}

/**
 * A box with a band on its left edge (or on top, for the barrier on phones) and its label
 * wrapped inside. `minHeight` stretches it, e.g. the barrier to the height of what pushes on it.
 */
function makeBox(part: ProgressionPartInput, x: number, y: number, width: number, options: { bandTop?: boolean; minHeight?: number } = {}): ProgressionBox {
  const inset = options.bandTop ? 0 : band + 4;
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
function stack(parts: readonly ProgressionPartInput[], x: number, top: number, width: number, gap: number, bandTop = false): ProgressionBox[] {
  let y = top;
  return parts.map((part) => {
    const placed = makeBox(part, x, y, width, { bandTop });
    y += placed.box.height + gap;
    return placed;
  });
}

const bottomOf = (boxes: readonly ProgressionBox[], fallback: number) =>
  boxes.length === 0 ? fallback : Math.max(...boxes.map((b) => b.box.y + b.box.height));

function heading(kind: ProgressionPartKind, text: string, x: number, y: number, width: number, anchor: 'start' | 'middle' = 'start') {
  return { kind, x, y: y + fontSize, lines: wrapText(text, width, { bold: true, breakWords: true }), anchor };
}
const headingHeight = (h: { lines: string[] }) => h.lines.length * line + 4;

/** The factors in a grid of `columns`, inside a soft area with its heading. */
function factorGrid(factors: readonly ProgressionPartInput[], text: string, top: number, width: number, columns: number) {
  const inner = 12;
  const head = heading('factor', text, inner, top + inner - 4, width - inner * 2);
  const gridTop = top + inner + headingHeight(head);
  const gap = 10;
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

function layoutWide(parts: readonly ProgressionPartInput[], labels: ProgressionLabels, width: number): ProgressionLayout {
  const of = (kind: ProgressionPartKind) => parts.filter((p) => p.kind === kind);
  const [processes, compensation, outcomes, factors] = [of('process'), of('compensation'), of('outcome'), of('factor')];
  // Columns: what causes damage | gap | the barrier | gap | the result.
  const cols = { process: { x: 0, w: 216 }, compensation: { x: 260, w: 152 }, outcome: { x: 548, w: 172 } };
  const headings: ProgressionLayout['headings'] = [];
  const mainKinds = (['process', 'compensation', 'outcome'] as const).filter((k) => of(k).length > 0);
  for (const kind of mainKinds) headings.push(heading(kind, labels.headings[kind], cols[kind].x, 0, cols[kind].w));
  const top = Math.max(0, ...headings.map(headingHeight)) + (headings.length > 0 ? 6 : 0);

  const processBoxes = stack(processes, cols.process.x, top, cols.process.w, 12);
  const processBottom = bottomOf(processBoxes, top);
  // The barrier is as tall as the column that pushes on it.
  const span = processBottom - top;
  const compensationBoxes =
    compensation.length === 1
      ? [makeBox(compensation[0]!, cols.compensation.x, top, cols.compensation.w, { minHeight: span })]
      : stack(compensation, cols.compensation.x, top, cols.compensation.w, 12);
  const barrierBottom = bottomOf(compensationBoxes, top);
  const mainBottom = Math.max(processBottom, barrierBottom);
  const middle = (top + mainBottom) / 2;
  const outcomeHeight = bottomOf(stack(outcomes, 0, 0, cols.outcome.w, 12), 0);
  const outcomeBoxes = stack(outcomes, cols.outcome.x, Math.max(top, middle - outcomeHeight / 2), cols.outcome.w, 12);
  const arrows: Arrow[] = [];
  const barrier = compensationBoxes.length > 0 ? { top: compensationBoxes[0]!.box.y, bottom: barrierBottom } : undefined;
  if (barrier) {
    for (const p of processBoxes) {
      const y = Math.min(Math.max(p.box.y + p.box.height / 2, barrier.top + 8), barrier.bottom - 8);
      arrows.push(arrow(p.box.x + p.box.width + 4, y, cols.compensation.x - 4, y));
    }
  }
  if (outcomeBoxes.length > 0) {
    const target = outcomeBoxes[0]!.box;
    const y = target.y + target.height / 2;
    const from = barrier ? cols.compensation.x + cols.compensation.w + 4 : processBoxes.length > 0 ? cols.process.x + cols.process.w + 4 : cols.compensation.x;
    const labelWidth = cols.outcome.x - from - 12;
    const label = { x: (from + cols.outcome.x) / 2, y: y + 8 + fontSize, lines: wrapText(labels.failure, labelWidth, { breakWords: true }), anchor: 'middle' as const };
    arrows.push(arrow(from, y, cols.outcome.x - 4, y, true, label));
  }

  let bottom = Math.max(
    mainBottom,
    bottomOf(outcomeBoxes, 0),
    ...arrows.filter((a) => a.label).map((a) => a.label!.y + (a.label!.lines.length - 1) * line + 5),
  );
  let factorArea: Rect | undefined;
  const boxes = [...processBoxes, ...compensationBoxes, ...outcomeBoxes];
  if (factors.length > 0) {
    const gridTop = bottom + (boxes.length > 0 ? 44 : 0);
    const grid = factorGrid(factors, labels.headings.factor, gridTop, width, 3);
    headings.push(grid.head);
    boxes.push(...grid.boxes);
    factorArea = grid.area;
    // The factors shape the course: an arrow from their area up to the result.
    const target = outcomeBoxes[0]?.box;
    if (target) arrows.push(arrow(target.x + target.width / 2, gridTop - 2, target.x + target.width / 2, target.y + target.height + 4));
    bottom = grid.area.y + grid.area.height;
  }
  return { width, height: Math.ceil(bottom + 2), lineHeight: line, boxes, headings, arrows, ...(factorArea ? { factorArea } : {}) };
}

function layoutNarrow(parts: readonly ProgressionPartInput[], labels: ProgressionLabels, width: number): ProgressionLayout {
  const of = (kind: ProgressionPartKind) => parts.filter((p) => p.kind === kind);
  const [processes, compensation, outcomes, factors] = [of('process'), of('compensation'), of('outcome'), of('factor')];
  const headings: ProgressionLayout['headings'] = [];
  const boxes: ProgressionBox[] = [];
  const arrows: Arrow[] = [];
  const centre = width / 2;
  let y = 0;
  /** The bottom of the group before, where the next arrow starts. */
  let previous: number | undefined;
  const group = (kind: ProgressionPartKind, items: readonly ProgressionPartInput[], arrowLabel?: string, dashed = false) => {
    if (items.length === 0) return;
    let label: TextBlock | undefined;
    if (previous !== undefined) {
      // A downward arrow from the group before, with its words beside it.
      const lines = arrowLabel ? wrapText(arrowLabel, width - centre - 24, { breakWords: true }) : [];
      const length = Math.max(34, lines.length * line + 12);
      if (lines.length > 0) label = { x: centre + 14, y: previous + (length - lines.length * line) / 2 + fontSize - 2, lines, anchor: 'start' };
      arrows.push(arrow(centre, previous + 4, centre, previous + length - 4, dashed, label));
      y = previous + length;
    }
    const head = heading(kind, labels.headings[kind], 0, y, width);
    headings.push(head);
    y += headingHeight(head);
    const placed = stack(items, 0, y, width, 8, kind === 'compensation');
    boxes.push(...placed);
    y = bottomOf(placed, y);
    previous = y;
  };
  group('process', processes);
  group('compensation', compensation);
  group('outcome', outcomes, labels.failure, true);

  let factorArea: Rect | undefined;
  if (factors.length > 0) {
    const gridTop = boxes.length > 0 ? y + 40 : y;
    const grid = factorGrid(factors, labels.headings.factor, gridTop, width, 2);
    headings.push(grid.head);
    boxes.push(...grid.boxes);
    factorArea = grid.area;
    if (outcomes.length > 0) arrows.push(arrow(centre, gridTop - 2, centre, y + 4));
    y = grid.area.y + grid.area.height;
  }
  return { width, height: Math.ceil(y + 2), lineHeight: line, boxes, headings, arrows, ...(factorArea ? { factorArea } : {}) };
}

export function layoutProgression(parts: readonly ProgressionPartInput[], labels: ProgressionLabels, size: ChartSize): ProgressionLayout {
  const width = chartWidths[size];
  return size === 'wide' ? layoutWide(parts, labels, width) : layoutNarrow(parts, labels, width);
}
