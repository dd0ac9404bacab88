/**
 * "The strategy at a glance" as a tree: the strategy at the top, its gap areas under it, and
 * each gap's approaches under the gap. Phones get an indented tree (one column, each level a
 * step to the right); wider screens get one column per gap, placed by d3's tree layout.
 * Pure: gaps and approaches in, boxes, wrapped label lines and link paths out.
 */
import { curveStepBefore, hierarchy, link, linkVertical, tree, type HierarchyNode, type HierarchyPointNode } from 'd3';
import type { Rect } from '../frame/geometry';
import { fontSize, lineHeight, textWidth, wrapText } from '../frame/text';
import type { ChartSize } from '../frame/types';
import { chartWidths } from '../frame/types';

export interface StrategyApproachInput {
  id: string;
  text: string;
}

export interface StrategyGapInput {
  /** The gap's id, also the chart's view value, e.g. "trials". */
  id: string;
  /** The gap's number in the paper. */
  number: number;
  title: string;
  approaches: StrategyApproachInput[];
}

export interface StrategyInput {
  /** The strategy's name, e.g. the title of the strategy page. */
  title: string;
  /** A short muted line under it, e.g. the paper's citation. */
  note: string;
  gaps: StrategyGapInput[];
}

export type StrategyNodeKind = 'root' | 'gap' | 'approach';

export interface StrategyNode {
  /** Unique in the chart: "strategy", the gap id, or "<gap id>-<n>" for an approach. */
  id: string;
  kind: StrategyNodeKind;
  /** The gap the node belongs to (none for the root). */
  gapId?: string;
  /** Series number for colour and pattern: the gap's position, 1–4; 0 for the root. */
  series: number;
  box: Rect;
  /** The patterned strip on a gap's left edge. */
  strip?: Rect;
  /** Label lines. A gap's first line is "Gap 1"; the root's last line is its note. */
  lines: string[];
  /** Where the first line's baseline starts. */
  textX: number;
  textY: number;
}

export interface StrategyLink {
  /** The id of the node the link leads to. */
  target: string;
  gapId: string;
  series: number;
  /** SVG path data, drawn with d3-shape. */
  d: string;
}

export interface StrategyLayout {
  width: number;
  height: number;
  lineHeight: number;
  nodes: StrategyNode[];
  links: StrategyLink[];
}

const line = fontSize * lineHeight;
const padX = 10;
const padY = 9;
const stripWidth = 8;

function boxHeight(lines: number): number {
  return padY * 2 + Math.max(1, lines) * line;
}

interface TreeDatum {
  id: string;
  kind: StrategyNodeKind;
  gapId?: string;
  series: number;
  text: string;
  note?: string;
  children?: TreeDatum[];
}

function treeOf(input: StrategyInput): HierarchyNode<TreeDatum> {
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
      series: (g % 4) + 1,
      text: gap.title,
      note: `Gap ${gap.number}`,
      children: gap.approaches.map((approach) => ({
        id: approach.id,
        kind: 'approach',
        gapId: gap.id,
        series: (g % 4) + 1,
        text: approach.text,
      })),
    })),
  });
}

/** The label lines of a node for a box of the given width. */
function linesOf(datum: TreeDatum, boxWidth: number): string[] {
  const inner = boxWidth - padX * 2 - (datum.kind === 'gap' ? stripWidth + 4 : 0);
  // The root's name and a gap's title are bold; approaches are regular.
  const main = wrapText(datum.text, inner, { bold: datum.kind !== 'approach', breakWords: true });
  if (datum.kind === 'root') return [...main, ...(datum.note ? wrapText(datum.note, inner, { breakWords: true }) : [])];
  if (datum.kind === 'gap') return [...wrapText(datum.note ?? '', inner, { breakWords: true }), ...main];
  return main;
}

function place(datum: TreeDatum, x: number, y: number, width: number, height?: number): StrategyNode {
  const lines = linesOf(datum, width);
  const box = { x, y, width, height: height ?? boxHeight(lines.length) };
  const inset = datum.kind === 'gap' ? stripWidth + 4 : 0;
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

/** An elbow from a parent's spine down and across to a child's left edge (d3-shape). */
const elbow = link<{ source: [number, number]; target: [number, number] }, [number, number]>(curveStepBefore)
  .x((d) => d[0])
  .y((d) => d[1]);
/** A smooth S-curve from the root's bottom to a gap's top (d3-shape). */
const drop = linkVertical<{ source: [number, number]; target: [number, number] }, [number, number]>()
  .x((d) => d[0])
  .y((d) => d[1]);

/** Phones: an indented tree, one column, each level a step to the right. */
function layoutNarrow(root: HierarchyNode<TreeDatum>, width: number): StrategyLayout {
  const indent = [0, 24, 52];
  /** Where each level's links leave its box, from the box's left edge. */
  const spine = [12, 16];
  const nodes: StrategyNode[] = [];
  const links: StrategyLink[] = [];
  const byId = new Map<string, StrategyNode>();
  let y = 0;
  // eachBefore visits the tree in reading order: root, gap 1, its approaches, gap 2, …
  root.eachBefore((node) => {
    const { data } = node;
    if (data.kind === 'gap') y += node === root.children?.[0] ? 16 : 22;
    else if (data.kind === 'approach') y += 8;
    const x = indent[node.depth]!;
    const placed = place(data, x, y, width - x);
    y += placed.box.height;
    nodes.push(placed);
    byId.set(data.id, placed);
    if (node.parent) {
      const parent = byId.get(node.parent.data.id)!;
      const sx = parent.box.x + spine[node.depth - 1]!;
      links.push({
        target: data.id,
        gapId: data.gapId ?? '',
        series: data.series,
        d: elbow({ source: [sx, parent.box.y + parent.box.height], target: [x, placed.box.y + placed.box.height / 2] }) ?? '',
      });
    }
  });
  return { width, height: Math.ceil(y), lineHeight: line, nodes, links };
}

/** Wider screens: the strategy on top, one column per gap under it, approaches stacked in each column. */
function layoutWide(root: HierarchyNode<TreeDatum>, width: number): StrategyLayout {
  const gaps = root.children ?? [];
  const gutter = 20;
  const columnWidth = gaps.length > 0 ? width / gaps.length - gutter : width;
  // d3.tree spreads the gaps evenly: each x is the middle of its column.
  const columns = hierarchy<TreeDatum>({ ...root.data, children: gaps.map(({ data: { children: _approaches, ...gap } }) => gap) });
  tree<TreeDatum>().size([width, 1])(columns);
  const centres = new Map((columns.children ?? []).map((c) => [c.data.id, (c as HierarchyPointNode<TreeDatum>).x]));

  const rootWidth = Math.min(width, Math.max(280, Math.ceil(textWidth(root.data.text, { bold: true })) + padX * 2 + 4));
  const top = place(root.data, (width - rootWidth) / 2, 0, rootWidth);
  const nodes: StrategyNode[] = [top];
  const links: StrategyLink[] = [];

  const gapTop = top.box.height + 40;
  const gapHeight = Math.max(0, ...gaps.map((g) => boxHeight(linesOf(g.data, columnWidth).length)));
  let height = top.box.height;
  for (const gap of gaps) {
    const centre = centres.get(gap.data.id)!;
    const left = centre - columnWidth / 2;
    const placedGap = place(gap.data, left, gapTop, columnWidth, gapHeight);
    nodes.push(placedGap);
    links.push({
      target: gap.data.id,
      gapId: gap.data.id,
      series: gap.data.series,
      d: drop({ source: [top.box.x + top.box.width / 2, top.box.height], target: [centre, gapTop] }) ?? '',
    });
    let y = gapTop + gapHeight;
    const indent = 20;
    for (const approach of gap.children ?? []) {
      y += 10;
      const placed = place(approach.data, left + indent, y, columnWidth - indent);
      nodes.push(placed);
      links.push({
        target: approach.data.id,
        gapId: gap.data.id,
        series: gap.data.series,
        d: elbow({ source: [left + stripWidth / 2 + 4, gapTop + gapHeight], target: [left + indent, y + placed.box.height / 2] }) ?? '',
      });
      y += placed.box.height;
    }
    height = Math.max(height, y);
  }
  return { width, height: Math.ceil(height), lineHeight: line, nodes, links };
}

export function layoutStrategy(input: StrategyInput, size: ChartSize): StrategyLayout {
  const width = chartWidths[size];
  const root = treeOf(input);
  return size === 'wide' ? layoutWide(root, width) : layoutNarrow(root, width);
}
