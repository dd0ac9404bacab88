/** What the strategy chart's layout takes in and gives back. */
import type { Rect } from '../frame/geometry';

export interface StrategyApproachInput {
  id: string;
  text: string;
}

export interface StrategyGapInput {
  /** The gap's id, also the chart's view value, e.g. "trials". */
  id: string;
  /** The gap's number as written over its title, e.g. "Gap 1". */
  numberLabel: string;
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
  /** Label lines. A gap's first line is its number ("Gap 1"); the root's last line is its note. */
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
