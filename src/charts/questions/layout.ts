/**
 * The research questions as a matrix: one cell for each symptom and kind of question, with a
 * numbered mark for each question in its cell. Wide screens have a row per symptom and a column
 * per kind; phones turn it round (a row per kind, a column per symptom) so every label still fits
 * at 15 units. Each symptom has its own colour and its own shape. Pure: ids and labels in,
 * positions and wrapped text out.
 */
import { scaleBand } from 'd3';
import type { Rect } from '../frame/geometry';
import { fontSize, lineHeight, textWidth, wrapText } from '../frame/text';
import type { ChartSize } from '../frame/types';
import { chartWidths, narrowForCompact } from '../frame/types';

export type { Rect };

export interface SymptomInput {
  id: string;
  label: string;
  /** Series number for colour (1–4); it also picks the shape. */
  series: number;
}

export interface KindInput {
  id: string;
  label: string;
}

export interface QuestionInput {
  id: string;
  /** The number on the mark and in the list. */
  number: number;
  symptom: string;
  kind: string;
}

export interface QuestionsInput {
  /** The rows on wide screens, in page order. */
  symptoms: readonly SymptomInput[];
  /** The columns on wide screens. */
  kinds: readonly KindInput[];
  /** Every question, in the order its marks are numbered. */
  questions: readonly QuestionInput[];
}

export type QuestionShape = 'circle' | 'square' | 'diamond' | 'triangle';
export const shapes: readonly QuestionShape[] = ['circle', 'square', 'diamond', 'triangle'];

/** Each series has its own shape as well as its own colour. */
export function shapeOf(series: number): QuestionShape {
  return shapes[(Math.max(1, Math.round(series)) - 1) % shapes.length]!;
}

/** Wrapped text: the first baseline is `top + fontSize`, then one line every `lineHeight` em. */
export interface TextBlock {
  lines: string[];
  x: number;
  top: number;
  anchor: 'start' | 'middle' | 'end';
  /** The width the lines were wrapped to. */
  maxWidth: number;
}

export interface Icon {
  shape: QuestionShape;
  series: number;
  cx: number;
  cy: number;
  size: number;
}

export interface HeaderLayout {
  id: string;
  label: TextBlock;
  count: TextBlock;
  /** The symptom's shape in its colour, as a key. */
  icon?: Icon;
}

export interface CellLayout {
  symptom: string;
  kind: string;
  count: number;
  rect: Rect;
  countText: TextBlock;
}

export interface MarkLayout {
  id: string;
  number: number;
  symptom: string;
  kind: string;
  series: number;
  shape: QuestionShape;
  /** The mark's square: its shape is drawn inside it. */
  box: Rect;
  cx: number;
  cy: number;
  /** The baseline of the number: lower in a triangle, where it is wider. */
  numberY: number;
}

export interface QuestionsLayout {
  width: number;
  height: number;
  /** Wide: a row per symptom. Narrow: a row per kind of question. */
  rows: 'symptoms' | 'kinds';
  rowHeaders: HeaderLayout[];
  columnHeaders: HeaderLayout[];
  cells: CellLayout[];
  /** In reading order: row by row, cell by cell, then by number. */
  marks: MarkLayout[];
}

/** The side of a question mark's square, and the gap between marks. */
export const markSize = 40;
export const markGap = 4;
const iconSize = 24;
const cellPadding = 5;
const line = fontSize * lineHeight;
/** Headings are bold, and measured so. */
const wrapBold = (text: string, maxWidth: number) => wrapText(text, maxWidth, { bold: true });

/** "None", "1 question", "3 questions". */
export function countText(count: number): string {
  if (count === 0) return 'None';
  return `${count} question${count === 1 ? '' : 's'}`;
}

/** The box a text block takes up, from the estimated width of its longest line. */
export function textBox(block: TextBlock): Rect {
  const width = Math.max(0, ...block.lines.map((text) => textWidth(text)));
  const x = block.anchor === 'start' ? block.x : block.anchor === 'middle' ? block.x - width / 2 : block.x - width;
  return { x, y: block.top, width, height: block.lines.length * line };
}

/** The shape of a mark or key as an SVG path, centred on (cx, cy), inside a square of side `size`. */
export function shapePath(shape: QuestionShape, cx: number, cy: number, size: number): string {
  const r = (value: number) => Math.round(value * 100) / 100;
  const half = size / 2;
  switch (shape) {
    case 'circle': {
      const radius = half * 0.95;
      return `M${r(cx - radius)} ${r(cy)}a${r(radius)} ${r(radius)} 0 1 0 ${r(radius * 2)} 0a${r(radius)} ${r(radius)} 0 1 0 ${r(-radius * 2)} 0Z`;
    }
    case 'square': {
      const side = half * 0.9;
      return `M${r(cx - side)} ${r(cy - side)}H${r(cx + side)}V${r(cy + side)}H${r(cx - side)}Z`;
    }
    case 'diamond':
      return `M${r(cx)} ${r(cy - half)}L${r(cx + half)} ${r(cy)}L${r(cx)} ${r(cy + half)}L${r(cx - half)} ${r(cy)}Z`;
    case 'triangle':
      return `M${r(cx)} ${r(cy - half)}L${r(cx + half)} ${r(cy + half)}H${r(cx - half)}Z`;
  }
}

/** The baseline that centres a number in a shape; a triangle is wide enough only near its base. */
function numberBaseline(shape: QuestionShape, cy: number): number {
  return shape === 'triangle' ? cy + markSize * 0.36 : cy + fontSize * 0.35;
}

/** How many marks fit on one line of a cell, and how tall the marks and their count are. */
function cellContent(count: number, width: number) {
  const inner = width - cellPadding * 2;
  const perLine = Math.max(1, Math.floor((inner + markGap) / (markSize + markGap)));
  const markLines = Math.ceil(count / perLine);
  const marksHeight = markLines === 0 ? 0 : markLines * markSize + (markLines - 1) * markGap;
  // A count that would break over two lines (on phones) is left out: the marks show it, and the headings total it.
  const wrapped = wrapText(countText(count), inner);
  const countLines = count > 0 && wrapped.length > 1 ? [] : wrapped;
  const countTop = cellPadding + marksHeight + (count > 0 && countLines.length > 0 ? 4 : 0);
  return { perLine, marksHeight, countLines, countTop, height: countTop + countLines.length * line + cellPadding };
}

/** Checks that every question belongs to a row and a column, so none is silently left out. */
function check(input: QuestionsInput) {
  const symptoms = new Set(input.symptoms.map((s) => s.id));
  const kinds = new Set(input.kinds.map((k) => k.id));
  for (const q of input.questions) {
    if (!symptoms.has(q.symptom)) throw new Error(`Question "${q.id}" is about "${q.symptom}", which is not one of the chart's symptoms.`);
    if (!kinds.has(q.kind)) throw new Error(`Question "${q.id}" is of kind "${q.kind}", which is not one of the chart's kinds.`);
  }
}

/** Places one cell's marks: centred lines of marks at the top, the count under them. */
function placeCell(rect: Rect, symptom: SymptomInput, kind: KindInput, questions: readonly QuestionInput[]): { cell: CellLayout; marks: MarkLayout[] } {
  const content = cellContent(questions.length, rect.width);
  const shape = shapeOf(symptom.series);
  const marks = questions.map((q, index) => {
    const lineIndex = Math.floor(index / content.perLine);
    const onLine = Math.min(content.perLine, questions.length - lineIndex * content.perLine);
    const lineWidth = onLine * markSize + (onLine - 1) * markGap;
    const x = rect.x + (rect.width - lineWidth) / 2 + (index % content.perLine) * (markSize + markGap);
    const y = rect.y + cellPadding + lineIndex * (markSize + markGap);
    const cy = y + markSize / 2;
    return {
      id: q.id,
      number: q.number,
      symptom: symptom.id,
      kind: kind.id,
      series: symptom.series,
      shape,
      box: { x, y, width: markSize, height: markSize },
      cx: x + markSize / 2,
      cy,
      numberY: numberBaseline(shape, cy),
    };
  });
  const countText: TextBlock = {
    lines: content.countLines,
    x: rect.x + rect.width / 2,
    top: rect.y + content.countTop,
    anchor: 'middle',
    maxWidth: rect.width - cellPadding * 2,
  };
  return { cell: { symptom: symptom.id, kind: kind.id, count: questions.length, rect, countText }, marks };
}

export function layoutQuestions(input: QuestionsInput, size: ChartSize): QuestionsLayout {
  check(input);
  const width = chartWidths[narrowForCompact(size)];
  const symptoms: Axis[] = input.symptoms.map((s) => ({
    id: s.id,
    label: s.label,
    total: countText(input.questions.filter((q) => q.symptom === s.id).length),
    series: s.series,
  }));
  const kinds: Axis[] = input.kinds.map((k) => ({ id: k.id, label: k.label, total: countText(input.questions.filter((q) => q.kind === k.id).length) }));
  const symptomById = new Map(input.symptoms.map((s) => [s.id, s]));
  const kindById = new Map(input.kinds.map((k) => [k.id, k]));
  const wide = size === 'wide';
  return matrix({
    width,
    rows: wide ? symptoms : kinds,
    columns: wide ? kinds : symptoms,
    rowsAre: wide ? 'symptoms' : 'kinds',
    cell: (row, column) => {
      const symptom = symptomById.get(wide ? row : column)!;
      const kind = kindById.get(wide ? column : row)!;
      const questions = input.questions.filter((q) => q.symptom === symptom.id && q.kind === kind.id).sort((a, b) => a.number - b.number);
      return { symptom, kind, questions };
    },
  });
}

/** One side of the matrix: symptoms (with their shape as a key) or kinds of question. */
interface Axis {
  id: string;
  label: string;
  /** "3 questions" */
  total: string;
  series?: number;
}

interface MatrixInput {
  width: number;
  rows: Axis[];
  columns: Axis[];
  rowsAre: QuestionsLayout['rows'];
  cell: (row: string, column: string) => { symptom: SymptomInput; kind: KindInput; questions: QuestionInput[] };
}

/**
 * The grid: column headings across the top (a symptom's shape over its name), and for each row
 * a strip with its name (and shape) on the left and its count on the right, above its cells.
 */
function matrix({ width, rows, columns: columnAxis, rowsAre, cell }: MatrixInput): QuestionsLayout {
  const columns = scaleBand<string>()
    .domain(columnAxis.map((c) => c.id))
    .range([0, width]);
  const band = columns.bandwidth();
  const headingWidth = band - 4;

  // Column headings: the shape (if any) on top, names under it, and the counts in one line across.
  const hasIcons = columnAxis.some((c) => c.series !== undefined);
  const iconBlock = hasIcons ? iconSize + 4 : 0;
  const columnText = columnAxis.map((c) => ({ axis: c, lines: wrapBold(c.label, headingWidth), count: wrapText(c.total, headingWidth) }));
  const labelLines = Math.max(0, ...columnText.map((c) => c.lines.length));
  const countLines = Math.max(0, ...columnText.map((c) => c.count.length));
  const headHeight = columnText.length === 0 ? 0 : iconBlock + (labelLines + countLines) * line;
  const columnHeaders: HeaderLayout[] = columnText.map(({ axis, lines, count }) => {
    const x = columns(axis.id)! + band / 2;
    // Under shapes, names line up at the top, under the shapes; without them, at the bottom, on the counts.
    const labelTop = iconBlock + (hasIcons ? 0 : (labelLines - lines.length) * line);
    return {
      id: axis.id,
      label: { lines, x, top: labelTop, anchor: 'middle', maxWidth: headingWidth },
      count: { lines: count, x, top: iconBlock + labelLines * line, anchor: 'middle', maxWidth: headingWidth },
      ...(axis.series !== undefined && {
        icon: { shape: shapeOf(axis.series), series: axis.series, cx: x, cy: iconSize / 2, size: iconSize },
      }),
    };
  });

  // Row strips: name on the left (after its shape, if any), count at the right.
  const countWidth = Math.max(0, ...rows.map((r) => textWidth(r.total)));
  const rowIconGap = rows.some((r) => r.series !== undefined) ? iconSize + 6 : 0;
  const rowLabelWidth = Math.max(textWidth('M'), width - rowIconGap - countWidth - 12);
  const cellHeight = Math.max(0, ...rows.flatMap((r) => columnAxis.map((c) => cellContent(cell(r.id, c.id).questions.length, band).height)));
  const rowGap = 12;

  const rowHeaders: HeaderLayout[] = [];
  const cells: CellLayout[] = [];
  const marks: MarkLayout[] = [];
  let top = headHeight === 0 ? 0 : headHeight + 8;
  for (const row of rows) {
    const lines = wrapBold(row.label, rowLabelWidth);
    rowHeaders.push({
      id: row.id,
      label: { lines, x: rowIconGap, top, anchor: 'start', maxWidth: rowLabelWidth },
      count: { lines: [row.total], x: width, top, anchor: 'end', maxWidth: countWidth },
      ...(row.series !== undefined && {
        icon: { shape: shapeOf(row.series), series: row.series, cx: iconSize / 2, cy: top + iconSize / 2, size: iconSize },
      }),
    });
    const cellTop = top + Math.max(lines.length * line, row.series === undefined ? 0 : iconSize) + 4;
    for (const column of columnAxis) {
      const { symptom, kind, questions } = cell(row.id, column.id);
      const placed = placeCell({ x: columns(column.id)!, y: cellTop, width: band, height: cellHeight }, symptom, kind, questions);
      cells.push(placed.cell);
      marks.push(...placed.marks);
    }
    top = cellTop + cellHeight + rowGap;
  }
  const height = rows.length === 0 ? Math.max(0, top - 8) : top - rowGap;
  return { width, height: Math.ceil(height), rows: rowsAre, rowHeaders, columnHeaders, cells, marks };
}

/**
 * The questions in reading order of the wide chart (by symptom, then kind, then the source's order),
 * numbered from 1, so the marks read 1, 2, 3… row by row.
 */
export function numberQuestions<Q extends { symptom: string; kind: string; order: number }>(
  questions: readonly Q[],
  symptoms: readonly string[],
  kinds: readonly string[],
): (Q & { number: number })[] {
  const rank = (list: readonly string[], id: string) => (list.includes(id) ? list.indexOf(id) : list.length);
  return [...questions]
    .sort((a, b) => rank(symptoms, a.symptom) - rank(symptoms, b.symptom) || rank(kinds, a.kind) - rank(kinds, b.kind) || a.order - b.order)
    .map((q, index) => ({ ...q, number: index + 1 }));
}
