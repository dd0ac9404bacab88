/** The strategy chart on phones: an indented tree, one column, each level a step to the right. */
import { lineStep } from '../frame/text';
import type { HierarchyNode } from 'd3';
import { elbow, place, type TreeDatum } from './nodes';
import type { StrategyLayout, StrategyLink, StrategyNode } from './types';

/** How far each level's boxes are indented: the strategy, a gap, an approach. */
const indent = [0, 24, 52];
/** Where each level's links leave its box, from the box's left edge: left of the next level's boxes. */
const spine = [12, 16];
/** The space between the strategy and the first gap. */
const firstGapSpace = 16;
/** The space above every other gap: more than between approaches, so each gap reads as a group. */
const gapSpace = 22;
const approachSpace = 8;

export function layoutNarrow(root: HierarchyNode<TreeDatum>, width: number): StrategyLayout {
  const nodes: StrategyNode[] = [];
  const links: StrategyLink[] = [];
  const byId = new Map<string, StrategyNode>();
  let y = 0;
  // eachBefore visits the tree in reading order: root, gap 1, its approaches, gap 2, …
  root.eachBefore((node) => {
    const { data } = node;
    if (data.kind === 'gap') y += node === root.children?.[0] ? firstGapSpace : gapSpace;
    else if (data.kind === 'approach') y += approachSpace;
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
  return { width, height: Math.ceil(y), lineHeight: lineStep, nodes, links };
}
