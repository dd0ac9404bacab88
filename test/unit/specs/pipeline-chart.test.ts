/**
 * The pipeline explorer's spec builder on a few made-up therapies (the scale benchmark's
 * synthetic ones, parsed with the therapy schema): counts in the title and summary, a row and
 * a mark per therapy grouped by mechanism, filters only for what is present, and the cross-file
 * checks that stop the build.
 */
import { describe, expect, it, vi } from 'vitest';
import type { StubEntry } from '../../support/astro-content-stub.ts';
import { readEntryText, schemaOf } from '../../support/collections.ts';
import { syntheticSource, syntheticTherapy } from '../../../scripts/synthetic-content.ts';

/** The explorer's spec as the build loads it (src/charts/pipeline/load.ts), on these therapies only. */
async function pipelineChart(therapies: StubEntry[]) {
  vi.resetModules();
  (await import('../../support/astro-content-stub.ts')).useCollections({
    therapies,
    sources: Array.from({ length: 20 }, (_, i) => ({
      id: `synthetic-source-${i + 1}`,
      data: schemaOf('sources').parse(readEntryText(syntheticSource(i + 1), 'yaml')) as Record<string, unknown>,
    })),
  });
  return (await import('../../../src/charts/pipeline/load')).loadPipelineChart();
}

// biome-ignore lint/suspicious/noExplicitAny: a test edits the raw YAML before the schema types it
type RawEntry = Record<string, any>;

/** Synthetic therapy i as the collection gives it, with `change` applied to its file's data first. */
function therapy(i: number, change: (data: RawEntry) => void = () => {}): StubEntry {
  const raw = readEntryText(syntheticTherapy(i), 'yaml') as RawEntry;
  change(raw);
  return { id: `synthetic-therapy-${i}`, data: schemaOf('therapies').parse(raw) as Record<string, unknown> };
}

describe('pipelineChart', () => {
  // Statuses cycle with i: 1 positive, 2 mixed, 3 did not work, 4 stopped, 5 in a trial, 6 positive.
  const six = [1, 2, 3, 4, 5, 6].map((i) => therapy(i));

  it('counts treatments, trials and statuses in its title and summary', async () => {
    const spec = await pipelineChart(six);
    expect(spec.title).toBe('1 of 6 treatments tested in progressive MS did not work, and 0 are approved');
    expect(spec.summary).toBe(`Of 6 treatments tested in progressive MS, 1 in a trial now, 2 positive, 1 mixed, 1 did not work and 1 stopped.`);
    expect(spec.table.rows).toHaveLength(6);
    expect(spec.table.rows.map((r) => r.trials)).toEqual(six.map((t) => (t.data.trials as unknown[]).length));
    expect(spec.asOf).toBe('2026-01-15');
    expect(spec.count).toEqual({
      initial: 'Showing all 6 treatments.',
      all: 'Showing all {total} treatments.',
      some: 'Showing {shown} of {total} treatments.',
    });
  });

  it('says most did not work when more than half did not', async () => {
    expect((await pipelineChart([3, 8, 13].map((i) => therapy(i)).concat(therapy(1)))).title).toBe(
      'Most treatments tested in progressive MS did not work: 3 of 4, while 0 are approved',
    );
  });

  it('groups the rows by mechanism and offers filters only for statuses present', async () => {
    const spec = await pipelineChart(six);
    const statusFilter = spec.controls.find((c) => c.key === 'status')!;
    expect(statusFilter.options.map((o) => o.value).sort()).toEqual(['all', 'did-not-work', 'in-trial', 'mixed', 'positive', 'stopped']);
    const groups = spec.description.slice(2);
    expect(groups.length).toBe(new Set(six.map((t) => t.data.mechanism)).size);
    for (const t of six) expect(groups.join(' ')).toContain(t.data.name as string);
  });

  it('stops when two therapies list the same trial, naming both files', async () => {
    const copy = therapy(2, (data) => (data.trials[0].name = 'FAKE-00001-A'));
    await expect(pipelineChart([therapy(1), copy])).rejects.toThrow(
      /synthetic-therapy-2\.yaml and src\/content\/therapies\/synthetic-therapy-1\.yaml both list trial "FAKE-00001-A"|synthetic-therapy-1\.yaml and src\/content\/therapies\/synthetic-therapy-2\.yaml both list trial "FAKE-00001-A"/,
    );
  });
});
