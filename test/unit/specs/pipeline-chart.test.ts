/**
 * The pipeline explorer's spec builder on a few made-up therapies (the scale benchmark's
 * synthetic ones, parsed with the therapy schema): counts in the title and summary, a row and
 * a mark per therapy grouped by mechanism, filters only for what is present, and the cross-file
 * checks that stop the build.
 */
import { describe, expect, it } from 'vitest';
import { useCollections, type StubEntry } from '../../support/astro-content-stub.ts';
import { readEntryText, schemaOf } from '../../support/collections.ts';
import { syntheticTherapy } from '../../../scripts/synthetic-content.ts';
import { pipelineChart, pipelineMarkName, pipelineRow, type Therapy } from '../../../src/charts/pipeline/chart';

/** Synthetic therapy i as the collection gives it, with `change` applied to its file's data first. */
function therapy(i: number, change: (data: Record<string, any>) => void = () => {}): StubEntry {
  const raw = readEntryText(syntheticTherapy(i), 'yaml') as Record<string, any>;
  change(raw);
  return { id: `synthetic-therapy-${i}`, data: schemaOf('therapies').parse(raw) as Record<string, unknown> };
}

describe('pipelineChart', () => {
  // Statuses cycle with i: 1 positive, 2 mixed, 3 did not work, 4 stopped, 5 in a trial, 6 positive.
  const six = [1, 2, 3, 4, 5, 6].map((i) => therapy(i));
  const trials = six.reduce((sum, t) => sum + (t.data.trials as unknown[]).length, 0);

  it('counts treatments, trials and statuses in its title and summary', async () => {
    useCollections({ therapies: six });
    const spec = await pipelineChart();
    expect(spec.title).toBe('1 of 6 treatments tested in progressive MS did not work, and 0 are approved');
    expect(spec.summary).toBe(`Of 6 treatments tested in progressive MS in ${trials} trials, 1 in a trial now, 2 positive, 1 mixed, 1 did not work and 1 stopped.`);
    expect(spec.table.rows).toHaveLength(6);
    expect(spec.table.rows.map((r) => r.trials)).toEqual(six.map((t) => (t.data.trials as unknown[]).length));
    expect(spec.asOf).toBe('2026-01-15');
  });

  it('says most did not work when more than half did not', async () => {
    useCollections({ therapies: [3, 8, 13].map((i) => therapy(i)).concat(therapy(1)) });
    expect((await pipelineChart()).title).toBe('Most treatments tested in progressive MS did not work: 3 of 4, while 0 are approved');
  });

  it('groups the rows by mechanism and offers filters only for statuses present', async () => {
    useCollections({ therapies: six });
    const spec = await pipelineChart();
    const statusFilter = spec.controls.find((c) => c.key === 'status')!;
    expect(statusFilter.options.map((o) => o.value).sort()).toEqual(['all', 'did-not-work', 'in-trial', 'mixed', 'positive', 'stopped']);
    const groups = spec.description.slice(2);
    expect(groups.length).toBe(new Set(six.map((t) => t.data.mechanism)).size);
    for (const t of six) expect(groups.join(' ')).toContain(t.data.name as string);
  });

  it('names each row with its other names, mechanism, furthest phase and status date', () => {
    const row = pipelineRow(therapy(7) as unknown as Therapy);
    expect(pipelineMarkName(row)).toMatch(/^synthetic test therapy 00007 \(FAKE-00007\): .+\. Furthest: phase .+\. .+, as of 15 January 2026\.$/);
    expect(row.href).toBe('/pipeline/synthetic-therapy-7/');
  });

  it('stops when two therapies list the same trial, naming both files', async () => {
    const copy = therapy(2, (data) => (data.trials[0].name = 'FAKE-00001-A'));
    useCollections({ therapies: [therapy(1), copy] });
    await expect(pipelineChart()).rejects.toThrow(/synthetic-therapy-2\.yaml and src\/content\/therapies\/synthetic-therapy-1\.yaml both list trial "FAKE-00001-A"|synthetic-therapy-1\.yaml and src\/content\/therapies\/synthetic-therapy-2\.yaml both list trial "FAKE-00001-A"/);
  });
});
