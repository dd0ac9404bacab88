/**
 * The progression diagram on wide screens, read left to right: what causes damage pushes on the
 * barrier, a dashed arrow leads on to the result, and the factors sit in a grid below.
 */
import type { Rect } from '../frame/geometry';
import { fontSize, wrapText, lineStep } from '../frame/text';
import { areaArrowGap, arrow, arrowGap } from './arrow';
import { bottomEdge, bottomOf, factorGrid, heading, headingHeight, makeBox, partsByKind, stack } from './boxes';
import type { Arrow, ProgressionLabels, ProgressionLayout, ProgressionPartInput } from './types';

/**
 * The columns, left to right: what causes damage, the barrier and the result. The spaces between
 * them hold the arrows that push on the barrier, then the failure's dashed arrow and its words.
 */
const cols = { process: { x: 0, w: 216 }, compensation: { x: 260, w: 152 }, outcome: { x: 548, w: 172 } };
/** The space between the headings and the boxes under them. */
const headingsGap = 6;
/** The space between two boxes in one column. */
const boxGap = 12;
/** A push arrow meets the barrier at least this far inside its top and bottom. */
const barrierInset = 8;
/** The failure's words keep this far from the result's box. */
const failureLabelGap = 12;
/** The failure's words sit this far under the dashed arrow. */
const failureLabelDrop = 8;
/** Room under the failure's last baseline for its descenders. */
const descent = 5;
/** The space above the factors, which the arrow from them to the result crosses. */
const factorsDrop = 44;
const factorColumns = 3;

export function layoutWide(parts: readonly ProgressionPartInput[], labels: ProgressionLabels, width: number): ProgressionLayout {
  const byKind = partsByKind(parts);
  const { process: processes, compensation, outcome: outcomes, factor: factors } = byKind;
  const headings: ProgressionLayout['headings'] = [];
  const mainKinds = (['process', 'compensation', 'outcome'] as const).filter((k) => byKind[k].length > 0);
  for (const kind of mainKinds) headings.push(heading(kind, labels.headings[kind], cols[kind].x, 0, cols[kind].w));
  const top = Math.max(0, ...headings.map(headingHeight)) + (headings.length > 0 ? headingsGap : 0);

  const processBoxes = stack(processes, cols.process.x, top, cols.process.w, boxGap);
  const processBottom = bottomOf(processBoxes, top);
  // The barrier is as tall as the column that pushes on it.
  const span = processBottom - top;
  const compensationBoxes =
    compensation.length === 1
      ? [makeBox(compensation[0]!, cols.compensation.x, top, cols.compensation.w, { minHeight: span })]
      : stack(compensation, cols.compensation.x, top, cols.compensation.w, boxGap);
  const barrierBottom = bottomOf(compensationBoxes, top);
  const mainBottom = Math.max(processBottom, barrierBottom);
  const middle = (top + mainBottom) / 2;
  const outcomeHeight = bottomOf(stack(outcomes, 0, 0, cols.outcome.w, boxGap), 0);
  const outcomeBoxes = stack(outcomes, cols.outcome.x, Math.max(top, middle - outcomeHeight / 2), cols.outcome.w, boxGap);
  const arrows: Arrow[] = [];
  const barrier = compensationBoxes.length > 0 ? { top: compensationBoxes[0]!.box.y, bottom: barrierBottom } : undefined;
  if (barrier) {
    for (const p of processBoxes) {
      const y = Math.min(Math.max(p.box.y + p.box.height / 2, barrier.top + barrierInset), barrier.bottom - barrierInset);
      arrows.push(arrow(p.box.x + p.box.width + arrowGap, y, cols.compensation.x - arrowGap, y));
    }
  }
  if (outcomeBoxes.length > 0) {
    const target = outcomeBoxes[0]!.box;
    const y = target.y + target.height / 2;
    const from = barrier
      ? cols.compensation.x + cols.compensation.w + arrowGap
      : processBoxes.length > 0
        ? cols.process.x + cols.process.w + arrowGap
        : cols.compensation.x;
    const lines = wrapText(labels.failure, cols.outcome.x - from - failureLabelGap, { breakWords: true });
    const label = { x: (from + cols.outcome.x) / 2, y: y + failureLabelDrop + fontSize, lines, anchor: 'middle' as const };
    arrows.push(arrow(from, y, cols.outcome.x - arrowGap, y, true, label));
  }

  let bottom = Math.max(
    mainBottom,
    bottomOf(outcomeBoxes, 0),
    ...arrows.filter((a) => a.label).map((a) => a.label!.y + (a.label!.lines.length - 1) * lineStep + descent),
  );
  let factorArea: Rect | undefined;
  const boxes = [...processBoxes, ...compensationBoxes, ...outcomeBoxes];
  if (factors.length > 0) {
    const gridTop = bottom + (boxes.length > 0 ? factorsDrop : 0);
    const grid = factorGrid(factors, labels.headings.factor, gridTop, width, factorColumns);
    headings.push(grid.head);
    boxes.push(...grid.boxes);
    factorArea = grid.area;
    // The factors shape the course: an arrow from their area up to the result.
    const target = outcomeBoxes[0]?.box;
    if (target) arrows.push(arrow(target.x + target.width / 2, gridTop - areaArrowGap, target.x + target.width / 2, target.y + target.height + arrowGap));
    bottom = grid.area.y + grid.area.height;
  }
  return { width, height: Math.ceil(bottom + bottomEdge), lineHeight: lineStep, boxes, headings, arrows, ...(factorArea ? { factorArea } : {}) };
}
