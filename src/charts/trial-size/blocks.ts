/**
 * The blocks of the trial-size chart's "several drugs" view: for k drugs, a row of k separate
 * two-group trials (a drug group and a placebo group each) and a row of one trial whose k drug
 * groups share one placebo group. Each block is one group of people, the same size everywhere.
 * Pure geometry: the numbers of drugs and the rows' heights in, rectangles out.
 */
import type { Rect } from '../frame/geometry';
import { round } from '../frame/geometry';
import type { TextBlock } from '../frame/text';
import { fontSize, textWidth } from '../frame/text';

export interface Block extends Rect {
  kind: 'drug' | 'placebo';
}

export interface BlockRow {
  bar: Block[];
  /** The whole row, its label and its bar, for the focus box. */
  box: Rect;
}

export interface BlockRows {
  treatments: number;
  /** With a label such as "Trial 1" under each separate trial. */
  separate: BlockRow & { trialLabels: TextBlock[] };
  shared: BlockRow;
}

/** Where the rows go: the first baselines of their labels and the tops of their bars. */
export interface RowPositions {
  separateLabelY: number;
  separateBarY: number;
  trialLabelY: number;
  sharedLabelY: number;
  sharedBarY: number;
  barHeight: number;
}

/** Between a trial's two groups, and between two separate trials: enough to tell trials apart. */
const gap = { group: 3, trial: 14 };
/** The separate row's focus box reaches this far below its trial labels' baseline, for descenders. */
const trialLabelDescent = 4;
/** A row's focus box spans at least this share of the drawing, so it frames some of its label too. */
const minBoxShare = 0.6;

/** One block width for every number of drugs, so the same group is the same size in every view. */
export function blockWidth(treatments: readonly number[], width: number): number {
  const maxK = Math.max(...treatments);
  return (width - (maxK - 1) * gap.trial - maxK * gap.group) / (2 * maxK);
}

/**
 * The two rows of blocks for each number of drugs. `trialLabel(n)` names the nth separate trial:
 * its long form ("Trial 1") where it fits under the trial's blocks, else its short form ("1").
 */
export function layoutBlockRows(
  treatments: readonly number[],
  width: number,
  at: RowPositions,
  trialLabel: (n: number) => { long: string; short: string },
): BlockRows[] {
  const block = blockWidth(treatments, width);
  const { barHeight } = at;
  const rowBox = (labelY: number, bar: Block[], bottom: number): Rect => {
    const last = bar[bar.length - 1]!;
    const top = labelY - fontSize;
    return { x: 0, y: top, width: round(Math.max(last.x + last.width, width * minBoxShare)), height: round(bottom - top) };
  };
  return treatments.map((k) => {
    const separateBar: Block[] = [];
    const trialLabels: TextBlock[] = [];
    let cursor = 0;
    for (let t = 0; t < k; t++) {
      const y = at.separateBarY;
      separateBar.push({ kind: 'drug', x: round(cursor), y, width: round(block), height: barHeight });
      separateBar.push({ kind: 'placebo', x: round(cursor + block + gap.group), y, width: round(block), height: barHeight });
      const label = trialLabel(t + 1);
      const text = block * 2 + gap.group >= textWidth(label.long) ? label.long : label.short;
      trialLabels.push({ x: round(cursor), y: at.trialLabelY, lines: [text] });
      cursor += 2 * block + gap.group + gap.trial;
    }
    const sharedBar: Block[] = [];
    for (let t = 0; t <= k; t++) {
      sharedBar.push({ kind: t < k ? 'drug' : 'placebo', x: round(t * (block + gap.group)), y: at.sharedBarY, width: round(block), height: barHeight });
    }
    return {
      treatments: k,
      separate: { bar: separateBar, box: rowBox(at.separateLabelY, separateBar, at.trialLabelY + trialLabelDescent), trialLabels },
      shared: { bar: sharedBar, box: rowBox(at.sharedLabelY, sharedBar, at.sharedBarY + barHeight) },
    };
  });
}
