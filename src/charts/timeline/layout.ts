/**
 * A therapy's trials on a timeline: one row per trial, a line from the year it started to the
 * year its result came out (or on to today, with an arrow, while it runs), and the outcome's mark
 * at the end. Under the rows, a year axis. Pure: trials in, positions and wrapped text out.
 */
import { scaleLinear } from 'd3';
import type { Rect } from '../frame/geometry';
import { fontSize, lineHeight, textWidth, wrapText } from '../frame/text';
import type { ChartSize } from '../frame/types';
import { chartWidths } from '../frame/types';
import type { StatusGlyph } from '../pipeline/layout';

export interface TimelineTrialInput {
  id: string;
  /** E.g. "ORATORIO · Phase 3". */
  label: string;
  /** The outcome in a word or two, written at the end of the row's label line. */
  outcomeLabel: string;
  glyph: StatusGlyph;
  startYear?: number | undefined;
  resultYear?: number | undefined;
  ongoing: boolean;
}

export interface TimelineRow {
  id: string;
  y: number;
  height: number;
  label: { lines: string[]; x: number; y: number };
  outcome: { text: string; x: number; y: number };
  /** The span of years; a trial known by one year only is a point (x1 = x2). */
  span: { x1: number; x2: number; y: number };
  /** Whether the line runs on past today's year. */
  ongoing: boolean;
  /** A start known only from the result, or a result not yet in: drawn dashed. */
  uncertainStart: boolean;
  glyph: { shape: StatusGlyph; cx: number; cy: number; size: number };
  box: Rect;
}

export interface TimelineLayout {
  width: number;
  height: number;
  rows: TimelineRow[];
  axis: { y: number; x1: number; x2: number; ticks: { x: number; label: string }[] };
}

const line = fontSize * lineHeight;
const glyphSize = 16;
const margin = 14;

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
    const outcomeWidth = textWidth(trial.outcomeLabel);
    const labelLines = wrapText(trial.label, width - outcomeWidth - 16);
    const labelHeight = labelLines.length * line;
    const spanY = labelHeight + 6 + glyphSize / 2;
    const start = trial.startYear ?? trial.resultYear ?? thisYear;
    const end = trial.ongoing ? thisYear + 0.5 : (trial.resultYear ?? start);
    const height = spanY + glyphSize / 2 + 16;
    rows.push({
      id: trial.id,
      y,
      height,
      label: { lines: labelLines, x: 0, y: fontSize },
      outcome: { text: trial.outcomeLabel, x: width, y: fontSize },
      span: { x1: x(start), x2: x(end), y: spanY },
      ongoing: trial.ongoing,
      uncertainStart: trial.startYear === undefined,
      glyph: { shape: trial.glyph, cx: x(end), cy: spanY, size: glyphSize },
      box: { x: 0, y: 0, width, height: height - 8 },
    });
    y += height;
  }
  // Whole years only, and never so many that their labels touch.
  const most = Math.max(2, Math.floor((width - 2 * margin) / (textWidth('0000') + 16)));
  const ticks = x.ticks(Math.min(most, to - from)).filter((year) => Number.isInteger(year));
  const spaced = ticks.reduce<{ x: number; label: string }[]>((kept, year) => {
    const last = kept[kept.length - 1];
    return last && x(year) - last.x < textWidth('0000') + 12 ? kept : [...kept, { x: x(year), label: String(year) }];
  }, []);
  const axisY = y + 4;
  return { width, height: axisY + line + 10, rows, axis: { y: axisY, x1: margin, x2: width - margin, ticks: spaced } };
}
