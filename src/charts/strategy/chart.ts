/**
 * "The strategy at a glance": the gap areas of the research strategy and the approaches under
 * each, from src/content/gaps/. The title, summary, description, table and marks all come from
 * that one list, so they cannot disagree.
 */
import { layoutsForEachSize } from '../frame/types';
import { getCollection, getEntry } from 'astro:content';
import { assertReferencesExist } from '../../content/integrity';
import { chartSources } from '../content';
import type { ChartSource, ChartSpec } from '../frame/types';
import { layoutStrategy, type StrategyInput, type StrategyLayout } from './layout';
import { inSentence, listAnd, numberInWords } from '../../lib/words';
import { articleUrl } from '../../lib/sections';

export const strategyChartId = 'strategy-at-a-glance';
/** The paper the chart summarises: its citation is the root's note. */
const paperId = 'thompson-2021';

export interface StrategyApproach {
  id: string;
  text: string;
  source: ChartSource;
  /** What a screen reader says for the approach's box. */
  name: string;
}

export interface StrategyGap {
  id: string;
  number: number;
  title: string;
  /** The button label, e.g. "Trials". */
  label: string;
  href: string;
  approaches: StrategyApproach[];
  /** What a screen reader says for the gap's box, and for it once it is the chosen view. */
  name: string;
  chosenName: string;
}

export interface StrategyChartSpec extends ChartSpec<StrategyLayout> {
  gaps: StrategyGap[];
  paper: ChartSource;
  strategyTitle: string;
  /** What a screen reader says for the strategy's box at the top. */
  strategyName: string;
}

export async function strategyChart(): Promise<StrategyChartSpec> {
  const id = strategyChartId;
  // A wrong id in a gap file is reported with its file and field, before the chart looks it up.
  await assertReferencesExist();
  const entries = (await getCollection('gaps')).sort((a, b) => a.data.order - b.data.order);
  if (entries.length === 0) throw new Error(`Chart "${id}" needs at least one gap in src/content/gaps/.`);
  const overview = await getEntry('strategy', 'overview');
  if (!overview) throw new Error(`Chart "${id}" needs the strategy overview page, src/content/strategy/overview.mdx.`);

  const sourceIds = [...new Set([paperId, ...entries.flatMap((e) => e.data.approaches.map((a) => a.source.id))])];
  const sources = await chartSources(sourceIds, id);
  const sourceOf = new Map(sources.map((s) => [s.id, s]));
  const paper = sourceOf.get(paperId)!;

  const gaps: StrategyGap[] = await Promise.all(
    entries.map(async (entry) => {
      const page = await getEntry('strategy', entry.data.page.id);
      if (!page) throw new Error(`${entry.filePath}: page: there is no strategy page "${entry.data.page.id}".`);
      const number = entry.data.order;
      const { title } = entry.data;
      const approaches = entry.data.approaches.map((approach, a) => {
        const source = sourceOf.get(approach.source.id)!;
        return { id: `${entry.id}-${a + 1}`, text: approach.text, source, name: `${approach.text}. Gap ${number}. Source: ${source.label}.` };
      });
      return {
        id: entry.id,
        number,
        title,
        label: entry.data.label,
        href: articleUrl('strategy', page.id),
        approaches,
        name: `Gap ${number}: ${title}. ${approaches.length} approaches.`,
        chosenName: `Gap ${number}: ${title}, chosen. ${approaches.length} approaches.`,
      };
    }),
  );

  const input: StrategyInput = {
    title: overview.data.title,
    note: paper.label,
    gaps: gaps.map(({ id: gapId, number, title, approaches }) => ({
      id: gapId,
      numberLabel: `Gap ${number}`,
      title,
      approaches: approaches.map(({ id: a, text }) => ({ id: a, text })),
    })),
  };
  const count = numberInWords(gaps.length);
  const titles = gaps.map((g) => inSentence(g.title));

  return {
    id,
    title: `The strategy sets out ways to close ${count} gaps in progressive MS research`,
    summary: `The ${count} gaps are ${listAnd(titles)}, and each has its own approaches.`,
    description: [
      `A tree diagram. At the top is the strategy paper, ${paper.label}. Under it are its ${count} gaps, and under each gap are ways to close it, from the strategy and related research. Each approach has its source in the table.`,
      ...gaps.map((g) => `Gap ${g.number}, ${inSentence(g.title)}: ${listAnd(g.approaches.map((a) => inSentence(a.text)))}.`),
      'Choosing a gap highlights its approaches and shows a link to its page.',
    ],
    kind: 'conceptual',
    sources,
    page: { href: '/strategy/', title: overview.data.title },
    table: {
      columns: [
        { key: 'gap', label: 'Gap' },
        { key: 'approach', label: 'Approach' },
        { key: 'source', label: 'Source' },
      ],
      rows: gaps.flatMap((g) => g.approaches.map((a) => ({ gap: `${g.number}. ${g.title}`, approach: a.text, source: a.source.label }))),
    },
    controls: [
      {
        key: 'gap',
        label: 'Show',
        options: [{ value: 'all', label: 'All' }, ...gaps.map((g) => ({ value: g.id, label: g.label }))],
        initial: 'all',
      },
    ],
    layouts: layoutsForEachSize((size) => layoutStrategy(input, size)),
    gaps,
    paper,
    strategyTitle: overview.data.title,
    strategyName: `${overview.data.title}, ${paper.label}: ${gaps.length} gaps. Choose it to show all gaps alike.`,
  };
}
