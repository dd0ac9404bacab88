/**
 * The pipeline explorer: one row per therapy, grouped by how it works, with a bar that reaches
 * the furthest stage its trials have got to (phase 1, 2, 3, approved) and a status mark at the
 * end. Every row and heading is drawn at the top of its own group and carries its full-list
 * position and height, so a filter can hide rows and the script can close the gaps.
 * Pure: therapies and the words to show in, positions and wrapped text out.
 */
import { fontSize, wrapText, type TextBlock, lineStep } from '../frame/text';
import type { ChartSize } from '../frame/types';
import { pipelineColumns } from './columns';
import { headingRow, therapyRow, type HeadingRow, type PipelineGroupInput, type PipelineTherapyInput, type TherapyRow } from './rows';
import { stageLabels } from './stage-labels';

export type { HeadingRow, PipelineGroupInput, PipelineTherapyInput, StackItem, TherapyRow } from './rows';

/** The words the drawing shows besides the therapies' own, built by the chart's spec. */
export interface PipelineLabels {
  /** The stages along the bar, in order, e.g. "Phase 1" … "Approved". */
  stages: readonly string[];
  /** What a row without phases says instead of a bar. */
  noPhase: string;
  /** The row shown when no therapy matches the filters. */
  empty: string;
}

export interface PipelineInput {
  groups: readonly PipelineGroupInput[];
  /** In drawing order within each group. */
  therapies: readonly PipelineTherapyInput[];
  labels: PipelineLabels;
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

/** The space above and below the empty-state words. */
const emptyPad = 8;
/** Space under the last row, so it does not end flush with the drawing's edge. */
const bottom = 4;

export function layoutPipeline(input: PipelineInput, size: ChartSize): PipelineLayout {
  const { labels } = input;
  const g = pipelineColumns(size, labels.stages.length);
  const header = stageLabels(labels.stages, g);
  const rows: (HeadingRow | TherapyRow)[] = [];
  let y = header.height;
  const add = (row: HeadingRow | TherapyRow) => {
    rows.push(row);
    y += row.height;
  };
  for (const group of input.groups) {
    const members = input.therapies.filter((t) => t.group === group.id);
    if (members.length === 0) continue;
    add(headingRow(group, g, y));
    for (const therapy of members) add(therapyRow(therapy, g, labels.noPhase, y));
  }
  const emptyLines = wrapText(labels.empty, g.width);
  const empty = {
    y: header.height,
    height: emptyLines.length * lineStep + emptyPad * 2,
    text: { lines: emptyLines, x: 0, y: emptyPad + fontSize, anchor: 'start' as const },
  };
  return { width: g.width, height: Math.max(y, header.height + empty.height) + bottom, stageLabels: header.labels, top: header.height, bottom, rows, empty };
}
