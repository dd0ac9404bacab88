/**
 * An editor's mistake stops the build with a message that names the file, the field (or
 * component) and what to write instead. Each case is a folder in test/fixtures/invalid/
 * laid over a copy of the real content, then built.
 */
import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { readdirSync } from 'node:fs';
import { buildWithFixture } from '../support/fixture-build.ts';
import { projectRoot } from '../support/paths.ts';

const fixtures = path.join(projectRoot, 'test', 'fixtures', 'invalid');

// [fixture folder, the file the message must name, what the message must say]
const cases: [string, string, RegExp][] = [
  ['missing-title', 'strategy/missing-title.mdx', /title: missing: expected a title/],
  ['unknown-field', 'glossary/unknown-field.yaml', /unknown field "meaning": allowed fields are term, aliases, definition/],
  ['unknown-source', 'symptoms/unknown-source.mdx', /sources\[0\]: there is no sources entry "no-such-source"\. Use the name of a file in src\/content\/sources\//],
  ['unknown-term', 'pages/unknown-term.mdx', /<Term id="fatige">: there is no glossary term "fatige"\. Did you mean "fatigue"\?/],
  ['not-a-date', 'pages/not-a-date.mdx', /lastReviewed: expected the last review date as a date written YYYY-MM-DD, for example \d{4}-\d{2}-\d{2}, got "next Tuesday"/],
  ['bad-registry', 'therapies/bad-registry.yaml', /trials\.0\.registryIds\.0: expected a registry ID shaped like ClinicalTrials\.gov like NCT01194570.*got "NCT123"/],
  ['mdx-syntax', 'pages/mdx-syntax.mdx', /Expected a closing tag for `<Callout>`/],
  ['cite-not-listed', 'pages/cite-not-listed.mdx', /<Cite id="thompson-2021">: cites a source that is not in this page's front matter\. Add "thompson-2021" to the sources list/],
  ['callout-type', 'pages/callout-type.mdx', /<Callout type="warning">: has an unknown type\. Write <Callout type="note"> or <Callout type="important">/],
  ['keypoints-no-list', 'pages/keypoints-no-list.mdx', /<KeyPoints>: needs a list of 2 to 5 points, found 0\./],
  ['figure-no-caption', 'pages/figure-no-caption.mdx', /<Figure>: has no caption\. Write <Figure caption=/],
  ['chart-summary-number', 'pages/chart-summary-number.mdx', /<FundingChart> summary: says 12, which the chart's data does not\. Use the numbers in the chart's data table/],
  ['duplicate-trial', 'therapies/duplicate-trial.yaml', /therapies\/duplicate-trial\.yaml and src\/content\/therapies\/ocrelizumab\.yaml both list trial "ORATORIO"\. If it is one multi-arm trial, list each other in otherArms/],
  ['unknown-mechanism', 'therapies/unknown-mechanism.yaml', /mechanism: expected one of anti-cd20, s1p-modulator/],
  ['status-in-future', 'therapies/status-in-future.yaml', /checked: expected the day you last looked for news of this therapy today or earlier, got 2099-01-01, which is in the future/],
  ['approved-without-decision', 'therapies/approved-without-decision.yaml', /approved-without-decision\.yaml: status is approved, but no decision says a regulator approved it\. Add the decision/],
  ['therapy-no-source', 'therapies/therapy-no-source.yaml', /sources: expected at least one source/],
  ['funding-share-symptom', 'pages/funding-share-symptom.mdx', /<FundingShare symptom="walking">: the funding report "rehabilitation-2017" has no area for "walking"\. Use one of: fatigue, pain, mobility, cognition\./],
];

describe('invalid content fails the build with a clear message', () => {
  it('has a test case for every fixture folder', () => {
    const folders = readdirSync(fixtures, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();
    expect(cases.map(([name]) => name).sort()).toEqual(folders);
  });

  it.each(cases)('%s', (name, file, message) => {
    const result = buildWithFixture(path.join(fixtures, name));
    expect(result.ok, 'the build should fail').toBe(false);
    expect(result.output).toContain(`content/${file}`);
    expect(result.output).toMatch(message);
  });
});

describe('the real content', () => {
  it('builds with an empty fixture laid over it (the harness itself works)', () => {
    const empty = path.join(fixtures, '..', 'valid-empty');
    const result = buildWithFixture(empty);
    expect(result.output).toMatch(/page\(s\) built/);
    expect(result.ok).toBe(true);
  });
});
