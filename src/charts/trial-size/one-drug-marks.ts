/**
 * What the "one drug" view of the trial-size chart draws at its points once the scales are set: a
 * mark at each point, the ring, guides and number for the chosen point, and the effect labels
 * under the axis. Pure geometry.
 */
import type { ScaleLinear } from 'd3';
import type { Rect } from '../frame/geometry';
import { round } from '../frame/geometry';
import type { TextBlock } from '../frame/text';
import { fontSize, textWidth } from '../frame/text';
import type { TrialPoint } from './data';
import { optionValue } from './data';
import type { Headline } from './headline';
import type { Segment } from './power-lines';

export interface PointMark extends TrialPoint {
  key: string;
  series: number;
  x: number;
  y: number;
  /** Focus and pointer box. */
  box: Rect;
  /** The accessible name, from the spec: "Effect size 0.5, 80% power: 63 people per group, 126 in all." */
  name: string;
}

export interface Marker extends TrialPoint, Headline {
  x: number;
  y: number;
  /** Dashed guides from the point to the two axes. */
  guides: Segment[];
  /** The number beside the ring. */
  value: TextBlock;
}

/** The sizes of the marks (TrialSizeSvg.astro draws them), which the text around them keeps clear of. */
export const marks = {
  /** The first power level's points are dots… */
  dotRadius: 5.5,
  /** …and the second's are squares of about the same area: a dot drawn over one leaves its corners showing. */
  squareSide: 10,
  /** The ring round the chosen point. */
  ringRadius: 10,
  /** The effect ticks below the axis. */
  tickLength: 5,
};
/** Half the focus box round a point: a little more than its mark, so a finger or pointer finds it. */
const hitHalf = 8;
/** The guides start just inside the ring, so they meet it without a gap. */
const guideStart = marks.ringRadius - 1;
/** The chosen point's number sits just outside its ring. */
const valueOffset = marks.ringRadius + 1;
/** Digits rise about three quarters of the font size above the baseline. */
const digitHeight = fontSize * 0.75;
/** The number keeps this far off the y axis and, from its baseline, off the x axis (for the digits' overhang). */
const axisClearance = { y: 2, x: 4 };
/** The least clear space between two effect labels under the axis. */
const tickLabelSpacing = 12;

type Scale = ScaleLinear<number, number>;

/** A mark at each point, with its focus box and accessible name. */
export function layoutPoints(points: readonly TrialPoint[], powers: readonly number[], names: readonly { name: string }[], x: Scale, y: Scale): PointMark[] {
  return points.map((p, i) => {
    const px = x(p.effect);
    const py = y(p.perGroup);
    return {
      ...p,
      key: `e${optionValue(p.effect)}-p${p.power}`,
      series: powers.indexOf(p.power) + 1,
      x: round(px),
      y: round(py),
      box: { x: round(px - hitHalf), y: round(py - hitHalf), width: 2 * hitHalf, height: 2 * hitHalf },
      name: names[i]!.name,
    };
  });
}

/**
 * The chosen point's ring, guides and number: the number above and to the right for the higher
 * line (nothing is there), below and to the left for the lower one, kept inside the plot.
 */
export function layoutMarkers(
  points: readonly PointMark[],
  powers: readonly number[],
  values: readonly { value: string }[],
  headlines: readonly Headline[],
  plot: Rect,
): Marker[] {
  const highest = Math.max(...powers);
  const plotRight = plot.x + plot.width;
  const plotBottom = plot.y + plot.height;
  return points.map((p, i) => {
    const text = values[i]!.value;
    const w = textWidth(text, { bold: true });
    const upper = p.power === highest && powers.length > 1;
    let vx = upper ? p.x + valueOffset : p.x - valueOffset;
    let anchor: 'start' | 'end' = upper ? 'start' : 'end';
    if (anchor === 'end' && vx - w < plot.x + axisClearance.y) {
      vx = p.x + valueOffset;
      anchor = 'start';
    }
    if (anchor === 'start' && vx + w > plotRight) {
      vx = p.x - valueOffset;
      anchor = 'end';
    }
    const vy = upper ? p.y - marks.ringRadius : p.y + marks.ringRadius + digitHeight;
    return {
      effect: p.effect,
      power: p.power,
      perGroup: p.perGroup,
      total: p.total,
      ...headlines[i]!,
      x: p.x,
      y: p.y,
      guides: [
        { x1: p.x, y1: p.y + guideStart, x2: p.x, y2: plotBottom },
        { x1: plot.x, y1: p.y, x2: p.x - guideStart, y2: p.y },
      ],
      value: { x: round(vx), y: round(Math.min(Math.max(vy, plot.y + fontSize), plotBottom - axisClearance.x)), lines: [text], anchor },
    };
  });
}

/**
 * Where each effect label goes, and for which chosen effects its plain version shows: all of them,
 * unless the labels would crowd (on phones), when every other one shows and a chosen effect between
 * two of them hides its neighbours.
 */
export function layoutXTicks(
  effects: readonly number[],
  label: (effect: number) => string,
  x: Scale,
  wide: boolean,
): { value: number; x: number; shownFor: number[] }[] {
  const sorted = [...effects].sort((a, b) => a - b);
  const spacing = Math.min(...sorted.slice(1).map((e, i) => x(e) - x(sorted[i]!)));
  const widest = Math.max(...sorted.map((e) => textWidth(label(e), { bold: true })));
  const crowded = !wide && sorted.length > 2 && spacing < widest + tickLabelSpacing;
  return sorted.map((value, i) => ({
    value,
    x: round(x(value)),
    shownFor: sorted.filter((chosen, c) => chosen !== value && (!crowded || (i % 2 === 0 && Math.abs(i - c) !== 1))),
  }));
}
