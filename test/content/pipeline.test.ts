/**
 * The pipeline's data and pages, checked against the therapy files themselves: enough sourced
 * therapies and trials, valid registry IDs, no trial twice, open-data files that hold exactly the
 * collection, and a page for every therapy with its status, trials, meaning and sources.
 */
import { pipelineSectionPages } from '../support/paths.ts';
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { yamlEntries } from '../support/content-source.ts';
import { parseCsv } from '../support/csv.ts';
import { builtPages, fileFor } from '../support/built-site.ts';
import { contentDir, distDir } from '../support/paths.ts';
import { registries, registryOf } from '../../src/lib/registry.ts';
import { pipelineProblems } from '../../src/lib/pipeline-checks.ts';
import { recordColumns } from '../../src/lib/pipeline-data.ts';

interface TrialFile {
  name: string;
  registryIds?: string[];
  phase: string;
  endYear?: number;
  population: string;
  startYear?: number;
  resultYear?: number;
  participants?: number;
  primaryOutcome: string;
  outcome: string;
  result?: string;
  otherArms?: string[];
  sources: string[];
}
interface TherapyFile {
  name: string;
  aliases?: string[];
  mechanism: string;
  purpose: string;
  populations: string[];
  targets?: string;
  status: string;
  /** As YAML gives it: YYYY-MM-DD. */
  checked: string;
  sources: string[];
  trials: TrialFile[];
}

const therapies = yamlEntries<TherapyFile>('therapies');

/** Every source id a therapy file cites anywhere: in any `sources` list or `countriesSources`. */
function sourceIdsIn(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(sourceIdsIn);
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, v]) => (key === 'sources' || key === 'countriesSources' ? (v as string[]) : sourceIdsIn(v)));
}
const trialKey = (t: TrialFile) => t.name.toLowerCase().replace(/[^a-z0-9]/g, '');
const page = (url: string) => builtPages().find((p) => p.url === url);

describe('the therapy collection', () => {
  it('has at least 25 therapies and 35 different trials', () => {
    expect(therapies.length).toBeGreaterThanOrEqual(25);
    expect(new Set(therapies.flatMap((t) => t.trials.map(trialKey))).size).toBeGreaterThanOrEqual(35);
  });

  it('covers disease-modifying, symptomatic and rehabilitation therapies', () => {
    expect(new Set(therapies.map((t) => t.purpose))).toEqual(new Set(['disease-modifying', 'symptomatic', 'rehabilitation']));
  });

  it('cites at least one real source for every therapy and every trial', () => {
    for (const t of therapies) {
      for (const id of sourceIdsIn(t)) {
        expect(existsSync(path.join(contentDir, 'sources', `${id}.yaml`)), `${t.id} cites ${id}`).toBe(true);
      }
      expect(t.sources.length, t.id).toBeGreaterThan(0);
      for (const trial of t.trials) expect(trial.sources.length, `${t.id}: ${trial.name}`).toBeGreaterThan(0);
    }
  });

  it('writes every registry ID in its registry’s own shape', () => {
    const ids = therapies.flatMap((t) => t.trials.flatMap((trial) => trial.registryIds ?? []));
    expect(ids.length).toBeGreaterThan(30);
    for (const id of ids) expect(registryOf(id), id).toBeDefined();
  });

  it('lists no trial twice, and multi-arm trials the same way in each arm', () => {
    const checked = therapies.map((t) => ({
      id: t.id,
      trials: t.trials.map((trial) => ({ ...trial, registryIds: trial.registryIds ?? [], otherArms: trial.otherArms ?? [] })),
    }));
    expect(pipelineProblems(checked)).toEqual([]);
  });
});

describe('open data', () => {
  const csv = parseCsv(readFileSync(path.join(distDir, 'pipeline', 'therapies.csv'), 'utf8'));
  const json = JSON.parse(readFileSync(path.join(distDir, 'pipeline', 'therapies.json'), 'utf8')) as {
    columns: { key: string }[];
    trials: Record<string, unknown>[];
  };
  const [header, ...rows] = csv;
  const expected = therapies.flatMap((t) => t.trials.map((trial) => ({ t, trial })));

  it('has one CSV row per trial of every therapy, with the dictionary’s columns', () => {
    expect(header).toEqual(recordColumns.map((c) => c.key));
    expect(rows).toHaveLength(expected.length);
  });

  it('matches the therapy files exactly, cell by cell', () => {
    const col = (row: string[], key: string) => row[header!.indexOf(key)] ?? '';
    const byKey = new Map(rows.map((row) => [`${col(row, 'therapy_id')}|${col(row, 'trial')}`, row]));
    expect(byKey.size).toBe(expected.length);
    for (const { t, trial } of expected) {
      const row = byKey.get(`${t.id}|${trial.name}`);
      expect(row, `${t.id}: ${trial.name}`).toBeDefined();
      const want: Record<string, string> = {
        therapy: t.name,
        other_names: (t.aliases ?? []).join('; '),
        mechanism: t.mechanism,
        purpose: t.purpose,
        populations: t.populations.join('; '),
        targets: t.targets ?? '',
        status: t.status,
        checked: String(t.checked),
        registry_ids: (trial.registryIds ?? []).join('; '),
        phase: trial.phase,
        trial_population: trial.population,
        start_year: trial.startYear?.toString() ?? '',
        result_year: trial.resultYear?.toString() ?? '',
        participants: trial.participants?.toString() ?? '',
        primary_outcome: trial.primaryOutcome,
        outcome: trial.outcome,
        result: trial.result ?? '',
        other_arms: (trial.otherArms ?? []).join('; '),
      };
      for (const [key, value] of Object.entries(want)) expect(col(row!, key), `${t.id}: ${trial.name}: ${key}`).toBe(value);
      expect(col(row!, 'trial_sources').split('; ')).toHaveLength(trial.sources.length);
      for (const url of col(row!, 'trial_sources').split('; ')) expect(url).toMatch(/^(https:\/\/|\/sources\/)/);
    }
  });

  it('has the same records in JSON, lists as arrays', () => {
    expect(json.columns.map((c) => c.key)).toEqual(header);
    expect(json.trials).toHaveLength(rows.length);
    json.trials.forEach((record, r) => {
      header!.forEach((key, c) => {
        const value = record[key];
        const asCsv = Array.isArray(value) ? value.join('; ') : value === null ? '' : String(value);
        expect(asCsv, `record ${r + 1}: ${key}`).toBe(rows[r]![c]);
      });
    });
  });

  it('is linked from the pipeline page with a dictionary of every column', () => {
    const { $ } = page('/pipeline/')!;
    expect($('a[href="/pipeline/therapies.csv"]').length).toBe(1);
    expect($('a[href="/pipeline/therapies.json"]').length).toBe(1);
    expect(
      $('.dictionary dt code')
        .map((_i, el) => $(el).text())
        .get(),
    ).toEqual(header);
  });
});

describe('the pipeline page', () => {
  const { $ } = page('/pipeline/')!;

  it('lists every therapy once in the table grouped by stage, linked to its page', () => {
    const links = $('.pipeline-table tbody th[scope="row"] a')
      .map((_i, a) => $(a).attr('href'))
      .get();
    expect(links.sort()).toEqual(therapies.map((t) => `/pipeline/${t.id}/`).sort());
    const groups = $('.pipeline-table tbody tr.stage-row th')
      .map((_i, th) => $(th).text())
      .get();
    expect(groups[0]).toMatch(/^Approved/);
    expect(groups.length).toBeGreaterThan(3);
  });

  it('explains how to read it, and that it is not medical advice', () => {
    const text = $('main').text();
    expect($('#how-to-read').length).toBe(1);
    expect(text).toMatch(/Most treatments never reach approval/);
    expect(text).toMatch(/“Did not work” is still an answer/);
    expect(text).toMatch(/not medical advice/);
  });
});

describe.each(therapies.map((t) => [t.id, t] as const))('the page for %s', (id, t) => {
  const built = page(`/pipeline/${id}/`);

  it('exists, with its name, plain summary, status and the day it was last checked', () => {
    expect(built, `/pipeline/${id}/`).toBeDefined();
    const { $ } = built!;
    expect($('h1').text()).toContain(t.name);
    expect($('[data-therapy-checked] time').first().attr('datetime')).toBe(String(t.checked));
  });

  it('shows each trial on a timeline and in its own section, with registry links', () => {
    const { $ } = built!;
    expect($(`chart-frame[data-chart="trials-${id}"]`).length).toBe(1);
    expect($('section.trial')).toHaveLength(t.trials.length);
    // Each trial says when it ran, in the years its file gives, and how it turned out.
    t.trials.forEach((trial, index) => {
      const section = $('section.trial').eq(index);
      const when = section.find('dt:contains("When") + dd').text();
      for (const year of [trial.startYear, trial.resultYear]) if (year) expect(when, `${trial.name}: when`).toContain(String(year));
      if (trial.outcome === 'ongoing') expect(when).toMatch(trial.endYear ? new RegExp(`planned to end ${trial.endYear}`) : /still running/);
      if (trial.participants) expect(section.text()).toContain(trial.participants.toLocaleString('en-GB'));
      // A multi-arm trial links each other therapy it tested.
      for (const arm of trial.otherArms ?? [])
        expect(section.find(`dt:contains("Also tested") + dd a[href="/pipeline/${arm}/"]`).length, `${trial.name}: ${arm}`).toBe(1);
    });
    for (const registryId of t.trials.flatMap((trial) => trial.registryIds ?? [])) {
      const registry = registryOf(registryId)!;
      expect($(`a[href="${registries[registry].url(registryId)}"]`).length, registryId).toBeGreaterThan(0);
    }
  });

  it('says what the results mean and do not mean, links to the glossary and to how research works, and lists its sources', () => {
    const { $ } = built!;
    expect($('#what-it-means').length).toBe(1);
    expect($('a[href^="/glossary/"]').length).toBeGreaterThan(0);
    expect($('a[href^="/how-research-works/"]').length).toBeGreaterThan(0);
    const cited = new Set(sourceIdsIn(t));
    expect($('#sources + ol > li')).toHaveLength(cited.size);
    expect($('.review-note').text()).toMatch(/not medical advice/);
  });
});

it('builds no page for a therapy that is not in the collection', () => {
  const pages = builtPages()
    .filter((p) => /^\/pipeline\/[^/]+\/$/.test(p.url) && !pipelineSectionPages.has(p.url))
    .map((p) => p.url);
  expect(pages.sort()).toEqual(therapies.map((t) => `/pipeline/${t.id}/`).sort());
  expect(fileFor('/pipeline/therapies.csv')).toBeDefined();
});
