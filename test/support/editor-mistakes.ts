/**
 * The editor mistakes in test/fixtures/invalid/, one folder each, and the message each must stop
 * the build with. One table for three kinds of test:
 * - every case is pinned without a build where it can be: schema mistakes by parsing the file
 *   with its collection's schema (test/unit/editor-mistakes.test.ts), a dangling reference and
 *   a cross-file pipeline rule by running the check on the content with the fixture laid over it
 *   (same file), MDX component mistakes by rendering the page with Astro's container
 *   (test/components/editor-mistakes.test.ts);
 * - one case of each kind (`endToEnd`) is also built for real, to prove the build stops and
 *   names the file (test/builds/editor-mistakes.test.ts, the "fixtures" project).
 * MDX syntax is only caught by the MDX compiler, so its case is only built.
 */
import path from 'node:path';
import { projectRoot } from './paths.ts';

export type MistakeKind = 'schema' | 'reference' | 'component' | 'syntax' | 'pipeline-rule';

export interface EditorMistake {
  /** The fixture folder in test/fixtures/invalid/. */
  name: string;
  kind: MistakeKind;
  /** The file the message must name, under content/ (the collection folder and file). */
  file: string;
  /** What the message must say. */
  message: RegExp;
  /** Built for real as the one case of its kind. */
  endToEnd?: true;
}

export const invalidFixtures = path.join(projectRoot, 'test', 'fixtures', 'invalid');
export const fixtureFolder = (mistake: EditorMistake) => path.join(invalidFixtures, mistake.name);
export const fixtureFile = (mistake: EditorMistake) => path.join(invalidFixtures, mistake.name, mistake.file);

export const editorMistakes: EditorMistake[] = [
  { name: 'missing-title', kind: 'schema', endToEnd: true, file: 'strategy/missing-title.mdx', message: /title: missing: expected a title/ },
  {
    name: 'unknown-field',
    kind: 'schema',
    file: 'glossary/unknown-field.yaml',
    message: /unknown field "meaning": allowed fields are term, aliases, definition/,
  },
  {
    name: 'not-a-date',
    kind: 'schema',
    file: 'pages/not-a-date.mdx',
    message: /lastReviewed: expected the last review date as a date written YYYY-MM-DD, for example \d{4}-\d{2}-\d{2}, got "next Tuesday"/,
  },
  {
    name: 'bad-registry',
    kind: 'schema',
    file: 'therapies/bad-registry.yaml',
    message: /trials\.0\.registryIds\.0: expected a registry ID shaped like ClinicalTrials\.gov like NCT01194570.*got "NCT123"/,
  },
  { name: 'unknown-mechanism', kind: 'schema', file: 'therapies/unknown-mechanism.yaml', message: /mechanism: expected one of anti-cd20, s1p-modulator/ },
  {
    name: 'status-in-future',
    kind: 'schema',
    file: 'therapies/status-in-future.yaml',
    message: /checked: expected the day you last looked for news of this therapy today or earlier, got 2099-01-01, which is in the future/,
  },
  { name: 'therapy-no-source', kind: 'schema', file: 'therapies/therapy-no-source.yaml', message: /sources: expected at least one source/ },
  {
    name: 'unknown-source',
    kind: 'reference',
    endToEnd: true,
    file: 'symptoms/unknown-source.mdx',
    message: /sources\[0\]: there is no sources entry "no-such-source"\. Use the name of a file in src\/content\/sources\//,
  },
  {
    name: 'unknown-term',
    kind: 'component',
    endToEnd: true,
    file: 'pages/unknown-term.mdx',
    message: /<Term id="fatige">: there is no glossary term "fatige"\. Did you mean "fatigue"\?/,
  },
  {
    name: 'cite-not-listed',
    kind: 'component',
    file: 'pages/cite-not-listed.mdx',
    message: /<Cite id="thompson-2021">: cites a source that is not in this page's front matter\. Add "thompson-2021" to the sources list/,
  },
  {
    name: 'callout-type',
    kind: 'component',
    file: 'pages/callout-type.mdx',
    message: /<Callout type="warning">: has an unknown type\. Write <Callout type="note"> or <Callout type="important">/,
  },
  { name: 'keypoints-no-list', kind: 'component', file: 'pages/keypoints-no-list.mdx', message: /<KeyPoints>: needs a list of 2 to 5 points, found 0\./ },
  { name: 'figure-no-caption', kind: 'component', file: 'pages/figure-no-caption.mdx', message: /<Figure>: has no caption\. Write <Figure caption=/ },
  {
    name: 'chart-summary-number',
    kind: 'component',
    file: 'pages/chart-summary-number.mdx',
    message: /<FundingChart> summary: says 12, which the chart's data does not\. Use the numbers in the chart's data table/,
  },
  {
    name: 'funding-share-symptom',
    kind: 'component',
    file: 'pages/funding-share-symptom.mdx',
    message:
      /<FundingShare symptom="walking">: the funding report "rehabilitation-2017" has no area for "walking"\. Use one of: fatigue, pain, mobility, cognition\./,
  },
  { name: 'mdx-syntax', kind: 'syntax', endToEnd: true, file: 'pages/mdx-syntax.mdx', message: /Expected a closing tag for `<Callout>`/ },
  {
    name: 'approved-without-decision',
    kind: 'pipeline-rule',
    file: 'therapies/approved-without-decision.yaml',
    message: /approved-without-decision\.yaml: status is approved, but no decision says a regulator approved it\. Add the decision/,
  },
  {
    name: 'duplicate-trial',
    kind: 'pipeline-rule',
    endToEnd: true,
    file: 'therapies/duplicate-trial.yaml',
    message:
      /therapies\/duplicate-trial\.yaml and src\/content\/therapies\/ocrelizumab\.yaml both list trial "ORATORIO"\. If it is one multi-arm trial, list each other in otherArms/,
  },
];

export const mistakesOfKind = (kind: MistakeKind) => editorMistakes.filter((m) => m.kind === kind);
