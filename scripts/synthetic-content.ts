/**
 * Synthetic content for the scale benchmark (scripts/bench-scale.ts): therapies with trials,
 * sources and article pages that are plainly fake ("Synthetic … for a scale test", registry IDs
 * in an unassigned NCT99… range, sources at example.org) but valid per the schemas, so the build
 * does all the work it does for real content. test/unit/synthetic-content.test.ts parses them
 * with the collections' schemas, so a schema change that the generator misses fails there.
 */

// The vocabularies' values, as in src/content/schemas/therapy.ts (this script runs on plain
// Node, which cannot import the schemas' extensionless paths; the unit test checks they match).
const mechanisms = ['anti-cd20', 's1p-modulator', 'btk-inhibitor', 'other-immune', 'neuroprotective', 'metabolic', 'repair-remyelination', 'cell-therapy'];
const populations = ['ppms', 'spms', 'active-spms', 'non-relapsing-spms', 'progressive-ms'];
const phases = ['1', '2', '2/3', '3'];
/** A therapy's status and the outcome of its last trial that goes with it. */
const statusOutcomes: [status: string, outcome: string][] = [
  ['in-trial', 'ongoing'],
  ['positive', 'positive'],
  ['mixed', 'mixed'],
  ['did-not-work', 'did-not-work'],
  ['stopped', 'stopped'],
];
/** Real glossary terms and symptom words the articles use, so search and <Term> have work to do. */
const terms = ['fatigue', 'biomarker', 'placebo', 'remyelination', 'neurofilament-light'];
const topics = ['walking', 'memory', 'balance', 'sleep', 'pain', 'vision', 'hands', 'mood'];

const pad = (i: number) => String(i).padStart(5, '0');
const pick = <T>(list: readonly T[], i: number) => list[i % list.length]!;

/** A source for therapy i: an example.org web page that says it is not real. */
export function syntheticSource(i: number): string {
  return [
    'authors:',
    '  - Scale Test Group',
    `title: Synthetic source ${pad(i)} for a scale test (not a real work)`,
    'publisher: Scale Test Group',
    'published: 2024-01-15',
    `url: https://example.org/synthetic/${pad(i)}`,
    'kind: web-page',
    '',
  ].join('\n');
}

/** Therapy i with one to three trials (the last one sets its status). */
export function syntheticTherapy(i: number): string {
  const [status, lastOutcome] = pick(statusOutcomes, i);
  const trialCount = 1 + (i % 3);
  const trials = Array.from({ length: trialCount }, (_, t) => {
    const last = t === trialCount - 1;
    const outcome = last ? lastOutcome : 'positive';
    const start = 2010 + ((i + t * 3) % 12);
    const lines = [
      `  - name: FAKE-${pad(i)}-${String.fromCharCode(65 + t)}`,
      `    registryIds: [NCT99${String(i * 10 + t).padStart(6, '0')}]`,
      `    phase: "${pick(phases, i + t)}"`,
      `    population: ${pick(populations, i + t)}`,
      `    startYear: ${start}`,
      ...(outcome === 'ongoing' ? [] : [`    resultYear: ${start + 2}`]),
      `    participants: ${40 + ((i * 37 + t * 11) % 900)}`,
      `    outcome: ${outcome}`,
      ...(outcome === 'ongoing' ? [`    recruitment: { status: recruiting, asOf: 2026-01-15, sources: [synthetic-source-${i}] }`] : []),
      `    primaryOutcome: How much ${pick(topics, i + t)} changed over two years, in a made-up test.`,
      ...(outcome === 'ongoing' ? [] : [`    result: A made-up result for a scale test. It says nothing about any real medicine.`]),
      `    sources: [synthetic-source-${i}]`,
    ];
    return lines.join('\n');
  });
  return [
    `name: synthetic test therapy ${pad(i)}`,
    `aliases: [FAKE-${pad(i)}]`,
    `summary: A made-up therapy for a scale test of this website. It is not a real medicine, and nothing here is a fact about ${pick(topics, i)}.`,
    'meaning: Nothing. This entry exists only to measure how fast the site builds with many therapies.',
    `mechanism: ${pick(mechanisms, i)}`,
    'purpose: disease-modifying',
    `populations: [${pick(populations, i)}]`,
    `status: ${status}`,
    'checked: 2026-01-15',
    'trials:',
    ...trials,
    `sources: [synthetic-source-${i}]`,
    '',
  ].join('\n');
}

/** Article page i of the `pages` collection, citing a synthetic source and using glossary terms. */
export function syntheticArticle(i: number, therapies: number): string {
  const source = `synthetic-source-${1 + (i % Math.max(1, therapies))}`;
  const topic = pick(topics, i);
  const paragraph = (p: number) =>
    `This is made-up text for a scale test, part ${p}. It talks about ${topic} and <Term id="${pick(terms, i + p)}">${pick(terms, i + p).replace(/-/g, ' ')}</Term> ` +
    `so that the page has words to index. None of it is true or meant to be read.<Cite id="${source}" />`;
  return [
    '---',
    `title: Synthetic article ${pad(i)} about ${topic}`,
    `summary: A made-up page about ${topic} for a scale test.`,
    'keyPoints:',
    '  - It is not real.',
    '  - It exists to measure the build.',
    'sources:',
    `  - ${source}`,
    'lastReviewed: 2026-01-15',
    `order: ${100 + i}`,
    '---',
    '',
    `## About ${topic}`,
    '',
    paragraph(1),
    '',
    '## More made-up text',
    '',
    paragraph(2),
    '',
    paragraph(3),
    '',
  ].join('\n');
}
