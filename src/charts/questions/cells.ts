/**
 * One cell of the research-questions grid: its questions' marks in centred lines at the top,
 * and under them the count in words.
 */
import { fontSize, wrapText, lineStep } from '../frame/text';
import { markGap, markSize, numberBaseline, shapeOf, symbolSide } from './marks';
import type { CellLayout, KindInput, MarkLayout, QuestionInput, Rect, SymptomInput } from './types';

/** The space between a cell's edge and its marks or count. */
export const cellPadding = 5;
/** The space between the last line of marks and the count under them. */
const countGap = 4;

/** How many marks fit on one line of a cell, and how tall the marks and their count are. */
export function cellContent(count: number, countText: string, width: number) {
  const inner = width - cellPadding * 2;
  const perLine = Math.max(1, Math.floor((inner + markGap) / (markSize + markGap)));
  const markLines = Math.ceil(count / perLine);
  const marksHeight = markLines === 0 ? 0 : markLines * markSize + (markLines - 1) * markGap;
  // A count that would break over two lines (on phones) is left out: the marks show it, and the headings total it.
  const wrapped = wrapText(countText, inner);
  const countLines = count > 0 && wrapped.length > 1 ? [] : wrapped;
  const countTop = cellPadding + marksHeight + (count > 0 && countLines.length > 0 ? countGap : 0);
  return { perLine, countLines, countTop, height: countTop + countLines.length * lineStep + cellPadding };
}

export interface CellInput {
  symptom: SymptomInput;
  kind: KindInput;
  /** The cell's questions, by number. */
  questions: readonly QuestionInput[];
  /** Their count in words. */
  countText: string;
}

/** Places one cell's marks: centred lines of marks at the top, the count under them. */
export function placeCell(rect: Rect, { symptom, kind, questions, countText }: CellInput): { cell: CellLayout; marks: MarkLayout[] } {
  const content = cellContent(questions.length, countText, rect.width);
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
      side: symbolSide(shape, markSize),
      numberY: numberBaseline(shape, cy),
    };
  });
  const cell: CellLayout = {
    symptom: symptom.id,
    kind: kind.id,
    count: questions.length,
    rect,
    countText: { lines: content.countLines, x: rect.x + rect.width / 2, y: rect.y + content.countTop + fontSize, anchor: 'middle' },
    countWidth: rect.width - cellPadding * 2,
  };
  return { cell, marks };
}
