/**
 * The research-questions grid: column headings across the top (a symptom's shape over its name),
 * and for each row a strip with its name (and shape) on the left and its total on the right,
 * above its cells.
 */
import { scaleBand } from 'd3';
import { fontSize, textWidth, wrapText, lineStep } from '../frame/text';
import { type CellInput, cellContent, placeCell } from './cells';
import { shapeOf, symbolSide } from './marks';
import type { CellLayout, HeaderLayout, Icon, MarkLayout, QuestionsLayout } from './types';

/** The side of a symptom's shape beside its name: smaller than a mark, so it reads as a key. */
const iconSize = 24;
/** The space between neighbouring column headings, so wrapped names never touch. */
const headingGap = 4;
/** The space between a column's shape and its name under it. */
const iconGap = 4;
/** The space between a row's shape and its name. */
const rowIconGap = 6;
/** The least space between a row's name and its total at the right. */
const rowCountGap = 12;
/** The space between the column headings and the first row. */
const headGap = 8;
/** The space between a row's strip and its cells. */
const stripGap = 4;
/** The space between one row's cells and the next row's strip. */
const rowGap = 12;
/** Headings are bold, and measured so. */
const wrapBold = (text: string, maxWidth: number) => wrapText(text, maxWidth, { bold: true });

/** One side of the matrix: symptoms (with their shape as a key) or kinds of question. */
export interface Axis {
  id: string;
  label: string;
  /** "3 questions" */
  total: string;
  series?: number;
}

export interface MatrixInput {
  width: number;
  rows: Axis[];
  columns: Axis[];
  rowsAre: QuestionsLayout['rows'];
  cell: (row: string, column: string) => CellInput;
}

function icon(series: number, cx: number, cy: number): Icon {
  const shape = shapeOf(series);
  return { shape, series, cx, cy, size: iconSize, side: symbolSide(shape, iconSize) };
}

export function matrix({ width, rows, columns: columnAxis, rowsAre, cell }: MatrixInput): QuestionsLayout {
  const columns = scaleBand<string>()
    .domain(columnAxis.map((c) => c.id))
    .range([0, width]);
  const band = columns.bandwidth();
  const headingWidth = band - headingGap;

  // Column headings: the shape (if any) on top, names under it, and the counts in one line across.
  const hasIcons = columnAxis.some((c) => c.series !== undefined);
  const iconBlock = hasIcons ? iconSize + iconGap : 0;
  const columnText = columnAxis.map((c) => ({ axis: c, lines: wrapBold(c.label, headingWidth), count: wrapText(c.total, headingWidth) }));
  const labelLines = Math.max(0, ...columnText.map((c) => c.lines.length));
  const countLines = Math.max(0, ...columnText.map((c) => c.count.length));
  const headHeight = columnText.length === 0 ? 0 : iconBlock + (labelLines + countLines) * lineStep;
  const columnHeaders: HeaderLayout[] = columnText.map(({ axis, lines, count }) => {
    const x = columns(axis.id)! + band / 2;
    // Under shapes, names line up at the top, under the shapes; without them, at the bottom, on the counts.
    const labelTop = iconBlock + (hasIcons ? 0 : (labelLines - lines.length) * lineStep);
    return {
      id: axis.id,
      label: { lines, x, y: labelTop + fontSize, anchor: 'middle' },
      labelWidth: headingWidth,
      count: { lines: count, x, y: iconBlock + labelLines * lineStep + fontSize, anchor: 'middle' },
      countWidth: headingWidth,
      ...(axis.series !== undefined && { icon: icon(axis.series, x, iconSize / 2) }),
    };
  });

  // Row strips: name on the left (after its shape, if any), count at the right.
  const countWidth = Math.max(0, ...rows.map((r) => textWidth(r.total)));
  const labelLeft = rows.some((r) => r.series !== undefined) ? iconSize + rowIconGap : 0;
  const rowLabelWidth = Math.max(textWidth('M'), width - labelLeft - countWidth - rowCountGap);
  const cellHeight = Math.max(
    0,
    ...rows.flatMap((r) =>
      columnAxis.map((c) => {
        const { questions, countText } = cell(r.id, c.id);
        return cellContent(questions.length, countText, band).height;
      }),
    ),
  );

  const rowHeaders: HeaderLayout[] = [];
  const cells: CellLayout[] = [];
  const marks: MarkLayout[] = [];
  let top = headHeight === 0 ? 0 : headHeight + headGap;
  for (const row of rows) {
    const lines = wrapBold(row.label, rowLabelWidth);
    rowHeaders.push({
      id: row.id,
      label: { lines, x: labelLeft, y: top + fontSize, anchor: 'start' },
      labelWidth: rowLabelWidth,
      count: { lines: [row.total], x: width, y: top + fontSize, anchor: 'end' },
      countWidth,
      ...(row.series !== undefined && { icon: icon(row.series, iconSize / 2, top + iconSize / 2) }),
    });
    const cellTop = top + Math.max(lines.length * lineStep, row.series === undefined ? 0 : iconSize) + stripGap;
    for (const column of columnAxis) {
      const placed = placeCell({ x: columns(column.id)!, y: cellTop, width: band, height: cellHeight }, cell(row.id, column.id));
      cells.push(placed.cell);
      marks.push(...placed.marks);
    }
    top = cellTop + cellHeight + rowGap;
  }
  const height = rows.length === 0 ? headHeight : top - rowGap;
  return { width, height: Math.ceil(height), rows: rowsAre, rowHeaders, columnHeaders, cells, marks };
}
