/**
 * The strategy chart's parts, whatever the width: the tree of strategy, gaps and approaches, a
 * box with its wrapped label for each, and the d3-shape links between them.
 */
import { curveStepBefore, hierarchy, link, linkVertical, type HierarchyNode } from 'd3';
import { fontSize, wrapText, lineStep } from '../frame/text';
import type { StrategyInput, StrategyNode, StrategyNodeKind } from './types';

/** The space between a box's edge and its label. */
export const padX = 10;
const padY = 9;
/** The width of the patterned strip on a gap's left edge. */
export const stripWidth = 8;
/** The space between a gap's strip and its label. */
const stripGap = 4;
/** Gaps take the colours and patterns of the first series, in turn. */
const seriesCount = 4;

export function boxHeight(lines: number): number {
  return padY * 2 + Math.max(1, lines) * lineStep;
}

export interface TreeDatum {
  id: string;
  kind: StrategyNodeKind;
  gapId?: string;
  series: number;
  text: string;
  /** The root's note, under its name, or a gap's number, over its title. */
  note?: string;
  children?: TreeDatum[];
}

export function treeOf(input: StrategyInput): HierarchyNode<TreeDatum> {
  return hierarchy<TreeDatum>({
    id: 'strategy',
    kind: 'root',
    series: 0,
    text: input.title,
    note: input.note,
    children: input.gaps.map((gap, g) => ({
      id: gap.id,
      kind: 'gap',
      gapId: gap.id,
      series: (g % seriesCount) + 1,
      text: gap.title,
      note: gap.numberLabel,
      children: gap.approaches.map((approach) => ({
        id: approach.id,
        kind: 'approach',
        gapId: gap.id,
        series: (g % seriesCount) + 1,
        text: approach.text,
      })),
    })),
  });
}

/** The label lines of a node for a box of the given width. */
export function linesOf(datum: TreeDatum, boxWidth: number): string[] {
  const inner = boxWidth - padX * 2 - (datum.kind === 'gap' ? stripWidth + stripGap : 0);
  // The root's name and a gap's title are bold; approaches are regular.
  const main = wrapText(datum.text, inner, { bold: datum.kind !== 'approach', breakWords: true });
  if (datum.kind === 'root') return [...main, ...(datum.note ? wrapText(datum.note, inner, { breakWords: true }) : [])];
  if (datum.kind === 'gap') return [...wrapText(datum.note ?? '', inner, { breakWords: true }), ...main];
  return main;
}

/** A node's box at (x, y), as tall as its label needs unless a height is given. */
export function place(datum: TreeDatum, x: number, y: number, width: number, height?: number): StrategyNode {
  const lines = linesOf(datum, width);
  const box = { x, y, width, height: height ?? boxHeight(lines.length) };
  const inset = datum.kind === 'gap' ? stripWidth + stripGap : 0;
  return {
    id: datum.id,
    kind: datum.kind,
    ...(datum.gapId ? { gapId: datum.gapId } : {}),
    series: datum.series,
    box,
    ...(datum.kind === 'gap' ? { strip: { x, y, width: stripWidth, height: box.height } } : {}),
    lines,
    textX: x + padX + inset,
    textY: y + padY + fontSize,
  };
}

type Ends = { source: [number, number]; target: [number, number] };
/** An elbow from a parent's spine down and across to a child's left edge (d3-shape). */
export const elbow = link<Ends, [number, number]>(curveStepBefore)
  .x((d) => d[0])
  .y((d) => d[1]);
/** A smooth S-curve from the root's bottom to a gap's top (d3-shape). */
export const drop = linkVertical<Ends, [number, number]>()
  .x((d) => d[0])
  .y((d) => d[1]);
