/**
 * Where the pipeline's parts go across the drawing: the name, the stages the bar runs through,
 * and the status at the right edge. Phones give the bar the whole width and put the name above it.
 */
import type { ChartSize } from '../frame/types';
import { chartWidths, isPhoneSize } from '../frame/types';

/** Wide screens: the width given to a therapy's name, left of the bar. */
const wideNameWidth = 190;
/** Wide screens: the space between the name and the bar, so a long name's last letter never touches it. */
const wideNameGap = 10;
/** Wide screens: the width kept right of the bar for the status, which fits the longest ("Did not work"). */
const wideStatusWidth = 110;

export interface PipelineColumns {
  width: number;
  /** Where the stage area starts and how wide each stage is. */
  stageX: number;
  stageWidth: number;
  /** How many stages the bar runs through. */
  stageCount: number;
  /** Phones put the name on its own line above the bar; wide screens put it beside the bar. */
  stacked: boolean;
  /** The most width a name gets: beside the bar on wide screens, the whole width on phones. */
  nameWidth: number;
}

export function pipelineColumns(size: ChartSize, stageCount: number): PipelineColumns {
  const width = chartWidths[size];
  if (isPhoneSize(size)) return { width, stageX: 0, stageWidth: width / stageCount, stageCount, stacked: true, nameWidth: width };
  const stageX = wideNameWidth + wideNameGap;
  const stageWidth = (width - stageX - wideStatusWidth) / stageCount;
  return { width, stageX, stageWidth, stageCount, stacked: false, nameWidth: wideNameWidth };
}
