/**
 * The trial-size chart's "one drug" view: people per group against effect size, one line per power
 * level, a mark at each offered effect and power, and for the chosen one a ring, guides to the axes,
 * its number and a large sentence over the chart. Pure: the numbers and the words in, positions out.
 */
import { scaleLinear } from 'd3';
import type { Rect } from '../frame/geometry';
import { round } from '../frame/geometry';
import type { TextBlock } from '../frame/text';
import { fontSize, textWidth, wrapText, lineStep } from '../frame/text';
import type { ChartSize } from '../frame/types';
import type { TrialPoint, TrialSizeData, TrialSizeOptions } from './data';
import { layoutHeadlines } from './headline';
import { layoutMarkers, layoutPoints, layoutXTicks, type Marker, type PointMark } from './one-drug-marks';
import { layoutPowerLines, type PowerLine } from './power-lines';

/** Every word the view shows, from the chart's spec. */
export interface OneDrugLabels {
  /** For each point: its sentence over the chart, the line under it, its accessible name and the number beside its ring. */
  point: (p: TrialPoint) => { headline: string; subline: string; name: string; value: string };
  /** A power line's label, e.g. "80% power"; it wraps on phones. */
  power: (power: number) => string;
  /** A number of people on the y axis, e.g. "1,000". */
  people: (n: number) => string;
  /** An effect size on the x axis, e.g. "0.5". */
  effect: (effect: number) => string;
  yTitle: string;
  xTitle: string;
}

export interface OneDrugView {
  /** The area inside the axes. */
  plot: Rect;
  yTitle: TextBlock;
  xTitle: TextBlock;
  yTicks: { value: number; y: number; label: TextBlock }[];
  /**
   * Effect labels under the axis. The chosen effect's label is bold; `shownFor` lists the chosen
   * effects for which this plain label shows. Where labels would crowd (phones), every other one
   * shows, and a chosen effect between two of them hides its neighbours.
   */
  xTicks: { value: number; x: number; label: TextBlock; shownFor: number[] }[];
  lines: PowerLine[];
  points: PointMark[];
  markers: Marker[];
  /** The y axis's largest value: the largest computed number of people, rounded up to a nice number. */
  yMax: number;
}

/**
 * The room kept for text beside the plot is the estimate times this: digits and wide fonts such
 * as DejaVu Sans run about a tenth wider than the average glyph the estimate assumes.
 */
const wideFontAllowance = 1.12;

/** Distances in drawing units, chosen by eye on the phone and wide drawings. */
const space = {
  /** From the last subline to the y axis title. */
  yTitle: 18,
  /** From the y axis title's baseline to the top of the plot. */
  plotTop: 14,
  /** The plot's height: shorter on phones, where the drawing is narrow. */
  plotHeight: { wide: 300, phone: 250 },
  /** From a y tick label to the axis, and from the plot's right edge to the line labels. */
  label: 8,
  /** Kept clear at the drawing's right edge. */
  edge: 6,
  /** Room left of the first point for its number, so it never sits on the y axis. */
  firstPoint: { wide: 48, phone: 38 },
  /** The lines end this far inside the plot, so their last marks stay inside it. */
  lastPoint: 6,
  /** A y tick label's baseline below its gridline, which centres its digits on the line. */
  yTickDrop: 5,
  /** From the axis to the top of the effect labels. */
  xTick: 6,
  /** From the effect labels to the x axis title. */
  xTitle: 8,
  /** Under the last line of text, for its descenders. */
  descent: 6,
};
/** Gridlines on the y axis: fewer on phones, where the plot is shorter. */
const yTickCount = { wide: 6, phone: 4 };
/** The width line labels wrap to: on phones "80% power" wraps to "80%" over "power". */
const lineLabelWidth = { wide: 120, phone: 48 };

export function layoutOneDrug(
  data: TrialSizeData,
  options: TrialSizeOptions,
  labels: OneDrugLabels,
  size: ChartSize,
  width: number,
): { view: OneDrugView; height: number } {
  const wide = size === 'wide';
  const phoneOrWide = wide ? 'wide' : 'phone';
  const pointTexts = data.points.map((p) => labels.point(p));
  const headlines = layoutHeadlines(pointTexts, width);
  const yTitleY = headlines.lastBaseline + lineStep + space.yTitle;

  const largest = Math.max(...data.curves.flatMap((c) => c.values.map((v) => v.perGroup)));
  const y = scaleLinear().domain([0, largest]).nice(yTickCount[phoneOrWide]);
  const yMax = y.domain()[1]!;
  const yTicks = y.ticks(yTickCount[phoneOrWide]);
  const tickLabelWidth = Math.max(...yTicks.map((t) => textWidth(labels.people(t)))) * wideFontAllowance;
  const plotLeft = Math.ceil(tickLabelWidth + space.label);

  // Line labels sit past the right end of the lines.
  const lineLabels = options.powers.map((power) => wrapText(labels.power(power), lineLabelWidth[phoneOrWide]));
  const labelWidth = Math.max(...lineLabels.flat().map((t) => textWidth(t, { bold: true }))) * wideFontAllowance;
  const plotRight = width - labelWidth - space.label - space.edge;
  const plotTop = yTitleY + space.plotTop;
  const plotHeight = space.plotHeight[phoneOrWide];
  const plotBottom = plotTop + plotHeight;
  const plot = { x: plotLeft, y: plotTop, width: plotRight - plotLeft, height: plotHeight };
  y.range([plotBottom, plotTop]);
  const x = scaleLinear()
    .domain([Math.min(...options.effects), Math.max(...options.effects)])
    .range([plotLeft + space.firstPoint[phoneOrWide], plotRight - space.lastPoint]);

  const lines = layoutPowerLines(data.curves, lineLabels, { x, y, plot, labelX: plotRight + space.label });
  const points = layoutPoints(data.points, options.powers, pointTexts, x, y);
  const markers = layoutMarkers(points, options.powers, pointTexts, headlines.blocks, plot);

  const xTickY = plotBottom + fontSize + space.xTick;
  const xTitle = { x: 0, y: xTickY + lineStep + space.xTitle, lines: wrapText(labels.xTitle, width) };
  const height = xTitle.y + (xTitle.lines.length - 1) * lineStep + space.descent;

  return {
    height,
    view: {
      plot,
      yTitle: { x: 0, y: yTitleY, lines: [labels.yTitle] },
      xTitle,
      yTicks: yTicks.map((value) => {
        const tickY = round(y(value));
        return { value, y: tickY, label: { x: plotLeft - space.label, y: tickY + space.yTickDrop, lines: [labels.people(value)], anchor: 'end' } };
      }),
      xTicks: layoutXTicks(options.effects, labels.effect, x, wide).map((t) => ({
        ...t,
        label: { x: t.x, y: xTickY, lines: [labels.effect(t.value)], anchor: 'middle' },
      })),
      lines,
      points,
      markers,
      yMax,
    },
  };
}
