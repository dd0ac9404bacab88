/**
 * What the research-questions layout takes in (symptoms, kinds, questions and the words it
 * wraps) and what it gives back (positions and wrapped text), shared by its parts.
 */
import type { Rect } from '../frame/geometry';
import type { TextBlock } from '../frame/text';
import type { QuestionShape } from './marks';

export type { Rect, TextBlock };

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

/** The words the grid shows besides the names of symptoms and kinds, built by the chart's spec. */
export interface QuestionsLabels {
  /** A number of questions, as each cell counts and each heading totals them: "None", "3 questions". */
  count: (count: number) => string;
}

/** A symptom's shape in its colour, as a key beside its name. */
export interface Icon {
  shape: QuestionShape;
  series: number;
  cx: number;
  cy: number;
  /** The side of the square the icon takes up. */
  size: number;
  /** The side of the square its shape fills (symbolPath), a little less for a circle or square. */
  side: number;
}

export interface HeaderLayout {
  id: string;
  label: TextBlock;
  /** The width the label was wrapped to. */
  labelWidth: number;
  count: TextBlock;
  /** The width the count was wrapped to. */
  countWidth: number;
  /** The symptom's shape in its colour, as a key. */
  icon?: Icon;
}

export interface CellLayout {
  symptom: string;
  kind: string;
  count: number;
  rect: Rect;
  countText: TextBlock;
  /** The width the count was wrapped to. */
  countWidth: number;
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
  /** The side of the square its shape fills (symbolPath). */
  side: number;
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
