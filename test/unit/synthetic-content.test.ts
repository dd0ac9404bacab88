/**
 * The scale benchmark's synthetic content (scripts/synthetic-content.ts) is valid per the
 * collections' schemas, so the benchmark builds content the real build accepts, and it is
 * plainly fake.
 */
import { describe, expect, it } from 'vitest';
import { readEntryText, schemaOf } from '../support/collections.ts';
import { syntheticArticle, syntheticSource, syntheticTherapy } from '../../scripts/synthetic-content.ts';

const problems = (collection: Parameters<typeof schemaOf>[0], value: unknown) => {
  const result = schemaOf(collection).safeParse(value);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('synthetic content for the scale benchmark', () => {
  const ids = Array.from({ length: 30 }, (_, i) => i + 1);

  it.each(ids)('therapy %i, its source and an article are valid', (i) => {
    expect(problems('therapies', readEntryText(syntheticTherapy(i), 'yaml'))).toEqual([]);
    expect(problems('sources', readEntryText(syntheticSource(i), 'yaml'))).toEqual([]);
    expect(problems('pages', readEntryText(syntheticArticle(i, 30), 'mdx'))).toEqual([]);
  });

  it('says it is fake wherever a reader would look', () => {
    expect(syntheticTherapy(1)).toMatch(/name: synthetic test therapy/);
    expect(syntheticTherapy(1)).toMatch(/not a real medicine/);
    expect(syntheticSource(1)).toMatch(/not a real work/);
    expect(syntheticArticle(1, 3)).toMatch(/title: Synthetic article/);
  });

  it('gives every trial its own name and registry ID', () => {
    const trials = ids.flatMap((i) => (readEntryText(syntheticTherapy(i), 'yaml') as { trials: { name: string; registryIds: string[] }[] }).trials);
    expect(new Set(trials.map((t) => t.name)).size).toBe(trials.length);
    expect(new Set(trials.flatMap((t) => t.registryIds)).size).toBe(trials.length);
  });
});
