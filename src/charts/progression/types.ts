/** What the progression diagram's layout takes in and gives back. */
import type { Rect } from '../frame/geometry';
import type { TextBlock } from '../frame/text';

export type ProgressionPartKind = 'process' | 'compensation' | 'outcome' | 'factor';

export interface ProgressionPartInput {
  id: string;
  kind: ProgressionPartKind;
  label: string;
}

export interface ProgressionLabels {
  /** The heading over each group, e.g. "Causes damage". */
  headings: Record<ProgressionPartKind, string>;
  /** The words on the arrow from the barrier to the result, e.g. "when it starts to fail". */
  failure: string;
}

export interface ProgressionBox {
  id: string;
  kind: ProgressionPartKind;
  /** Series number for colour and pattern, one per kind. */
  series: number;
  box: Rect;
  /** The patterned band along one edge: the left edge, or the top of the barrier on phones. */
  band: Rect;
  lines: string[];
  textX: number;
  textY: number;
}

export interface Arrow {
  /** The line, from its start to the base of the head. */
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  /** The head's three corners, as an SVG points list. */
  head: string;
  dashed: boolean;
  label?: TextBlock;
}

export type ProgressionHeading = TextBlock & { kind: ProgressionPartKind };

export interface ProgressionLayout {
  width: number;
  height: number;
  lineHeight: number;
  boxes: ProgressionBox[];
  headings: ProgressionHeading[];
  arrows: Arrow[];
  /** The soft area around the factors, so they read as one group. */
  factorArea?: Rect;
}
