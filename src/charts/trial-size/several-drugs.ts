/**
 * The trial-size chart's "several drugs" view: for each number of drugs, separate trials (each with
 * its own placebo group) over one trial whose drugs share a placebo group, as rows of blocks; a
 * large sentence with the two totals over them, a legend and a caveat under them. Pure: the numbers
 * and the words in, positions out.
 */
import type { Rect } from '../frame/geometry';
import type { TextBlock } from '../frame/text';
import { fontSize, textWidth, wrapText, lineStep } from '../frame/text';
import type { ChartSize } from '../frame/types';
import type { MultiArmRow, TrialSizeData, TrialSizeOptions } from './data';
import { type BlockRows, layoutBlockRows } from './blocks';
import { type Headline, layoutHeadlines, maxLines } from './headline';

/** A row's label: its first lines, in bold, say what the row is; the rest how it is made up. */
export interface RowLabel {
  head: string;
  body: string;
  /** The row's accessible name: it starts with the words the label shows (WCAG 2.5.3), then adds what the blocks say. */
  name: string;
}

/** Every word the view shows, from the chart's spec. */
export interface SeveralDrugsLabels {
  /** For each effect, power and number of drugs. */
  row: (row: MultiArmRow) => Record<'headline' | 'subline' | 'blockNote', string> & { separate: RowLabel; shared: RowLabel };
  /** The name under the nth separate trial, long ("Trial 1") and short ("1") for narrow blocks. */
  trial: (n: number) => { long: string; short: string };
  legend: Record<'drug' | 'placebo', string>;
  /** Under the blocks: what this simple count leaves out. */
  caveat: string;
}

export interface RowText {
  label: TextBlock;
  /** How many of the label's lines, from the first, are its bold head. */
  boldLines: number;
  name: string;
}

export interface SeveralDrugsText extends MultiArmRow, Headline {
  /** The labels of the separate-trials row and of the shared-trial row. */
  rows: { separate: RowText; shared: RowText };
  /** "Each block is one group of 63 people." */
  blockNote: TextBlock;
}

export interface SeveralDrugsView {
  geometry: BlockRows[];
  texts: SeveralDrugsText[];
  legend: { kind: 'drug' | 'placebo'; swatch: Rect; label: TextBlock }[];
  caveat: TextBlock;
}

/** Distances in drawing units, chosen by eye on the phone and wide drawings. */
const space = {
  /** From the last subline to the first row's label, and from the trial labels to the second row's. */
  row: 22,
  /** From a row label's last line to its blocks. */
  bar: 8,
  /** The blocks' height: lower on phones, where they are narrower. */
  barHeight: { wide: 56, phone: 44 },
  /** From the blocks to the top of the trial labels under them. */
  trialLabel: 6,
  /** From the blocks to the legend. */
  legend: 26,
  /** A legend swatch's side, the space from it to its label, and from that label to the next swatch. */
  swatch: 20,
  swatchLabel: 8,
  legendItem: 24,
  /** A legend label's baseline below the swatch's top, which centres it on the swatch. */
  legendBaseline: 15,
  /** From the legend to the block note, and from the block note to the caveat. */
  note: 2,
  caveat: 6,
  /** Under the last line of text, for its descenders. */
  descent: 6,
};

export function layoutSeveralDrugs(
  data: TrialSizeData,
  options: TrialSizeOptions,
  labels: SeveralDrugsLabels,
  size: ChartSize,
  width: number,
): { view: SeveralDrugsView; height: number } {
  const words = data.multi.map((row) => labels.row(row));
  const headlines = layoutHeadlines(words, width);
  const rowLines = (label: RowLabel) => ({ head: wrapText(label.head, width, { bold: true }), body: wrapText(label.body, width) });
  const rows = words.map((w) => ({ separate: rowLines(w.separate), shared: rowLines(w.shared), blockNote: wrapText(w.blockNote, width) }));
  const labelHeight = (lines: { head: string[]; body: string[] }[]) => maxLines(lines.map((l) => [...l.head, ...l.body])) * lineStep;

  const barHeight = space.barHeight[size === 'wide' ? 'wide' : 'phone'];
  const separateLabelY = headlines.lastBaseline + lineStep + space.row;
  // A label's first baseline is a font size below its top: its blocks start its height below that top.
  const separateBarY = separateLabelY + labelHeight(rows.map((r) => r.separate)) - fontSize + space.bar;
  const trialLabelY = separateBarY + barHeight + fontSize + space.trialLabel;
  const sharedLabelY = trialLabelY + lineStep + space.row;
  const sharedBarY = sharedLabelY + labelHeight(rows.map((r) => r.shared)) - fontSize + space.bar;
  const geometry = layoutBlockRows(options.treatments, width, { separateLabelY, separateBarY, trialLabelY, sharedLabelY, sharedBarY, barHeight }, labels.trial);

  const legendY = sharedBarY + barHeight + space.legend;
  const noteY = legendY + space.swatch + lineStep + space.note;
  const texts: SeveralDrugsText[] = data.multi.map((row, i) => {
    const rowText = (lines: { head: string[]; body: string[] }, y: number, name: string): RowText => ({
      label: { x: 0, y, lines: [...lines.head, ...lines.body] },
      boldLines: lines.head.length,
      name,
    });
    return {
      ...row,
      ...headlines.blocks[i]!,
      rows: {
        separate: rowText(rows[i]!.separate, separateLabelY, words[i]!.separate.name),
        shared: rowText(rows[i]!.shared, sharedLabelY, words[i]!.shared.name),
      },
      blockNote: { x: 0, y: noteY, lines: rows[i]!.blockNote },
    };
  });

  const swatch = (x: number) => ({ x, y: legendY, width: space.swatch, height: space.swatch });
  const legendLabel = (swatchX: number, text: string): TextBlock => ({
    x: swatchX + space.swatch + space.swatchLabel,
    y: legendY + space.legendBaseline,
    lines: [text],
  });
  const placeboX = space.swatch + space.swatchLabel + textWidth(labels.legend.drug) + space.legendItem;
  const legend = [
    { kind: 'drug' as const, swatch: swatch(0), label: legendLabel(0, labels.legend.drug) },
    { kind: 'placebo' as const, swatch: swatch(placeboX), label: legendLabel(placeboX, labels.legend.placebo) },
  ];
  const caveatLines = wrapText(labels.caveat, width);
  const caveat = { x: 0, y: noteY + maxLines(rows.map((r) => r.blockNote)) * lineStep + space.caveat, lines: caveatLines };
  const height = caveat.y + (caveatLines.length - 1) * lineStep + space.descent;
  return { height, view: { geometry, texts, legend, caveat } };
}
