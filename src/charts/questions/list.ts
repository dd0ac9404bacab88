/**
 * The words of the research questions outside the grid: each mark's accessible name and details
 * card, and the list under the chart with a line for every filter choice. Pure: the questions
 * data in, sentences out, so QuestionsChart.astro only places them.
 */
import { inSentence } from '../../lib/words';

/** A symptom or a kind of question. */
interface Named {
  id: string;
  label: string;
}

/** What the list needs of each question (chart.ts's QuestionRow). */
export interface ListQuestion {
  id: string;
  number: number;
  symptom: Named;
  kind: Named;
  question: string;
}

/** What the list needs of the questions data (chart.ts's QuestionsData). */
export interface ListData {
  symptoms: readonly Named[];
  kinds: readonly Named[];
  questions: readonly ListQuestion[];
}

/** The label of each question's reason, in its details card and as the table's column heading. */
export const whyItMattersLabel = 'Why it matters';

/** What the page says about one question besides its own words. */
export interface QuestionWords {
  /** The accessible name of its mark. */
  name: string;
  /** The heading of its details card: "Question 3 · Fatigue · Measuring the symptom". */
  heading: string;
  /** Before the question in the list, for a screen reader: "Question 3." */
  numberText: string;
  /** The link to the question on its symptom page. */
  linkText: string;
}

export interface QuestionsListWords {
  /** The heading of the list under the chart. */
  title: string;
  /** One line for every filter choice (a symptom or 'all', a kind or 'all'): what it shows. */
  status: { symptom: string; kind: string; text: string }[];
  /** Each question's words, by id. */
  questions: Record<string, QuestionWords>;
}

function questionWords(q: ListQuestion, total: number): QuestionWords {
  return {
    name: `Question ${q.number} of ${total}: ${q.symptom.label}, ${inSentence(q.kind.label)}. “${q.question}”`,
    heading: `Question ${q.number} · ${q.symptom.label} · ${q.kind.label}`,
    numberText: `Question ${q.number}.`,
    linkText: `Read it on the ${q.symptom.label} page`,
  };
}

/** The line for one filter choice: how many questions it shows, or that it shows none. */
function statusLine(data: ListData, symptom: Named, kind: Named): string {
  const total = data.questions.length;
  if (symptom.id === 'all' && kind.id === 'all') return `Showing all ${total} questions.`;
  const shown = data.questions.filter((q) => (symptom.id === 'all' || q.symptom.id === symptom.id) && (kind.id === 'all' || q.kind.id === kind.id)).length;
  const about = symptom.id === 'all' ? '' : ` about ${symptom.label.toLowerCase()}`;
  const ofKind = kind.id === 'all' ? '' : ` of the kind “${kind.label.toLowerCase()}”`;
  return shown === 0
    ? `None of the questions${about} are${ofKind}. Choose another symptom or kind.`
    : `Showing ${shown} of ${total} questions${about}${ofKind}.`;
}

export function questionsList(data: ListData): QuestionsListWords {
  const all = { id: 'all', label: '' };
  const status = [all, ...data.symptoms].flatMap((symptom) =>
    [all, ...data.kinds].map((kind) => ({ symptom: symptom.id, kind: kind.id, text: statusLine(data, symptom, kind) })),
  );
  const total = data.questions.length;
  return {
    title: 'The questions, word for word',
    status,
    questions: Object.fromEntries(data.questions.map((q) => [q.id, questionWords(q, total)])),
  };
}
