/**
 * "What shapes progression": the processes that damage the nervous system, the body making up
 * for them, the result, and the personal factors that may shape each person's course, from
 * src/content/progression/. What the chart says about each part is only the sourced sentences
 * in those files; the title, summary, description, table and marks all come from that one list.
 */
import { layoutsForEachSize } from '../frame/types';
import { getCollection, getEntry } from 'astro:content';
import { progressionKinds, type ProgressionKind } from '../../content/schemas/progression';
import { assertReferencesExist } from '../../content/integrity';
import { chartSources } from '../content';
import type { ChartSource, ChartSpec } from '../frame/types';
import { layoutProgression, type ProgressionLabels, type ProgressionLayout } from './layout';
import { inSentence, listAnd, numberInWords } from '../../lib/words';

export const progressionChartId = 'what-shapes-progression';
const kindOrder: ProgressionKind[] = ['process', 'compensation', 'outcome', 'factor'];

export interface ProgressionPart {
  id: string;
  kind: ProgressionKind;
  label: string;
  /** The group the part belongs to, e.g. "Causes damage". */
  role: string;
  /** The glossary entry that explains the word, if any. */
  term?: { id: string; href: string; word: string };
  whatIsKnown: { text: string; source: ChartSource }[];
  /** What a screen reader says for the part's box: its label and its group. */
  name: string;
}

export interface ProgressionChartSpec extends ChartSpec<ProgressionLayout> {
  parts: ProgressionPart[];
}

/** The everyday part of a label: "Nerve loss (neurodegeneration)" → "nerve loss". */
const plain = (label: string) => inSentence(label.replace(/\s*\(.*\)\s*$/, ''));

/** The words on the arrow from the barrier to the result: Kuhlmann et al. (2022), as the mechanisms page puts it. */
export const progressionLabels: ProgressionLabels = {
  headings: progressionKinds,
  failure: 'when it starts to fail',
};

export async function progressionChart(): Promise<ProgressionChartSpec> {
  const id = progressionChartId;
  // A wrong id in a part's file is reported with its file and field, before the chart looks it up.
  await assertReferencesExist();
  const entries = (await getCollection('progression')).sort(
    (a, b) => kindOrder.indexOf(a.data.kind) - kindOrder.indexOf(b.data.kind) || a.data.order - b.data.order,
  );
  if (entries.length === 0) throw new Error(`Chart "${id}" needs the parts in src/content/progression/.`);
  const page = await getEntry('strategy', 'mechanisms');
  if (!page) throw new Error(`Chart "${id}" belongs to src/content/strategy/mechanisms.mdx, which is missing.`);

  const sourceIds = [...new Set(entries.flatMap((e) => e.data.whatIsKnown.map((f) => f.source.id)))];
  const sources = await chartSources(sourceIds, id);
  const sourceOf = new Map(sources.map((s) => [s.id, s]));

  const parts: ProgressionPart[] = await Promise.all(
    entries.map(async (entry) => {
      const term = entry.data.term ? await getEntry('glossary', entry.data.term.id) : undefined;
      if (entry.data.term && !term) throw new Error(`${entry.filePath}: term: there is no glossary term "${entry.data.term.id}".`);
      return {
        id: entry.id,
        kind: entry.data.kind,
        label: entry.data.label,
        role: progressionKinds[entry.data.kind],
        name: `${entry.data.label}: ${inSentence(progressionKinds[entry.data.kind])}.`,
        ...(term ? { term: { id: term.id, href: `/glossary/#${term.id}`, word: term.data.term } } : {}),
        whatIsKnown: entry.data.whatIsKnown.map((fact) => ({ text: fact.text, source: sourceOf.get(fact.source.id)! })),
      };
    }),
  );

  const of = (kind: ProgressionKind) => parts.filter((p) => p.kind === kind);
  const processes = of('process').map((p) => plain(p.label));
  const factors = of('factor').map((p) => plain(p.label));
  const compensation = of('compensation').map((p) => plain(p.label));
  const outcome = of('outcome').map((p) => plain(p.label));
  const layoutParts = parts.map(({ id: partId, kind, label }) => ({ id: partId, kind, label }));

  return {
    id,
    title: 'Progression shows when damage spreads and the body can no longer make up for it',
    summary: `${listAnd(processes).replace(/^./, (c) => c.toUpperCase())} cause damage, the body makes up for it for a time, and ${numberInWords(factors.length)} personal factors may shape each person's course.`,
    description: [
      `A diagram of ideas, not of measured data. First come ${numberInWords(processes.length)} processes that cause damage: ${listAnd(processes)}. Arrows lead from them to a barrier: ${listAnd(compensation)}, for a time. A dashed arrow leads on to the result, ${listAnd(outcome)}, ${progressionLabels.failure}.`,
      `Then come ${numberInWords(factors.length)} factors that may shape each person's course: ${listAnd(factors)}. An arrow leads from them to the result. The strategy says these factors likely play a part. It does not say how much each one matters.`,
      ...parts.map((p) => `${p.label}: ${p.whatIsKnown.map((f) => f.text).join(' ')}`),
    ],
    kind: 'conceptual',
    sources,
    page: { href: '/strategy/mechanisms/', title: page.data.title },
    table: {
      columns: [
        { key: 'part', label: 'Part' },
        { key: 'role', label: 'Role in the diagram' },
        { key: 'known', label: 'What is known' },
        { key: 'sources', label: 'Sources' },
      ],
      rows: parts.map((p) => ({
        part: p.label,
        role: p.role,
        known: p.whatIsKnown.map((f) => f.text).join(' '),
        sources: [...new Set(p.whatIsKnown.map((f) => f.source.label))].join('; '),
      })),
    },
    controls: [],
    layouts: layoutsForEachSize((size) => layoutProgression(layoutParts, progressionLabels, size)),
    parts,
  };
}
