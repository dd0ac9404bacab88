/** The strategy chart on wider screens: the strategy on top, one column per gap under it, approaches stacked in each column. */
import type { HierarchyNode } from 'd3';
import { textWidth, lineStep } from '../frame/text';
import { boxHeight, drop, elbow, linesOf, padX, place, stripWidth, type TreeDatum } from './nodes';
import type { StrategyLayout, StrategyLink, StrategyNode } from './types';

/** The space between two gap columns. */
const gutter = 20;
/** The strategy's box is at least this wide, so a short name still reads as the top of the tree. */
const rootMinWidth = 280;
/** A few units past the name's estimated width, so it is sure to keep to one line. */
const rootSlack = 4;
/** The space between the strategy and the gaps, where the links curve down. */
const gapDrop = 40;
/** Approaches sit this far in from their gap's left edge, right of the links to them. */
const approachIndent = 20;
const approachSpace = 10;
/** The links to a column's approaches run down just right of the middle of the gap's strip. */
const spineOffset = 4;

export function layoutWide(root: HierarchyNode<TreeDatum>, width: number): StrategyLayout {
  const gaps = root.children ?? [];
  // The gaps share the width evenly: each column's middle is the middle of its share.
  const share = width / Math.max(1, gaps.length);
  const columnWidth = gaps.length > 0 ? share - gutter : width;

  const rootWidth = Math.min(width, Math.max(rootMinWidth, Math.ceil(textWidth(root.data.text, { bold: true })) + padX * 2 + rootSlack));
  const top = place(root.data, (width - rootWidth) / 2, 0, rootWidth);
  const nodes: StrategyNode[] = [top];
  const links: StrategyLink[] = [];

  const gapTop = top.box.height + gapDrop;
  const gapHeight = Math.max(0, ...gaps.map((g) => boxHeight(linesOf(g.data, columnWidth).length)));
  let height = top.box.height;
  gaps.forEach((gap, index) => {
    const centre = (index + 0.5) * share;
    const left = centre - columnWidth / 2;
    nodes.push(place(gap.data, left, gapTop, columnWidth, gapHeight));
    links.push({
      target: gap.data.id,
      gapId: gap.data.id,
      series: gap.data.series,
      d: drop({ source: [top.box.x + top.box.width / 2, top.box.height], target: [centre, gapTop] }) ?? '',
    });
    let y = gapTop + gapHeight;
    for (const approach of gap.children ?? []) {
      y += approachSpace;
      const placed = place(approach.data, left + approachIndent, y, columnWidth - approachIndent);
      nodes.push(placed);
      links.push({
        target: approach.data.id,
        gapId: gap.data.id,
        series: gap.data.series,
        d: elbow({ source: [left + stripWidth / 2 + spineOffset, gapTop + gapHeight], target: [left + approachIndent, y + placed.box.height / 2] }) ?? '',
      });
      y += placed.box.height;
    }
    height = Math.max(height, y);
  });
  return { width, height: Math.ceil(height), lineHeight: lineStep, nodes, links };
}
