/**
 * The stage names across the top of the pipeline, each over its stage. Where the names would
 * run into each other (the compact drawing, for larger text), every other one takes a second row.
 */
import { fontSize, textWidth, type TextBlock, lineStep } from '../frame/text';
import type { PipelineColumns } from './columns';

/** The least space between two stage names on one row. */
const stageLabelGap = 8;
/** The space between the stage names and the first row under them. */
const headerGap = 14;

/** The stage names, in stage order, and the height of the header they make. */
export function stageLabels(names: readonly string[], g: PipelineColumns): { labels: TextBlock[]; height: number } {
  // Each name is centred on its stage, but kept inside the drawing where a stage is narrower than
  // its name. Names are bold: where two would come closer than stageLabelGap, every other name
  // goes on a second row, two stages' width apart.
  const centres = names.map((name, index) => Math.min(Math.max(g.stageX + g.stageWidth * (index + 0.5), textWidth(name) / 2), g.width - textWidth(name) / 2));
  const boldHalf = (name: string) => textWidth(name, { bold: true }) / 2;
  const crowded = names.some(
    (name, index) => index > 0 && centres[index]! - boldHalf(name) - (centres[index - 1]! + boldHalf(names[index - 1]!)) < stageLabelGap,
  );
  return {
    labels: names.map((name, index) => ({
      lines: [name],
      x: centres[index]!,
      y: fontSize + (crowded && index % 2 === 1 ? lineStep : 0),
      anchor: 'middle',
    })),
    height: (crowded ? 2 : 1) * lineStep + headerGap,
  };
}
