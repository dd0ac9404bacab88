/**
 * The research questions explorer: every question in the questions collection, placed by symptom
 * and kind. Its title, summary, description, table, list and marks all come from the same list.
 */
import { layoutsForEachSize } from '../frame/types';
import { getCollection, getEntry } from 'astro:content';
import { questionThemes, type QuestionTheme } from '../../content/schemas/question';
import { articleUrl, overviewId } from '../../lib/sections';
import { chartSources } from '../content';
import type { ChartSpec } from '../frame/types';
import { layoutQuestions, numberQuestions, type QuestionsLayout } from './layout';
import { whyItMattersLabel } from './list';
import { shapeOf, type QuestionShape } from './marks';
import { inSentence, listAnd } from '../../lib/words';

export const questionsChartId = 'research-questions';

/**
 * Series colours that match the 2017 funding chart on the same page (fatigue or pain 1,
 * mobility 2, cognition 3); pain takes the fourth. A new symptom gets the next free one.
 */
const preferredSeries: Record<string, number> = { fatigue: 1, mobility: 2, cognition: 3, pain: 4 };

export interface SymptomRow {
  id: string;
  label: string;
  href: string;
  series: number;
  shape: QuestionShape;
}

export interface QuestionRow {
  id: string;
  number: number;
  symptom: SymptomRow;
  kind: { id: QuestionTheme; label: string };
  question: string;
  whyItMatters: string;
  /** The question on its symptom page. */
  href: string;
  source: string;
}

export interface QuestionsData {
  symptoms: SymptomRow[];
  kinds: { id: QuestionTheme; label: string }[];
  questions: QuestionRow[];
}

/** The symptoms (in page order), the five kinds, and every question numbered in reading order. */
export async function questionsData(): Promise<QuestionsData> {
  const pages = (await getCollection('symptoms', (entry) => entry.id !== overviewId)).sort((a, b) => a.data.order - b.data.order);
  const used = new Set<number>();
  const symptoms = pages.map((page) => {
    const preferred = preferredSeries[page.id];
    const series = preferred !== undefined && !used.has(preferred) ? preferred : ([1, 2, 3, 4].find((s) => !used.has(s)) ?? 1);
    used.add(series);
    return { id: page.id, label: page.data.navTitle ?? page.data.title, href: articleUrl('symptoms', page.id), series, shape: shapeOf(series) };
  });
  const kinds = (Object.entries(questionThemes) as [QuestionTheme, string][]).map(([id, label]) => ({ id, label }));
  const entries = await getCollection('questions');
  const numbered = numberQuestions(
    entries.map((e) => ({ id: e.id, symptom: e.data.symptom.id, kind: e.data.theme, order: e.data.order, data: e.data })),
    symptoms.map((s) => s.id),
    kinds.map((k) => k.id),
  );
  const questions = numbered.map((q) => {
    const symptom = symptoms.find((s) => s.id === q.symptom);
    if (!symptom) throw new Error(`Question "${q.id}" is about "${q.symptom}", which has no symptom page.`);
    return {
      id: q.id,
      number: q.number,
      symptom,
      kind: kinds.find((k) => k.id === q.kind)!,
      question: q.data.question,
      whyItMatters: q.data.whyItMatters,
      // <ResearchQuestions> gives each question this anchor on its symptom page.
      href: `${symptom.href}#question-${q.id}`,
      source: q.data.source.id,
    };
  });
  return { symptoms, kinds, questions };
}

/** "1 question", "3 questions". */
function plural(count: number): string {
  return `${count} question${count === 1 ? '' : 's'}`;
}

/** How the grid counts a cell's questions and totals a row's or column's: "None", "1 question", "3 questions". */
export function countText(count: number): string {
  return count === 0 ? 'None' : plural(count);
}

export async function questionsChart(): Promise<ChartSpec<QuestionsLayout>> {
  const { symptoms, kinds, questions } = await questionsData();
  const count = (symptom?: string, kind?: string) =>
    questions.filter((q) => (symptom === undefined || q.symptom.id === symptom) && (kind === undefined || q.kind.id === kind)).length;

  const perSymptom = symptoms.map((s) => `${count(s.id)} about ${s.label.toLowerCase()}`);
  const everywhere = kinds.filter((k) => symptoms.length > 1 && symptoms.every((s) => count(s.id, k.id) > 0));
  const commonest = [...kinds].sort((a, b) => count(undefined, b.id) - count(undefined, a.id))[0];
  const title =
    everywhere.length > 0
      ? `Every symptom has a question about ${listAnd(everywhere.map((k) => inSentence(k.label)))}`
      : `Most questions are about ${inSentence(commonest?.label ?? 'the symptoms')}`;

  const shapeWords: Record<QuestionShape, string> = { circle: 'circles', square: 'squares', diamond: 'diamonds', triangle: 'triangles' };
  const input = {
    symptoms: symptoms.map(({ id, label, series }) => ({ id, label, series })),
    kinds,
    questions: questions.map((q) => ({ id: q.id, number: q.number, symptom: q.symptom.id, kind: q.kind.id })),
  };
  const sourceIds = [...new Set(questions.map((q) => q.source))];
  return {
    id: questionsChartId,
    component: 'QuestionsChart',
    title,
    summary: `The expert panel asked ${plural(questions.length)}: ${listAnd(perSymptom)}.`,
    description: [
      `A grid with a row for each symptom and a column for each kind of question. Each question is a numbered mark in its cell. On phones, the rows are the kinds and the columns are the symptoms.`,
      `Each symptom has its own colour and shape: ${symptoms.map((s) => `${shapeWords[s.shape]} for ${s.label.toLowerCase()}`).join('; ')}.`,
      ...kinds.map((k) => {
        const n = count(undefined, k.id);
        const about = symptoms.filter((s) => count(s.id, k.id) > 0).map((s) => `${s.label.toLowerCase()}: ${count(s.id, k.id)}`);
        return `${k.label}: ${plural(n)}${n > 0 ? ` (${about.join('; ')})` : ''}.`;
      }),
    ],
    kind: 'data',
    sources: await chartSources(sourceIds, questionsChartId),
    page: { href: articleUrl('symptoms', overviewId), title: (await getEntry('symptoms', overviewId))?.data.title ?? 'The four symptoms' },
    table: {
      columns: [
        { key: 'number', label: 'Number', numeric: true },
        { key: 'symptom', label: 'Symptom' },
        { key: 'kind', label: 'Kind of question' },
        { key: 'question', label: 'Question (the panel’s own words)' },
        { key: 'whyItMatters', label: whyItMattersLabel },
      ],
      rows: questions.map((q) => ({
        number: q.number,
        symptom: q.symptom.label,
        kind: q.kind.label,
        question: q.question,
        whyItMatters: q.whyItMatters,
      })),
    },
    controls: [
      {
        key: 'symptom',
        label: 'Symptom',
        options: [{ value: 'all', label: 'All symptoms' }, ...symptoms.map((s) => ({ value: s.id, label: s.label }))],
        initial: 'all',
      },
      {
        key: 'kind',
        label: 'Kind of question',
        options: [{ value: 'all', label: 'All kinds' }, ...kinds.map((k) => ({ value: k.id, label: k.label }))],
        initial: 'all',
      },
    ],
    layouts: layoutsForEachSize((size) => layoutQuestions(input, { count: countText }, size)),
  };
}
