/**
 * "The strategy at a glance" as a tree: the strategy at the top, its gap areas under it, and
 * each gap's approaches under the gap. Phones get an indented tree (one column, each level a
 * step to the right, narrow.ts); wider screens get one column per gap, spread evenly (wide.ts).
 * Pure: gaps, approaches and their words in, boxes, wrapped label lines and link paths out.
 */
import type { ChartSize } from '../frame/types';
import { chartWidths } from '../frame/types';
import { layoutNarrow } from './narrow';
import { treeOf } from './nodes';
import type { StrategyInput, StrategyLayout } from './types';
import { layoutWide } from './wide';

export type { StrategyApproachInput, StrategyGapInput, StrategyInput, StrategyLayout, StrategyLink, StrategyNode, StrategyNodeKind } from './types';

export function layoutStrategy(input: StrategyInput, size: ChartSize): StrategyLayout {
  const width = chartWidths[size];
  const root = treeOf(input);
  return size === 'wide' ? layoutWide(root, width) : layoutNarrow(root, width);
}
