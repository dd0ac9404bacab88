/**
 * A therapy's trials on a timeline: one row per trial, a line from the year it started to the
 * year its result came out (or on to today, with an arrow, while it runs), and the outcome's mark
 * at the end. Under the rows, a year axis. Pure: trials in, positions and wrapped text out.
 */
import { scaleLinear } from 'd3';
import type { Rect } from '../frame/geometry';
import type { SymbolShape } from '../frame/symbols';
import { fontSize, textWidth, wrapText, type TextBlock, lineStep } from '../frame/text';
import type { ChartSize } from '../frame/types';
import { chartWidths } from '../frame/types';

export interface TimelineTrialInput {
  id: string;
  /** E.g. "ORATORIO · Phase 3". */
  label: string;
  /** The outcome in a word or two, written at the end of the row's label line. */
  outcomeLabel: string;
  glyph: SymbolShape;
  startYear?: number | undefined;
  resultYear?: number | undefined;
  ongoing: boolean;
}

export interface TimelineRow {
  id: string;
  y: number;
  height: number;
  label: TextBlock;
  outcome: TextBlock;
  /** The span of years; a trial known by one year only is a point (x1 = x2). */
  span: { x1: number; x2: number; y: number };
  /** Whether the line runs on past today's year. */
  ongoing: boolean;
  /** A start known only from the result, or a result not yet in: drawn dashed. */
  uncertainStart: boolean;
  /** The outcome mark, centred on (cx, cy) in a square of side `size`. */
  glyph: { shape: SymbolShape; cx: number; cy: number; size: number };
  box: Rect;
}

export interface TimelineLayout {
  width: number;
  height: number;
  rows: TimelineRow[];
  /** The year axis: its line, and a tick per year shown, each with its year written under the axis. */
  axis: { y: number; x1: number; x2: number; ticks: { x: number; label: TextBlock }[] };
}

const glyphSize = 16;
/** Space left and right of the years, so the first and last marks and year labels stay inside the drawing. */
const margin = 14;
/** The least space between a trial's label and its outcome on the same line. */
const outcomeGap = 16;
/** The space between a trial's label and the line under it (to the top of its mark). */
const spanGap = 6;
/** The space under a trial's mark, before the next trial. */
const rowGap = 16;
/** The focus box ends this far above the row's bottom, so two rows' focus boxes never meet. */
const focusGap = 8;
/** A running trial's line reaches halfway through this year, so its arrow points past the year's tick. */
const runningPast = 0.5;
/** The axis sits a little below the last row, clear of its focus box. */
const axisGap = 4;
/** The space between the axis line and the top of the years under it. */
const tickLabelGap = 6;
/** The room under the year labels, below the axis's line of text. */
const axisBottom = 10;
const yearWidth = textWidth('0000');
/** The room a year label takes with space each side: how many ticks the axis asks d3 for. */
const tickRoom = yearWidth + 16;
/** The least distance between two years kept on the axis, so their labels never touch. */
const tickSpacing = yearWidth + 12;

/** The years the axis covers: every known year and, for a running trial, this year; padded by one year each side. */
export function timelineDomain(trials: readonly TimelineTrialInput[], thisYear: number): [number, number] {
  const years = trials.flatMap((t) => [t.startYear, t.resultYear, t.ongoing ? thisYear : undefined]).filter((y): y is number => y !== undefined);
  const min = Math.min(...years, thisYear);
  const max = Math.max(...years);
  return [Math.min(min, max) - 1, Math.max(max, min) + 1];
}

export function layoutTimeline(trials: readonly TimelineTrialInput[], size: ChartSize, thisYear: number): TimelineLayout {
  const width = chartWidths[size];
  const [from, to] = timelineDomain(trials, thisYear);
  const x = scaleLinear()
    .domain([from, to])
    .range([margin, width - margin]);
  const rows: TimelineRow[] = [];
  let y = 0;
  for (const trial of trials) {
    // The outcome goes at the end of the label's first line, unless the room it leaves breaks the
    // label into more lines than the outcome on a line of its own would take (on a phone with
    // Larger text, a long outcome left room for a word a line).
    const beside = wrapText(trial.label, width - textWidth(trial.outcomeLabel) - outcomeGap, { bold: true });
    const fullWidth = wrapText(trial.label, width, { bold: true });
    const outcomeOwnLine = fullWidth.length + 1 < beside.length;
    const labelLines = outcomeOwnLine ? fullWidth : beside;
    const textLines = labelLines.length + (outcomeOwnLine ? 1 : 0);
    const spanY = textLines * lineStep + spanGap + glyphSize / 2;
    const start = trial.startYear ?? trial.resultYear ?? thisYear;
    const end = trial.ongoing ? thisYear + runningPast : (trial.resultYear ?? start);
    const height = spanY + glyphSize / 2 + rowGap;
    rows.push({
      id: trial.id,
      y,
      height,
      label: { lines: labelLines, x: 0, y: fontSize },
      outcome: { lines: [trial.outcomeLabel], x: width, y: fontSize + (outcomeOwnLine ? labelLines.length * lineStep : 0), anchor: 'end' },
      span: { x1: x(start), x2: x(end), y: spanY },
      ongoing: trial.ongoing,
      uncertainStart: trial.startYear === undefined,
      glyph: { shape: trial.glyph, cx: x(end), cy: spanY, size: glyphSize },
      box: { x: 0, y: 0, width, height: height - focusGap },
    });
    y += height;
  }
  // Whole years only, and never so many that their labels touch.
  const most = Math.max(2, Math.floor((width - 2 * margin) / tickRoom));
  const ticks = x.ticks(Math.min(most, to - from)).filter((year) => Number.isInteger(year));
  const axisY = y + axisGap;
  const spaced: { x: number; label: TextBlock }[] = [];
  for (const year of ticks) {
    const last = spaced[spaced.length - 1];
    if (!last || x(year) - last.x >= tickSpacing)
      spaced.push({ x: x(year), label: { lines: [String(year)], x: x(year), y: axisY + fontSize + tickLabelGap, anchor: 'middle' } });
  }
  return { width, height: axisY + lineStep + axisBottom, rows, axis: { y: axisY, x1: margin, x2: width - margin, ticks: spaced } };
}
