/**
 * The trial-size chart: how many people a two-group trial needs for a given effect size and power
 * (src/lib/sample-size.ts), drawn two ways.
 * - "one": people per group against effect size, one line per power level, with a marker on the
 *   chosen effect and power and a large sentence saying the numbers;
 * - "multi": several drugs tested in separate two-arm trials, each with its own placebo group,
 *   against one trial whose drug groups share one placebo group, as rows of blocks.
 * Pure: the options in, the numbers and every position and line of text out. Every combination of
 * the controls is laid out here, so the page only shows and hides parts.
 */
import { formatCount } from '../../lib/numbers';
import { line as d3line, scaleLinear } from 'd3';
import type { Rect } from '../frame/geometry';
import { round } from '../frame/geometry';
import { dodge } from '../frame/labels';
import { fontSize, lineHeight, textWidth, wrapText } from '../frame/text';
import type { ChartSize } from '../frame/types';
import { chartWidths, narrowForCompact } from '../frame/types';
import { multiArmTotals, perGroup } from '../../lib/sample-size';

export interface TrialSizeOptions {
  /** Standardised effects with a button and a mark, e.g. 0.2…0.8. */
  effects: readonly number[];
  /** Power levels in percent, e.g. 80 and 90. */
  powers: readonly number[];
  /** Numbers of drugs for the "several drugs" view, e.g. 2, 3, 4. */
  treatments: readonly number[];
}

/** The choices the page offers: effect sizes 0.2 to 0.8, 80% and 90% power, 2 to 4 drugs. */
export const trialSizeOptions: TrialSizeOptions = {
  effects: [0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8],
  powers: [80, 90],
  treatments: [2, 3, 4],
};

export interface TrialPoint {
  effect: number;
  power: number;
  perGroup: number;
  /** Both groups together. */
  total: number;
}

export interface MultiArmRow {
  effect: number;
  power: number;
  treatments: number;
  perGroup: number;
  separate: number;
  shared: number;
  saved: number;
}

export interface TrialSizeData {
  points: TrialPoint[];
  multi: MultiArmRow[];
}

/** The control value of a number, as the URL and data-when use it: "0.5", "80", "3". */
export const optionValue = (value: number): string => String(value);

/** Whole numbers with thousands separators, as the page writes them: 1,200. */
export { formatCount };

/** Every number the chart shows, computed once from the formula. */
export function trialSizeData(options: TrialSizeOptions): TrialSizeData {
  const points: TrialPoint[] = [];
  const multi: MultiArmRow[] = [];
  for (const power of options.powers) {
    for (const effect of options.effects) {
      const n = perGroup(effect, power / 100);
      points.push({ effect, power, perGroup: n, total: 2 * n });
      for (const treatments of options.treatments) {
        multi.push({ effect, power, treatments, perGroup: n, ...multiArmTotals(treatments, n) });
      }
    }
  }
  return { points, multi };
}

export interface TextBlock {
  x: number;
  /** The first line's baseline. */
  y: number;
  lines: string[];
}

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

export interface PointMark extends TrialPoint {
  key: string;
  series: number;
  x: number;
  y: number;
  /** Focus and pointer box. */
  box: Rect;
  /** The accessible name: "Effect size 0.5, 80% power: 63 people per group, 126 in all." */
  name: string;
}

export interface Marker extends TrialPoint {
  x: number;
  y: number;
  /** Dashed guides from the point to the two axes. */
  guides: Segment[];
  /** The number beside the marker. */
  value: { x: number; y: number; anchor: 'start' | 'end'; text: string };
  /** "63 people per group, 126 in all" and "for an effect size of 0.5 with 80% power". */
  headline: string[];
  subline: string[];
}

export interface OneView {
  /** The area inside the axes. */
  plot: Rect;
  headlineY: number;
  sublineY: number;
  yTitle: TextBlock;
  xTitle: TextBlock;
  yTicks: { value: number; y: number; label: string }[];
  /**
   * Effect labels under the axis. The chosen effect's label is bold; `shownFor` lists the chosen
   * effects for which this plain label shows. Where labels would crowd (phones), every other one
   * shows, and a chosen effect between two of them hides its neighbours.
   */
  xTicks: { value: number; x: number; label: string; shownFor: number[] }[];
  /** Baseline of the x tick labels. */
  xTickY: number;
  lines: PowerLine[];
  points: PointMark[];
  markers: Marker[];
  /** The y axis's largest value: the largest computed number of people, rounded up to a nice number. */
  yMax: number;
}

export interface Block extends Rect {
  kind: 'drug' | 'placebo';
}

export interface MultiRowLayout {
  /** Where the row's label starts; its bar follows the label. */
  labelY: number;
  bar: Block[];
  /** The whole row: label and bar, for the focus box. */
  box: Rect;
  /** "Trial 1", "Trial 2"… under each separate trial (separate row only). */
  trialLabels: { x: number; text: string }[];
  trialLabelY: number;
}

export interface MultiGeometry {
  treatments: number;
  separate: MultiRowLayout;
  shared: MultiRowLayout;
}

export interface MultiText extends MultiArmRow {
  headline: string[];
  subline: string[];
  separateLines: string[];
  sharedLines: string[];
  /** The accessible names of the two rows. */
  separateName: string;
  sharedName: string;
  blockNote: string[];
}

export interface MultiView {
  headlineY: number;
  sublineY: number;
  geometry: MultiGeometry[];
  texts: MultiText[];
  legend: { swatches: { kind: 'drug' | 'placebo'; rect: Rect; label: string; x: number; y: number }[]; noteY: number };
  /** Lines under the blocks: what this simple count leaves out. */
  caveat: TextBlock;
}

export interface TrialSizeLayout {
  width: number;
  height: number;
  one: OneView;
  multi: MultiView;
  /** Under both views, so the downloaded picture says it too: the numbers are illustrative. */
  note: TextBlock;
}

/** Large text is 22 units and bold: measured a little wide, so the estimate errs on the safe side. */
export const largeSize = 22;
const largeMeasure = largeSize * 1.08;
const boldMeasure = fontSize * 1.06;
const line = fontSize * lineHeight;
const largeLine = largeSize * lineHeight;

const maxLines = (blocks: readonly string[][]) => Math.max(1, ...blocks.map((b) => b.length));

/** Large text on one line if it fits, else broken after its comma, so a clause stays whole. */
function wrapClauses(text: string, width: number): string[] {
  const whole = wrapText(text, width, { size: largeMeasure });
  if (whole.length === 1) return whole;
  return text.split(/(?<=,) /).flatMap((part) => wrapText(part, width, { size: largeMeasure }));
}

function xTicks(effects: readonly number[], x: (value: number) => number, wide: boolean): OneView['xTicks'] {
  const sorted = [...effects].sort((a, b) => a - b);
  const spacing = Math.min(...sorted.slice(1).map((e, i) => x(e) - x(sorted[i]!)));
  const widest = Math.max(...sorted.map((e) => textWidth(String(e), { size: boldMeasure })));
  const crowded = !wide && sorted.length > 2 && spacing < widest + 12;
  return sorted.map((value, i) => ({
    value,
    x: round(x(value)),
    label: String(value),
    shownFor: sorted.filter((chosen, c) => chosen !== value && (!crowded || (i % 2 === 0 && Math.abs(i - c) !== 1))),
  }));
}

function layoutOne(data: TrialSizeData, options: TrialSizeOptions, size: ChartSize): { view: OneView; height: number } {
  const width = chartWidths[narrowForCompact(size)];
  const wide = size === 'wide';

  const headlines = data.points.map((p) => ({
    point: p,
    headline: wrapClauses(`${formatCount(p.perGroup)} people per group, ${formatCount(p.total)} in all`, width),
    subline: wrapText(`for effect size ${p.effect} and ${p.power}% power`, width),
  }));
  const headlineY = largeSize;
  const sublineY = headlineY + (maxLines(headlines.map((h) => h.headline)) - 1) * largeLine + line + 2;
  const yTitleY = sublineY + (maxLines(headlines.map((h) => h.subline)) - 1) * line + line + 18;

  // The lines run through the computed sizes at every 0.01 of effect, so they pass through each mark.
  const minEffect = Math.min(...options.effects);
  const maxEffect = Math.max(...options.effects);
  const steps = Math.round((maxEffect - minEffect) * 100);
  const curveEffects = Array.from({ length: steps + 1 }, (_, i) => Math.round((minEffect + i / 100) * 100) / 100);
  for (const effect of options.effects) if (!curveEffects.includes(effect)) curveEffects.push(effect);
  curveEffects.sort((a, b) => a - b);
  const curves = options.powers.map((power) => ({
    power,
    values: curveEffects.map((effect) => ({ effect, n: perGroup(effect, power / 100) })),
  }));
  const largest = Math.max(...curves.flatMap((c) => c.values.map((v) => v.n)));

  const y = scaleLinear()
    .domain([0, largest])
    .nice(wide ? 6 : 4);
  const yMax = y.domain()[1]!;
  const yTicks = y.ticks(wide ? 6 : 4);
  // Fonts differ from the estimate; wide fonts such as DejaVu Sans run about a tenth wider.
  const tickLabelWidth = Math.max(...yTicks.map((t) => textWidth(formatCount(t)))) * 1.12;
  const plotLeft = Math.ceil(tickLabelWidth + 8);

  // Line labels sit past the right end of the lines; on phones they wrap to "80%" over "power".
  const labelTexts = options.powers.map((power) => wrapText(`${power}% power`, wide ? 120 : 48));
  const labelWidth = Math.max(...labelTexts.flat().map((t) => textWidth(t, { size: boldMeasure }))) * 1.12;
  const plotRight = width - labelWidth - 14;
  const plotTop = yTitleY + 14;
  const plotHeight = wide ? 300 : 250;
  const plotBottom = plotTop + plotHeight;
  y.range([plotBottom, plotTop]);
  // Room left of the first point for its number, so it never sits on the y axis.
  const inset = wide ? 48 : 38;
  const x = scaleLinear()
    .domain([minEffect, maxEffect])
    .range([plotLeft + inset, plotRight - 6]);

  const path = d3line<{ effect: number; n: number }>()
    .x((v) => round(x(v.effect)))
    .y((v) => round(y(v.n)));

  const ends = curves.map((c) => y(c.values[c.values.length - 1]!.n));
  const labelHeights = labelTexts.map((l) => l.length * line);
  // Order the labels top to bottom as their lines end, then keep them apart.
  const order = ends.map((_, i) => i).sort((a, b) => ends[a]! - ends[b]!);
  const tops = dodge(
    order.map((i) => ({ want: ends[i]! - labelHeights[i]! / 2, height: labelHeights[i]! })),
    6,
    plotTop,
    plotBottom,
  );
  const labelX = plotRight + 8;
  const lines: PowerLine[] = curves.map((c, i) => {
    const top = tops[order.indexOf(i)]!;
    const mid = top + labelHeights[i]! / 2;
    const endX = x(maxEffect);
    return {
      power: c.power,
      series: i + 1,
      path: path(c.values) ?? '',
      vertices: c.values.map((v) => ({ x: round(x(v.effect)), y: round(y(v.n)) })),
      label: { x: labelX, y: top + fontSize, lines: labelTexts[i]! },
      ...(Math.abs(mid - ends[i]!) > 4 ? { leader: { x1: endX + 6, y1: ends[i]!, x2: labelX - 3, y2: mid - 4 } } : {}),
    };
  });

  const points: PointMark[] = data.points.map((p) => {
    const px = x(p.effect);
    const py = y(p.perGroup);
    return {
      ...p,
      key: `e${optionValue(p.effect)}-p${p.power}`,
      series: options.powers.indexOf(p.power) + 1,
      x: round(px),
      y: round(py),
      box: { x: round(px - 8), y: round(py - 8), width: 16, height: 16 },
      name: `Effect size ${p.effect}, ${p.power}% power: ${formatCount(p.perGroup)} people per group, ${formatCount(p.total)} in all.`,
    };
  });

  // The chosen point's number: above and to the right for the higher line (nothing is there),
  // below and to the left for the lower one, kept inside the plot.
  const highest = Math.max(...options.powers);
  const markers: Marker[] = points.map((p, i) => {
    const text = formatCount(p.perGroup);
    const w = textWidth(text, { size: boldMeasure });
    const upper = p.power === highest && options.powers.length > 1;
    let vx = upper ? p.x + 11 : p.x - 11;
    let anchor: 'start' | 'end' = upper ? 'start' : 'end';
    if (anchor === 'end' && vx - w < plotLeft + 2) {
      vx = p.x + 11;
      anchor = 'start';
    }
    if (anchor === 'start' && vx + w > plotRight) {
      vx = p.x - 11;
      anchor = 'end';
    }
    let vy = upper ? p.y - 10 : p.y + 10 + fontSize * 0.75;
    vy = Math.min(Math.max(vy, plotTop + fontSize), plotBottom - 4);
    return {
      ...data.points[i]!,
      x: p.x,
      y: p.y,
      guides: [
        { x1: p.x, y1: p.y + 9, x2: p.x, y2: plotBottom },
        { x1: plotLeft, y1: p.y, x2: p.x - 9, y2: p.y },
      ],
      value: { x: round(vx), y: round(vy), anchor, text },
      headline: headlines[i]!.headline,
      subline: headlines[i]!.subline,
    };
  });

  const xTickY = plotBottom + fontSize + 6;
  const xTitleLines = wrapText('Effect size: how big the drug’s effect is, compared with how much people vary', width);
  const xTitle = { x: 0, y: xTickY + line + 8, lines: xTitleLines };
  const height = xTitle.y + (xTitleLines.length - 1) * line + 6;

  return {
    height,
    view: {
      plot: { x: plotLeft, y: plotTop, width: plotRight - plotLeft, height: plotHeight },
      headlineY,
      sublineY,
      yTitle: { x: 0, y: yTitleY, lines: ['People needed in each group'] },
      xTitle,
      yTicks: yTicks.map((value) => ({ value, y: round(y(value)), label: formatCount(value) })),
      xTicks: xTicks(options.effects, x, wide),
      xTickY,
      lines,
      points,
      markers,
      yMax,
    },
  };
}

function layoutMulti(data: TrialSizeData, options: TrialSizeOptions, size: ChartSize): { view: MultiView; height: number } {
  const width = chartWidths[narrowForCompact(size)];
  const drugs = (k: number) => `${k} drug${k === 1 ? '' : 's'}`;
  const texts: MultiText[] = data.multi.map((row) => {
    const group = formatCount(row.perGroup);
    // A mark's name starts with the words it shows (WCAG 2.5.3), then adds what the blocks say.
    const separateHead = `${row.treatments} separate trials: ${formatCount(row.separate)} people`;
    const separateBody = 'Each trial has its own placebo group.';
    const sharedHead = `One shared trial: ${formatCount(row.shared)} people`;
    const sharedBody = `${row.treatments} drugs share one placebo group.`;
    return {
      ...row,
      headline: wrapClauses(`${formatCount(row.shared)} people, not ${formatCount(row.separate)}`, width),
      subline: wrapText(`to test ${drugs(row.treatments)}, with ${group} people in each group`, width),
      separateLines: [...wrapText(separateHead, width, { size: boldMeasure }), ...wrapText(separateBody, width)],
      sharedLines: [...wrapText(sharedHead, width, { size: boldMeasure }), ...wrapText(sharedBody, width)],
      separateName: `${separateHead}. ${separateBody} ${2 * row.treatments} groups of ${group} people.`,
      sharedName: `${sharedHead}. ${sharedBody} ${row.treatments + 1} groups of ${group} people. That is ${formatCount(row.saved)} fewer people.`,
      blockNote: wrapText(`Each block is one group of ${group} people.`, width),
    };
  });

  const headlineY = largeSize;
  const sublineY = headlineY + (maxLines(texts.map((t) => t.headline)) - 1) * largeLine + line + 2;
  const firstRowY = sublineY + (maxLines(texts.map((t) => t.subline)) - 1) * line + line + 22;
  const separateHeight = maxLines(texts.map((t) => t.separateLines)) * line;
  const sharedHeight = maxLines(texts.map((t) => t.sharedLines)) * line;
  const barHeight = size === 'wide' ? 56 : 44;
  const innerGap = 3;
  const trialGap = 14;
  const maxK = Math.max(...options.treatments);
  // One block width for every number of drugs, so the same group is the same size in every view.
  const block = (width - (maxK - 1) * trialGap - maxK * innerGap) / (2 * maxK);

  const separateBarY = firstRowY + separateHeight - fontSize + 8;
  const trialLabelY = separateBarY + barHeight + fontSize + 6;
  const sharedLabelY = trialLabelY + line + 22;
  const sharedBarY = sharedLabelY + sharedHeight - fontSize + 8;

  const geometry: MultiGeometry[] = options.treatments.map((k) => {
    const separateBar: Block[] = [];
    const trialLabels: { x: number; text: string }[] = [];
    let cursor = 0;
    for (let t = 0; t < k; t++) {
      separateBar.push({ kind: 'drug', x: round(cursor), y: separateBarY, width: round(block), height: barHeight });
      separateBar.push({ kind: 'placebo', x: round(cursor + block + innerGap), y: separateBarY, width: round(block), height: barHeight });
      trialLabels.push({ x: round(cursor), text: block * 2 + innerGap >= textWidth('Trial 9') ? `Trial ${t + 1}` : String(t + 1) });
      cursor += 2 * block + innerGap + trialGap;
    }
    const sharedBar: Block[] = [];
    for (let t = 0; t <= k; t++) {
      sharedBar.push({ kind: t < k ? 'drug' : 'placebo', x: round(t * (block + innerGap)), y: sharedBarY, width: round(block), height: barHeight });
    }
    const rowBox = (labelY: number, bar: Block[], bottom: number): Rect => {
      const last = bar[bar.length - 1]!;
      const top = labelY - fontSize;
      return { x: 0, y: top, width: round(Math.max(last.x + last.width, width * 0.6)), height: round(bottom - top) };
    };
    return {
      treatments: k,
      separate: { labelY: firstRowY, bar: separateBar, box: rowBox(firstRowY, separateBar, trialLabelY + 4), trialLabels, trialLabelY },
      shared: { labelY: sharedLabelY, bar: sharedBar, box: rowBox(sharedLabelY, sharedBar, sharedBarY + barHeight), trialLabels: [], trialLabelY },
    };
  });

  const legendY = sharedBarY + barHeight + 26;
  const swatchSize = 20;
  const drugLabel = 'Drug group';
  const placeboLabel = 'Placebo group';
  const placeboX = swatchSize + 8 + textWidth(drugLabel) + 24;
  const legend = {
    swatches: [
      { kind: 'drug' as const, rect: { x: 0, y: legendY, width: swatchSize, height: swatchSize }, label: drugLabel, x: swatchSize + 8, y: legendY + 15 },
      {
        kind: 'placebo' as const,
        rect: { x: placeboX, y: legendY, width: swatchSize, height: swatchSize },
        label: placeboLabel,
        x: placeboX + swatchSize + 8,
        y: legendY + 15,
      },
    ],
    noteY: legendY + swatchSize + line + 2,
  };
  const caveatLines = wrapText('This simple count leaves out the statistical adjustments needed when one trial tests several drugs at once.', width);
  const caveat = { x: 0, y: legend.noteY + maxLines(texts.map((t) => t.blockNote)) * line + 6, lines: caveatLines };
  const height = caveat.y + (caveatLines.length - 1) * line + 6;
  return { height, view: { headlineY, sublineY, geometry, texts, legend, caveat } };
}

export function layoutTrialSize(data: TrialSizeData, options: TrialSizeOptions, size: ChartSize): TrialSizeLayout {
  if (options.effects.length === 0 || options.powers.length === 0 || options.treatments.length === 0) {
    throw new Error('The trial-size chart needs at least one effect size, one power level and one number of drugs.');
  }
  const one = layoutOne(data, options, size);
  const multi = layoutMulti(data, options, size);
  const width = chartWidths[narrowForCompact(size)];
  const note = {
    x: 0,
    y: Math.max(one.height, multi.height) + 22,
    lines: wrapText('Illustrative numbers from a standard formula, not from a real trial.', width),
  };
  const height = note.y + (note.lines.length - 1) * line + 6;
  return { width, height: Math.ceil(height), one: one.view, multi: multi.view, note };
}
