/**
 * The lines of the trial-size chart's "one drug" view, one per power level, through the people per
 * group at every hundredth of effect, each labelled past its right end, with the labels moved apart
 * where the lines end close together and a leader from a moved label to its line. Pure geometry.
 */
import { line as d3line, type ScaleLinear } from 'd3';
import type { Rect } from '../frame/geometry';
import { round } from '../frame/geometry';
import { dodge } from '../frame/labels';
import type { TextBlock } from '../frame/text';
import { fontSize, lineStep } from '../frame/text';
import type { PowerCurve } from './data';

export interface Segment {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface PowerLine {
  power: number;
  /** 1 for the first power level, 2 for the second: colour, dash and point shape. */
  series: number;
  /** The SVG path through every computed point from the smallest to the largest effect. */
  path: string;
  /** The points the path passes through, in drawing units. */
  vertices: { x: number; y: number }[];
  label: TextBlock;
  /** From the end of the line to its label, when the label had to move away from it. */
  leader?: Segment;
}

/** The least space between two power lines' labels. */
const labelSpacing = 6;
/** A label further than this from its line's end gets a leader to it. */
const leaderBeyond = 4;
/**
 * The leader starts clear of the line's last mark, stops short of the label's text, and meets the
 * label a little above the middle of its lines, where the letters are (they sit high in a line).
 */
const leader = { fromLine: 6, toLabel: 3, rise: 4 };

type Scale = ScaleLinear<number, number>;

/** Each power line through its computed values, with its label beside its end, the labels kept apart. */
export function layoutPowerLines(
  curves: readonly PowerCurve[],
  labels: readonly string[][],
  at: { x: Scale; y: Scale; plot: Rect; labelX: number },
): PowerLine[] {
  const { x, y, plot, labelX } = at;
  const path = d3line<{ effect: number; perGroup: number }>()
    .x((v) => round(x(v.effect)))
    .y((v) => round(y(v.perGroup)));
  const ends = curves.map((c) => y(c.values[c.values.length - 1]!.perGroup));
  const heights = labels.map((l) => l.length * lineStep);
  // Order the labels top to bottom as their lines end, then keep them apart.
  const order = ends.map((_, i) => i).sort((a, b) => ends[a]! - ends[b]!);
  const tops = dodge(
    order.map((i) => ({ want: ends[i]! - heights[i]! / 2, height: heights[i]! })),
    labelSpacing,
    plot.y,
    plot.y + plot.height,
  );
  const endX = x.range()[1]!;
  return curves.map((c, i) => {
    const top = tops[order.indexOf(i)]!;
    const mid = top + heights[i]! / 2;
    return {
      power: c.power,
      series: i + 1,
      path: path(c.values) ?? '',
      vertices: c.values.map((v) => ({ x: round(x(v.effect)), y: round(y(v.perGroup)) })),
      label: { x: labelX, y: top + fontSize, lines: labels[i]! },
      ...(Math.abs(mid - ends[i]!) > leaderBeyond
        ? { leader: { x1: endX + leader.fromLine, y1: ends[i]!, x2: labelX - leader.toLabel, y2: mid - leader.rise } }
        : {}),
    };
  });
}
