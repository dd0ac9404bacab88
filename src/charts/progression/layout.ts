/**
 * "What shapes progression" as an explanatory diagram: the processes that cause damage push
 * against a barrier (the body making up for the damage); past it, when it fails, disability
 * builds up; the personal factors sit below as things that may shape each person's course.
 * Wide screens read left to right (wide.ts); phones read top to bottom (narrow.ts). Pure: parts
 * and their words in, boxes, wrapped label lines and arrows out.
 */
import type { ChartSize } from '../frame/types';
import { chartWidths } from '../frame/types';
import { layoutNarrow } from './narrow';
import type { ProgressionLabels, ProgressionLayout, ProgressionPartInput } from './types';
import { layoutWide } from './wide';

export type { Arrow, ProgressionBox, ProgressionHeading, ProgressionLabels, ProgressionLayout, ProgressionPartInput, ProgressionPartKind } from './types';

export function layoutProgression(parts: readonly ProgressionPartInput[], labels: ProgressionLabels, size: ChartSize): ProgressionLayout {
  const width = chartWidths[size];
  return size === 'wide' ? layoutWide(parts, labels, width) : layoutNarrow(parts, labels, width);
}
