/**
 * The progression diagram on phones, read top to bottom: each group under its heading, a
 * downward arrow with its words beside it between groups, and the factors in a grid below.
 */
import type { Rect } from '../frame/geometry';
import { fontSize, wrapText, type TextBlock, lineStep } from '../frame/text';
import { areaArrowGap, arrow, arrowGap } from './arrow';
import { bottomEdge, bottomOf, factorGrid, heading, headingHeight, partsByKind, stack } from './boxes';
import type { Arrow, ProgressionBox, ProgressionLabels, ProgressionLayout, ProgressionPartInput, ProgressionPartKind } from './types';

/** An arrow's words start this far right of it, and keep this far from the drawing's right edge. */
const arrowLabelGap = 14;
const arrowLabelMargin = 10;
/** The shortest arrow between two groups; one with words is as long as they need, with this to spare. */
const minArrowLength = 34;
const arrowLabelSpare = 12;
/** The arrow's words sit this much above the middle of their space: a line's ink is above its baseline. */
const arrowLabelRise = 2;
/** The space between two boxes in one group. */
const boxGap = 8;
/** The space above the factors, which the arrow from them to the result crosses. */
const factorsDrop = 40;
const factorColumns = 2;

export function layoutNarrow(parts: readonly ProgressionPartInput[], labels: ProgressionLabels, width: number): ProgressionLayout {
  const { process: processes, compensation, outcome: outcomes, factor: factors } = partsByKind(parts);
  const headings: ProgressionLayout['headings'] = [];
  const boxes: ProgressionBox[] = [];
  const arrows: Arrow[] = [];
  const centre = width / 2;
  let y = 0;
  /** The bottom of the group before, where the next arrow starts. */
  let previous: number | undefined;
  const group = (kind: ProgressionPartKind, items: readonly ProgressionPartInput[], arrowLabel?: string, dashed = false) => {
    if (items.length === 0) return;
    let label: TextBlock | undefined;
    if (previous !== undefined) {
      // A downward arrow from the group before, with its words beside it.
      const lines = arrowLabel ? wrapText(arrowLabel, width - centre - arrowLabelGap - arrowLabelMargin, { breakWords: true }) : [];
      const length = Math.max(minArrowLength, lines.length * lineStep + arrowLabelSpare);
      if (lines.length > 0) {
        const labelY = previous + (length - lines.length * lineStep) / 2 + fontSize - arrowLabelRise;
        label = { x: centre + arrowLabelGap, y: labelY, lines, anchor: 'start' };
      }
      arrows.push(arrow(centre, previous + arrowGap, centre, previous + length - arrowGap, dashed, label));
      y = previous + length;
    }
    const head = heading(kind, labels.headings[kind], 0, y, width);
    headings.push(head);
    y += headingHeight(head);
    const placed = stack(items, 0, y, width, boxGap, kind === 'compensation');
    boxes.push(...placed);
    y = bottomOf(placed, y);
    previous = y;
  };
  group('process', processes);
  group('compensation', compensation);
  group('outcome', outcomes, labels.failure, true);

  let factorArea: Rect | undefined;
  if (factors.length > 0) {
    const gridTop = boxes.length > 0 ? y + factorsDrop : y;
    const grid = factorGrid(factors, labels.headings.factor, gridTop, width, factorColumns);
    headings.push(grid.head);
    boxes.push(...grid.boxes);
    factorArea = grid.area;
    if (outcomes.length > 0) arrows.push(arrow(centre, gridTop - areaArrowGap, centre, y + arrowGap));
    y = grid.area.y + grid.area.height;
  }
  return { width, height: Math.ceil(y + bottomEdge), lineHeight: lineStep, boxes, headings, arrows, ...(factorArea ? { factorArea } : {}) };
}
