/**
 * The research questions as a matrix: one cell for each symptom and kind of question, with a
 * numbered mark for each question in its cell. Wide screens have a row per symptom and a column
 * per kind; phones turn it round (a row per kind, a column per symptom) so every label still fits
 * at 15 units. Each symptom has its own colour and its own shape. Pure: ids and words in,
 * positions and wrapped text out. The grid is matrix.ts, a cell cells.ts, a mark marks.ts.
 */
import type { ChartSize } from '../frame/types';
import { chartWidths, narrowForCompact } from '../frame/types';
import { type Axis, matrix } from './matrix';
import type { QuestionsInput, QuestionsLabels, QuestionsLayout } from './types';

export type * from './types';

/** Checks that every question belongs to a row and a column, so none is silently left out. */
function check(input: QuestionsInput) {
  const symptoms = new Set(input.symptoms.map((s) => s.id));
  const kinds = new Set(input.kinds.map((k) => k.id));
  for (const q of input.questions) {
    if (!symptoms.has(q.symptom)) throw new Error(`Question "${q.id}" is about "${q.symptom}", which is not one of the chart's symptoms.`);
    if (!kinds.has(q.kind)) throw new Error(`Question "${q.id}" is of kind "${q.kind}", which is not one of the chart's kinds.`);
  }
}

export function layoutQuestions(input: QuestionsInput, labels: QuestionsLabels, size: ChartSize): QuestionsLayout {
  check(input);
  const width = chartWidths[narrowForCompact(size)];
  const symptoms: Axis[] = input.symptoms.map((s) => ({
    id: s.id,
    label: s.label,
    total: labels.count(input.questions.filter((q) => q.symptom === s.id).length),
    series: s.series,
  }));
  const kinds: Axis[] = input.kinds.map((k) => ({ id: k.id, label: k.label, total: labels.count(input.questions.filter((q) => q.kind === k.id).length) }));
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
      return { symptom, kind, questions, countText: labels.count(questions.length) };
    },
  });
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
