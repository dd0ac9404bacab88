/**
 * The pipeline explorer: one row per therapy, grouped by how it works, with a bar that reaches
 * the furthest stage its trials have got to (phase 1, 2, 3, approved) and a status mark at the
 * end. Every row and heading is drawn at the top of its own group and carries its full-list
 * position and height, so a filter can hide rows and the script can close the gaps.
 * Pure: therapies in, positions and wrapped text out.
 */
import type { Rect } from '../frame/geometry';
import { fontSize, lineHeight, textWidth, wrapText } from '../frame/text';
import type { ChartSize } from '../frame/types';
import { chartWidths, isPhoneSize } from '../frame/types';

/** The stages along the bar, in order. Half steps (phase 1/2, 2/3) end halfway into the next stage. */
export const stages = ['Phase 1', 'Phase 2', 'Phase 3', 'Approved'] as const;

export type StatusGlyph = 'check' | 'triangle' | 'diamond' | 'cross' | 'square' | 'arrow';

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
  glyph: StatusGlyph;
}

export interface PipelineGroupInput {
  id: string;
  label: string;
}

export interface PipelineInput {
  groups: readonly PipelineGroupInput[];
  /** In drawing order within each group. */
  therapies: readonly PipelineTherapyInput[];
}

export interface TextBlock {
  lines: string[];
  x: number;
  /** The first baseline. */
  y: number;
  anchor: 'start' | 'middle' | 'end';
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
  glyph: { shape: StatusGlyph; cx: number; cy: number; size: number };
  /** Faint stage boundaries behind the bar. */
  guides: { x: number; y1: number; y2: number }[];
  /** The reachable area: the mark's focus box. */
  box: Rect;
}

export interface PipelineLayout {
  width: number;
  height: number;
  /** The stage names across the top. */
  stageLabels: TextBlock[];
  /** Where the first row starts. */
  top: number;
  /** Space under the last row. */
  bottom: number;
  rows: (HeadingRow | TherapyRow)[];
  /** The row shown when no therapy matches the filters. */
  empty: { y: number; height: number; text: TextBlock };
}

const line = fontSize * lineHeight;
const barHeight = 16;
const glyphSize = 16;
const statusGap = 10;
/** The least width a name gets beside the status on a phone before the status moves under it. */
const minNameWidth = 100;
/** The least space between two stage names on one row. */
const stageLabelGap = 8;

interface Geometry {
  width: number;
  /** Where the stage area starts and how wide each stage is. */
  stageX: number;
  stageWidth: number;
  /** Width given to the name (and where it sits). */
  nameX: number;
  nameWidth: number;
  /** Phones put the name on its own line above the bar; wide screens put it beside the bar. */
  stacked: boolean;
  statusX: number;
}

function geometry(size: ChartSize): Geometry {
  const width = chartWidths[size];
  if (isPhoneSize(size)) {
    const stageWidth = width / stages.length;
    return { width, stageX: 0, stageWidth, nameX: 0, nameWidth: width - 110, stacked: true, statusX: width };
  }
  const nameWidth = 190;
  const statusWidth = 110;
  const stageX = nameWidth + 10;
  const stageWidth = (width - stageX - statusWidth) / stages.length;
  return { width, stageX, stageWidth, nameX: 0, nameWidth, stacked: false, statusX: width };
}

/** The path of a status glyph centred on (cx, cy), drawn with a fill except the cross and check (strokes). */
export function glyphPath(shape: StatusGlyph, cx: number, cy: number, size: number): string {
  const h = size / 2;
  const r = (n: number) => Math.round(n * 100) / 100;
  switch (shape) {
    case 'check':
      return `M${r(cx - h * 0.8)} ${r(cy)}L${r(cx - h * 0.2)} ${r(cy + h * 0.65)}L${r(cx + h * 0.85)} ${r(cy - h * 0.7)}`;
    case 'cross':
      return `M${r(cx - h * 0.7)} ${r(cy - h * 0.7)}L${r(cx + h * 0.7)} ${r(cy + h * 0.7)}M${r(cx + h * 0.7)} ${r(cy - h * 0.7)}L${r(cx - h * 0.7)} ${r(cy + h * 0.7)}`;
    case 'triangle':
      return `M${r(cx)} ${r(cy - h)}L${r(cx + h)} ${r(cy + h * 0.8)}L${r(cx - h)} ${r(cy + h * 0.8)}Z`;
    case 'diamond':
      return `M${r(cx)} ${r(cy - h)}L${r(cx + h)} ${r(cy)}L${r(cx)} ${r(cy + h)}L${r(cx - h)} ${r(cy)}Z`;
    case 'square':
      return `M${r(cx - h * 0.8)} ${r(cy - h * 0.8)}H${r(cx + h * 0.8)}V${r(cy + h * 0.8)}H${r(cx - h * 0.8)}Z`;
    case 'arrow':
      return `M${r(cx - h * 0.7)} ${r(cy - h)}L${r(cx + h)} ${r(cy)}L${r(cx - h * 0.7)} ${r(cy + h)}Z`;
  }
}

/** What a row without phases says instead of a bar. */
export const pipelineNoPhaseText = 'No phases: not a medicine trial';

/** Glyphs drawn as lines rather than filled shapes. */
export const strokedGlyphs: ReadonlySet<StatusGlyph> = new Set(['check', 'cross']);

export function layoutPipeline(input: PipelineInput, size: ChartSize): PipelineLayout {
  const g = geometry(size);
  // Each stage name is centred on its stage, but kept inside the drawing where a stage is narrower
  // than its name. Names are bold: where two would come closer than stageLabelGap (the compact
  // drawing, for larger text), every other name goes on a second row, two stages' width apart.
  const stageCentres = stages.map((label, index) =>
    Math.min(Math.max(g.stageX + g.stageWidth * (index + 0.5), textWidth(label) / 2), g.width - textWidth(label) / 2),
  );
  const boldHalf = (label: string) => textWidth(label, { bold: true }) / 2;
  const crowded = stages.some(
    (label, index) => index > 0 && stageCentres[index]! - boldHalf(label) - (stageCentres[index - 1]! + boldHalf(stages[index - 1]!)) < stageLabelGap,
  );
  const headerHeight = (crowded ? 2 : 1) * line + 14;
  const stageLabels: TextBlock[] = stages.map((label, index) => ({
    lines: [label],
    x: stageCentres[index]!,
    y: fontSize + (crowded && index % 2 === 1 ? line : 0),
    anchor: 'middle',
  }));
  const rows: (HeadingRow | TherapyRow)[] = [];
  let y = headerHeight;

  for (const group of input.groups) {
    const members = input.therapies.filter((t) => t.group === group.id);
    if (members.length === 0) continue;
    const labelLines = wrapText(group.label, g.width);
    const headingHeight = 14 + labelLines.length * line + 6;
    rows.push({
      kind: 'heading',
      group: group.id,
      y,
      height: headingHeight,
      label: { lines: labelLines, x: 0, y: 14 + fontSize, anchor: 'start' },
      rule: { x1: 0, x2: g.width, y: 4 },
    });
    y += headingHeight;

    for (const therapy of members) {
      const statusWidth = textWidth(therapy.statusLabel);
      // Phones put the status beside the name while both fit (at least `minNameWidth` for the name),
      // else on its own line(s) under the name, as the compact drawing for larger text needs.
      const besideName = g.width - statusWidth - statusGap * 2;
      const statusBelow = g.stacked && besideName < minNameWidth;
      const nameLines = wrapText(therapy.name, statusBelow ? g.width : g.stacked ? besideName : g.nameWidth);
      const statusLines = statusBelow ? wrapText(therapy.statusLabel, g.width) : [therapy.statusLabel];
      const nameHeight = (nameLines.length + (statusBelow ? statusLines.length : 0)) * line;
      // Phones: name line(s), then the bar. Wide: name beside the bar, centred on the first line.
      const barTop = g.stacked ? nameHeight + 6 : Math.max(0, (line - barHeight) / 2) + 4;
      const rowHeight = g.stacked ? barTop + Math.max(barHeight, glyphSize) + 12 : Math.max(nameHeight, barTop + barHeight) + 14;
      const barY = barTop + (Math.max(barHeight, glyphSize) - barHeight) / 2;
      const reach = therapy.reach === undefined ? undefined : Math.min(Math.max(therapy.reach, 0.25), stages.length);
      const barEnd = reach === undefined ? g.stageX : g.stageX + g.stageWidth * reach;
      const glyphX = reach === undefined ? g.stageX + glyphSize / 2 : barEnd - glyphSize / 2 - 2;
      const bar = reach === undefined ? undefined : { x: g.stageX, y: barY, width: barEnd - g.stageX, height: barHeight };
      const noPhaseText = pipelineNoPhaseText;
      const noPhase =
        reach === undefined
          ? {
              lines: wrapText(noPhaseText, g.stageWidth * stages.length - glyphSize - 8),
              x: g.stageX + glyphSize + 8,
              y: barY + barHeight / 2 + fontSize * 0.35,
              anchor: 'start' as const,
            }
          : undefined;
      const status: TextBlock = g.stacked
        ? { lines: statusLines, x: g.width, y: fontSize + (statusBelow ? nameLines.length * line : 0), anchor: 'end' }
        : { lines: [therapy.statusLabel], x: g.statusX, y: barY + barHeight / 2 + fontSize * 0.35, anchor: 'end' };
      const height = rowHeight;
      rows.push({
        kind: 'therapy',
        id: therapy.id,
        group: therapy.group,
        series: therapy.series,
        y,
        height,
        name: { lines: nameLines, x: g.nameX, y: g.stacked ? fontSize : barY + barHeight / 2 + fontSize * 0.35, anchor: 'start' },
        status,
        bar,
        noPhase,
        glyph: { shape: therapy.glyph, cx: glyphX, cy: barY + barHeight / 2, size: glyphSize },
        guides:
          reach === undefined ? [] : stages.slice(1).map((_, index) => ({ x: g.stageX + g.stageWidth * (index + 1), y1: barY - 4, y2: barY + barHeight + 4 })),
        box: { x: 0, y: 0, width: g.width, height: height - 6 },
      });
      y += height;
    }
  }

  const emptyText = wrapText('No treatment matches these choices. Choose “All” in one of the filters.', g.width);
  const empty = { y: headerHeight, height: emptyText.length * line + 16, text: { lines: emptyText, x: 0, y: 8 + fontSize, anchor: 'start' as const } };
  const bottom = 4;
  return { width: g.width, height: Math.max(y, headerHeight + empty.height) + bottom, stageLabels, top: headerHeight, bottom, rows, empty };
}
