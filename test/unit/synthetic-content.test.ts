/**
 * The scale benchmark's synthetic content (scripts/synthetic-content.ts) is valid per the
 * collections' schemas, so the benchmark builds content the real build accepts, and it is
 * plainly fake.
 */
import { describe, expect, it } from 'vitest';
import yaml from 'js-yaml';
import { schemaOf } from '../support/collections.ts';
import { syntheticArticle, syntheticSource, syntheticTherapy } from '../../scripts/synthetic-content.ts';

const problems = (collection: Parameters<typeof schemaOf>[0], value: unknown) => {
  const result = schemaOf(collection).safeParse(value);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};
const frontMatter = (mdx: string) => yaml.load(/^---\n([\s\S]*?)\n---/.exec(mdx)![1]!);

describe('synthetic content for the scale benchmark', () => {
  const ids = Array.from({ length: 30 }, (_, i) => i + 1);

  it.each(ids)('therapy %i, its source and an article are valid', (i) => {
    expect(problems('therapies', yaml.load(syntheticTherapy(i)))).toEqual([]);
    expect(problems('sources', yaml.load(syntheticSource(i)))).toEqual([]);
    expect(problems('pages', frontMatter(syntheticArticle(i, 30)))).toEqual([]);
  });

  it('says it is fake wherever a reader would look', () => {
    expect(syntheticTherapy(1)).toMatch(/name: synthetic test therapy/);
    expect(syntheticTherapy(1)).toMatch(/not a real medicine/);
    expect(syntheticSource(1)).toMatch(/not a real work/);
    expect(syntheticArticle(1, 3)).toMatch(/title: Synthetic article/);
  });

  it('gives every trial its own name and registry ID', () => {
    const trials = ids.flatMap((i) => (yaml.load(syntheticTherapy(i)) as { trials: { name: string; registryIds: string[] }[] }).trials);
    expect(new Set(trials.map((t) => t.name)).size).toBe(trials.length);
    expect(new Set(trials.flatMap((t) => t.registryIds)).size).toBe(trials.length);
  });
});
