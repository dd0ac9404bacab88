/**
 * The pipeline's rows: a heading for each mechanism group, and a row for each therapy with its
 * name, a bar to the furthest stage its trials have reached, its status mark at the bar's end
 * and its status in words. Each row is laid out from its own top, so it can be moved.
 */
import type { Rect } from '../frame/geometry';
import type { SymbolShape } from '../frame/symbols';
import { fontSize, textWidth, wrapText, type TextBlock, lineStep } from '../frame/text';
import type { PipelineColumns } from './columns';

export interface PipelineTherapyInput {
  id: string;
  name: string;
  /** The mechanism group this therapy is drawn under. */
  group: string;
  /** Colour series of the bar (by purpose). */
  series: number;
  /**
   * How far along the stages the bar reaches, in stages: 1 = through phase 1, 2.5 = halfway into
   * phase 3 (a phase 2/3 trial), 4 = approved. Undefined for a therapy whose trials have no phase.
   */
  reach: number | undefined;
  /** The short status written at the end of the row, e.g. "Did not work". */
  statusLabel: string;
  glyph: SymbolShape;
}

export interface PipelineGroupInput {
  id: string;
  label: string;
}

export interface StackItem {
  /** Position in the full, unfiltered list. */
  y: number;
  height: number;
}

export interface HeadingRow extends StackItem {
  kind: 'heading';
  group: string;
  label: TextBlock;
  rule: { x1: number; x2: number; y: number };
}

export interface TherapyRow extends StackItem {
  kind: 'therapy';
  id: string;
  group: string;
  series: number;
  name: TextBlock;
  status: TextBlock;
  /** Undefined when the therapy has no phase (rehabilitation trials). */
  bar: Rect | undefined;
  /** Said in the bar's place when there is none. */
  noPhase: TextBlock | undefined;
  /** The status mark, centred on (cx, cy) in a square of side `size`. */
  glyph: { shape: SymbolShape; cx: number; cy: number; size: number };
  /** Faint stage boundaries behind the bar. */
  guides: { x: number; y1: number; y2: number }[];
  /** The reachable area: the mark's focus box. */
  box: Rect;
}

/** Space above a group's heading, so groups read apart; the rule sits in it. */
const headingTop = 14;
/** Where the rule over a heading sits, from the heading row's top. */
const ruleY = 4;
/** Space under a heading's last line, before the group's first row. */
const headingBottom = 6;

const barHeight = 16;
/** The status mark fills a square as tall as the bar. */
const glyphSize = 16;
/** The mark sits just inside the bar's end, so the bar still shows past it. */
const glyphInset = 2;
/** The space between the status and the name beside it on a phone, on each side. */
const statusGap = 10;
/** The least width a name gets beside the status on a phone before the status moves under it. */
const minNameWidth = 100;
/** Phones: the space between the name's last line and the bar. */
const barGapPhone = 6;
/** Wide screens: space above a row's name and bar, under the row before. */
const rowTopWide = 4;
/** The space under a row's bar (phones) or its last line of name (wide screens), before the next row. */
const rowGapPhone = 12;
const rowGapWide = 14;
/**
 * The focus box ends this far above the row's bottom: drawn 4 units outside the box
 * (ChartMark), it still stops short of the next row's.
 */
const focusGap = 6;
/** The stage boundaries reach this far above and below the bar. */
const guideOverhang = 4;
/** The shortest bar, in stages: long enough to hold its status mark. */
const minReach = 0.25;
/** The space between a row's mark and the words said instead of a bar. */
const noPhaseGap = 8;
/** A baseline this share of the font size below a line's middle centres the text on that line. */
const centringDrop = 0.35;

export function headingRow(group: PipelineGroupInput, g: PipelineColumns, y: number): HeadingRow {
  const lines = wrapText(group.label, g.width);
  return {
    kind: 'heading',
    group: group.id,
    y,
    height: headingTop + lines.length * lineStep + headingBottom,
    label: { lines, x: 0, y: headingTop + fontSize, anchor: 'start' },
    rule: { x1: 0, x2: g.width, y: ruleY },
  };
}

/** A therapy's row at `y`; `noPhaseText` is what a row without phases says instead of a bar. */
export function therapyRow(therapy: PipelineTherapyInput, g: PipelineColumns, noPhaseText: string, y: number): TherapyRow {
  // Phones put the status beside the name while both fit (at least `minNameWidth` for the name),
  // else on its own line(s) under the name, as the compact drawing for larger text needs.
  const besideName = g.width - textWidth(therapy.statusLabel) - statusGap * 2;
  const statusBelow = g.stacked && besideName < minNameWidth;
  const nameLines = wrapText(therapy.name, g.stacked && !statusBelow ? besideName : g.nameWidth);
  const statusLines = statusBelow ? wrapText(therapy.statusLabel, g.width) : [therapy.statusLabel];
  const nameHeight = (nameLines.length + (statusBelow ? statusLines.length : 0)) * lineStep;
  // Phones: name line(s), then the bar. Wide: name beside the bar, centred on the first line.
  const barTop = g.stacked ? nameHeight + barGapPhone : Math.max(0, (lineStep - barHeight) / 2) + rowTopWide;
  const markHeight = Math.max(barHeight, glyphSize);
  const height = g.stacked ? barTop + markHeight + rowGapPhone : Math.max(nameHeight, barTop + barHeight) + rowGapWide;
  const barY = barTop + (markHeight - barHeight) / 2;
  const barBaseline = barY + barHeight / 2 + fontSize * centringDrop;
  const reach = therapy.reach === undefined ? undefined : Math.min(Math.max(therapy.reach, minReach), g.stageCount);
  const barEnd = reach === undefined ? g.stageX : g.stageX + g.stageWidth * reach;
  const noPhaseX = g.stageX + glyphSize + noPhaseGap;
  return {
    kind: 'therapy',
    id: therapy.id,
    group: therapy.group,
    series: therapy.series,
    y,
    height,
    name: { lines: nameLines, x: 0, y: g.stacked ? fontSize : barBaseline, anchor: 'start' },
    status: { lines: statusLines, x: g.width, y: g.stacked ? fontSize + (statusBelow ? nameLines.length * lineStep : 0) : barBaseline, anchor: 'end' },
    bar: reach === undefined ? undefined : { x: g.stageX, y: barY, width: barEnd - g.stageX, height: barHeight },
    noPhase:
      reach === undefined
        ? { lines: wrapText(noPhaseText, g.stageWidth * g.stageCount - glyphSize - noPhaseGap), x: noPhaseX, y: barBaseline, anchor: 'start' }
        : undefined,
    glyph: {
      shape: therapy.glyph,
      cx: reach === undefined ? g.stageX + glyphSize / 2 : barEnd - glyphSize / 2 - glyphInset,
      cy: barY + barHeight / 2,
      size: glyphSize,
    },
    guides:
      reach === undefined
        ? []
        : Array.from({ length: g.stageCount - 1 }, (_, index) => ({
            x: g.stageX + g.stageWidth * (index + 1),
            y1: barY - guideOverhang,
            y2: barY + barHeight + guideOverhang,
          })),
    box: { x: 0, y: 0, width: g.width, height: height - focusGap },
  };
}
