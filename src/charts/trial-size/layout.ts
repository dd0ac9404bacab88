/**
 * The trial-size chart: how many people a two-group trial needs for a given effect size and power
 * (data.ts), one figure with two views that the page shows and hides:
 * - "one drug" (one-drug.ts): people per group against effect size, one line per power level;
 * - "several drugs" (several-drugs.ts): separate two-group trials against one trial whose drug
 *   groups share one placebo group, as rows of blocks.
 * Pure: the numbers and the spec's words in, every position and line of text out, for every
 * combination of the controls.
 */
import type { TextBlock } from '../frame/text';
import { wrapText, lineStep } from '../frame/text';
import type { ChartSize } from '../frame/types';
import { chartWidths, narrowForCompact } from '../frame/types';
import type { TrialSizeData, TrialSizeOptions } from './data';

import { layoutOneDrug, type OneDrugLabels, type OneDrugView } from './one-drug';
import { layoutSeveralDrugs, type SeveralDrugsLabels, type SeveralDrugsView } from './several-drugs';

/** Every word the chart draws, from its spec (chart.ts). */
export interface TrialSizeLabels {
  oneDrug: OneDrugLabels;
  severalDrugs: SeveralDrugsLabels;
  /** Under both views, so the downloaded picture says it too: the numbers are illustrative. */
  note: string;
}

export interface TrialSizeLayout {
  width: number;
  height: number;
  oneDrug: OneDrugView;
  severalDrugs: SeveralDrugsView;
  note: TextBlock;
}

/** From the taller view to the note under both, and under the note for its descenders. */
const space = { note: 22, descent: 6 };

export function layoutTrialSize(data: TrialSizeData, options: TrialSizeOptions, labels: TrialSizeLabels, size: ChartSize): TrialSizeLayout {
  if (options.effects.length === 0 || options.powers.length === 0 || options.treatments.length === 0) {
    throw new Error('The trial-size chart needs at least one effect size, one power level and one number of drugs.');
  }
  // The compact drawing is the narrow one (narrowForCompact): the plot has no room for text 1.25× larger.
  const width = chartWidths[narrowForCompact(size)];
  const oneDrug = layoutOneDrug(data, options, labels.oneDrug, size, width);
  const severalDrugs = layoutSeveralDrugs(data, options, labels.severalDrugs, size, width);
  const note = { x: 0, y: Math.max(oneDrug.height, severalDrugs.height) + space.note, lines: wrapText(labels.note, width) };
  const height = note.y + (note.lines.length - 1) * lineStep + space.descent;
  return { width, height: Math.ceil(height), oneDrug: oneDrug.view, severalDrugs: severalDrugs.view, note };
}
