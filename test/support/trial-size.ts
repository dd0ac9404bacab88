/** The trial-size chart laid out on given options with the spec's words, and its texts as boxes, for the layout tests. */
import { trialSizeLabels } from '../../src/charts/trial-size/chart';
import { trialSizeData, type TrialSizeOptions } from '../../src/charts/trial-size/data';
import { largeSize } from '../../src/charts/trial-size/headline';
import { layoutTrialSize, type TrialSizeLayout } from '../../src/charts/trial-size/layout';
import type { RowText } from '../../src/charts/trial-size/several-drugs';
import type { TextBlock, TextOptions } from '../../src/charts/frame/text';
import { fontSize, lineHeight, textWidth } from '../../src/charts/frame/text';
import type { ChartSize } from '../../src/charts/frame/types';

export const options: TrialSizeOptions = { effects: [0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8], powers: [80, 90], treatments: [2, 3, 4] };
export const layout = (o: TrialSizeOptions, size: ChartSize) => layoutTrialSize(trialSizeData(o), o, trialSizeLabels, size);
export const line = fontSize * lineHeight;
export const bold: TextOptions = { bold: true };
export const large: TextOptions = { size: largeSize, bold: true };

export interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** A text block's box: from the top of its first line to the bottom of its last. */
export function textBox(block: TextBlock, { size = fontSize, bold = false }: TextOptions = {}): Box {
  const width = Math.max(0, ...block.lines.map((l) => textWidth(l, { size, bold })));
  const anchor = block.anchor ?? 'start';
  const left = anchor === 'start' ? block.x : anchor === 'end' ? block.x - width : block.x - width / 2;
  // Glyphs rise about 0.8 of the size above the baseline and drop about 0.25 below it.
  return { left, right: left + width, top: block.y - size * 0.8, bottom: block.y + (block.lines.length - 1) * size * lineHeight + size * 0.25 };
}

export const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/** A row label's boxes: its head in bold, then its body. */
export function rowLabelBoxes({ label, boldLines }: RowText): Box[] {
  const body = { ...label, y: label.y + boldLines * line, lines: label.lines.slice(boldLines) };
  return [textBox({ ...label, lines: label.lines.slice(0, boldLines) }, bold), ...(body.lines.length > 0 ? [textBox(body)] : [])];
}

/** Every text the layout places, as boxes, to check they stay inside the drawing. */
export function allText(l: TrialSizeLayout): Box[] {
  const { oneDrug: one, severalDrugs: several } = l;
  return [
    ...one.markers.flatMap((m) => [textBox(m.headline, large), textBox(m.subline), textBox(m.value, bold)]),
    textBox(one.yTitle),
    textBox(one.xTitle),
    ...one.yTicks.map((t) => textBox(t.label)),
    ...one.xTicks.map((t) => textBox(t.label, bold)),
    ...one.lines.map((p) => textBox(p.label, bold)),
    ...several.texts.flatMap((t) => [
      textBox(t.headline, large),
      textBox(t.subline),
      textBox(t.blockNote),
      ...rowLabelBoxes(t.rows.separate),
      ...rowLabelBoxes(t.rows.shared),
    ]),
    ...several.geometry.flatMap((g) => g.separate.trialLabels.map((t) => textBox(t))),
    ...several.legend.map((item) => textBox(item.label)),
    textBox(several.caveat),
    textBox(l.note),
  ];
}
