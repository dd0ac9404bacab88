/**
 * Small, made-up content for the chart spec tests: a few entries per collection, shaped as the
 * schemas give them to a chart (references as { collection, id }, dates as Date). Not real facts.
 */
import { ref, type StubEntry } from '../../support/astro-content-stub.ts';

export const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

export const sources: StubEntry[] = [
  {
    id: 'paper-a',
    data: { authors: ['Alpha AB', 'Beta C', 'Gamma D'], title: 'Paper A', published: day('2021-03-01'), doi: '10.1000/a', kind: 'journal-article' },
  },
  { id: 'report-b', data: { authors: ['Example Society'], title: 'Report B', published: day('2022-01-01'), url: 'https://example.org/b', kind: 'report' } },
  {
    id: 'thompson-2021',
    data: {
      authors: ['Thompson AJ', 'Carroll W', 'Ciccarelli O'],
      title: 'A strategy',
      published: day('2021-01-01'),
      doi: '10.1000/t',
      kind: 'journal-article',
    },
  },
];

const article = (id: string, title: string, order: number, extra: Record<string, unknown> = {}): StubEntry => ({
  id,
  data: {
    title,
    summary: `About ${title}.`,
    keyPoints: ['One.', 'Two.'],
    sources: [ref('sources', 'paper-a')],
    lastReviewed: day('2026-01-01'),
    order,
    ...extra,
  },
});

export const strategy: StubEntry[] = [
  article('overview', 'The research strategy', 0),
  article('mechanisms', 'What drives progression', 1),
  article('trials', 'Faster trials', 2),
];

export const gaps: StubEntry[] = [
  {
    id: 'progression',
    data: {
      title: 'Understanding progression',
      label: 'Progression',
      page: ref('strategy', 'mechanisms'),
      order: 1,
      approaches: [
        { text: 'Study nerve loss', source: ref('sources', 'paper-a') },
        { text: 'Study ageing', source: ref('sources', 'report-b') },
      ],
    },
  },
  {
    id: 'trials',
    data: {
      title: 'Running faster trials',
      label: 'Trials',
      page: ref('strategy', 'trials'),
      order: 2,
      approaches: [
        { text: 'Test several drugs at once', source: ref('sources', 'paper-a') },
        { text: 'Use better measures', source: ref('sources', 'paper-a') },
        { text: 'Share a placebo group', source: ref('sources', 'report-b') },
      ],
    },
  },
];

export const glossary: StubEntry[] = [{ id: 'ageing', data: { term: 'ageing', aliases: [], definition: 'Growing older.', seeAlso: [] } }];

export const progression: StubEntry[] = [
  {
    id: 'inflammation',
    data: { kind: 'process', label: 'Inflammation', order: 1, whatIsKnown: [{ text: 'It harms nerves.', source: ref('sources', 'paper-a') }] },
  },
  {
    id: 'ageing',
    data: {
      kind: 'factor',
      label: 'Ageing',
      order: 1,
      term: ref('glossary', 'ageing'),
      whatIsKnown: [{ text: 'Older nerves recover less.', source: ref('sources', 'report-b') }],
    },
  },
  {
    id: 'reserve',
    data: {
      kind: 'compensation',
      label: 'Brain reserve',
      order: 1,
      whatIsKnown: [{ text: 'The brain makes up for damage.', source: ref('sources', 'paper-a') }],
    },
  },
  {
    id: 'disability',
    data: { kind: 'outcome', label: 'Disability (worsening)', order: 1, whatIsKnown: [{ text: 'Disability grows.', source: ref('sources', 'paper-a') }] },
  },
];

export const symptoms: StubEntry[] = [
  article('overview', 'The four symptoms', 0),
  article('fatigue', 'Fatigue', 1),
  article('mobility', 'Mobility and upper-limb function', 2, { navTitle: 'Mobility' }),
];

export const questions: StubEntry[] = [
  {
    id: 'fatigue-measure',
    data: {
      symptom: ref('symptoms', 'fatigue'),
      question: 'How can fatigue be measured?',
      whyItMatters: 'Because.',
      theme: 'measuring',
      order: 1,
      source: ref('sources', 'paper-a'),
    },
  },
  {
    id: 'fatigue-treat',
    data: {
      symptom: ref('symptoms', 'fatigue'),
      question: 'Which treatments ease fatigue?',
      whyItMatters: 'Because.',
      theme: 'treating',
      order: 2,
      source: ref('sources', 'paper-a'),
    },
  },
  {
    id: 'mobility-treat',
    data: {
      symptom: ref('symptoms', 'mobility'),
      question: 'Which training helps walking?',
      whyItMatters: 'Because.',
      theme: 'treating',
      order: 1,
      source: ref('sources', 'report-b'),
    },
  },
];

export const funding: StubEntry[] = [
  {
    id: 'rehabilitation-2017',
    data: {
      year: 2017,
      totalMillions: 200,
      funders: 'a made-up funder',
      source: ref('sources', 'report-b'),
      areas: [
        { id: 'fatigue-or-pain', label: 'Fatigue or pain', percent: 2, symptoms: [ref('symptoms', 'fatigue')] },
        { id: 'mobility', label: 'Mobility', percent: 4, symptoms: [ref('symptoms', 'mobility')] },
      ],
    },
  },
];

/** Every collection the builders (and the reference check they run first) read. */
export const allCollections = { sources, strategy, gaps, glossary, progression, symptoms, questions, funding, pages: [], therapies: [] };
