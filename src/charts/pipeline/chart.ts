/**
 * The pipeline explorer: every therapy in src/content/therapies/, by mechanism and by how far
 * its trials have got. Its title, summary, description, table, filters and marks all come from
 * the same list, and the same list feeds the open-data files.
 */
import { layoutsForEachSize } from '../frame/types';
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { mechanisms, phases, populations, purposes, statuses } from '../../content/schemas/therapy';
import {
  furthestPhase,
  mechanismFamilies,
  mechanismFamily,
  pipelineReach,
  populationFilters,
  populationFiltersFor,
  purposeSeries,
  statusMarks,
  type MechanismFamily,
  type Status,
} from '../../lib/pipeline';
import { pipelineProblems } from '../../lib/pipeline-checks';
import { sourceHref } from '../../lib/citation';
import { isoDate, formatDate } from '../../lib/dates';
import { sourcesUrl, therapyUrl } from '../../lib/sections';
import { inSentence, listAnd } from '../../lib/words';
import type { ChartSpec } from '../frame/types';
import { layoutPipeline, type PipelineLayout } from './layout';

export const pipelineChartId = 'pipeline';

export type Therapy = CollectionEntry<'therapies'>;

/** Every therapy, alphabetical, after the cross-file checks: a duplicate or lopsided multi-arm trial stops the build here. */
export async function pipelineTherapies(): Promise<Therapy[]> {
  const therapies = (await getCollection('therapies')).sort((a, b) => a.data.name.localeCompare(b.data.name));
  const problems = pipelineProblems(
    therapies.map((t) => ({ id: t.id, trials: t.data.trials.map((trial) => ({ ...trial, otherArms: trial.otherArms.map((arm) => arm.id) })) })),
  );
  if (problems.length > 0) throw new Error(`The therapy pipeline has ${problems.length} problem(s):\n- ${problems.join('\n- ')}`);
  return therapies;
}

/** A source's web address: its DOI or URL, else its entry in the site's list of sources. */
export async function sourceAddress(id: string): Promise<string> {
  const entry = await getEntry('sources', id);
  if (!entry) throw new Error(`A therapy cites source "${id}", which is not in src/content/sources/.`);
  return sourceHref(entry.data) ?? sourcesUrl(id);
}

/** Everything a row of the explorer says about one therapy. */
export interface PipelineRow {
  id: string;
  name: string;
  aliases: string[];
  href: string;
  mechanism: string;
  family: MechanismFamily;
  purpose: string;
  purposeId: keyof typeof purposes.labels;
  populations: string[];
  populationFilters: string[];
  phase: string;
  status: Status;
  statusLabel: string;
  statusAsOf: Date;
  trials: number;
  summary: string;
}

export function pipelineRow(t: Therapy): PipelineRow {
  const d = t.data;
  return {
    id: t.id,
    name: d.name,
    aliases: d.aliases,
    href: therapyUrl(t.id),
    mechanism: mechanisms.labels[d.mechanism],
    family: mechanismFamily(d.mechanism),
    purpose: purposes.labels[d.purpose],
    purposeId: d.purpose,
    populations: d.populations.map((p) => populations.labels[p]),
    populationFilters: populationFiltersFor(d.populations),
    phase: phases.labels[furthestPhase(d.trials.map((trial) => trial.phase))],
    status: d.status,
    statusLabel: statuses.labels[d.status],
    statusAsOf: d.statusAsOf,
    trials: d.trials.length,
    summary: d.summary,
  };
}

/** The accessible name of a therapy's row. */
/**
 * A row's accessible name. It starts with the words the row shows, in order (`shown`: its name,
 * its status and, without phases, what it says instead of a bar), so a voice-control user can say
 * what they see (WCAG 2.5.3), then the rest of the row's facts.
 */
export function pipelineMarkName(row: PipelineRow, shown: readonly string[]): string {
  const aliases = row.aliases.length > 0 ? ` Also called ${row.aliases.join(', ')}.` : '';
  return `${shown.join(': ')}. ${row.statusLabel}, as of ${formatDate(row.statusAsOf)}.${aliases} ${row.mechanism}. Furthest: ${inSentence(row.phase)}.`;
}

export async function pipelineChart(): Promise<ChartSpec<PipelineLayout>> {
  const therapies = await pipelineTherapies();
  const rows = therapies.map(pipelineRow);
  const byStatus = (status: Status) => rows.filter((r) => r.status === status).length;
  const total = rows.length;
  const trialCount = therapies.reduce((sum, t) => sum + t.data.trials.length, 0);

  const statusParts = statuses.keys
    .filter((s) => byStatus(s) > 0)
    .map((s) => `${byStatus(s)} ${s === 'in-trial' ? 'in a trial now' : inSentence(statusMarks[s].short)}`);
  const approved = byStatus('approved');
  const failed = byStatus('did-not-work');
  const title =
    failed * 2 > total
      ? `Most treatments tested in progressive MS did not work: ${failed} of ${total}, while ${approved} ${approved === 1 ? 'is' : 'are'} approved`
      : `${failed} of ${total} treatments tested in progressive MS did not work, and ${approved} ${approved === 1 ? 'is' : 'are'} approved`;
  const groups = mechanisms.keys
    .filter((m) => therapies.some((t) => t.data.mechanism === m))
    .map((m) => ({ id: m, label: mechanisms.labels[m] }));
  const input = {
    groups,
    therapies: groups.flatMap((g) =>
      therapies
        .filter((t) => t.data.mechanism === g.id)
        .map((t) => ({
          id: t.id,
          name: t.data.name,
          group: g.id,
          series: purposeSeries[t.data.purpose],
          reach: pipelineReach(t.data.trials.map((trial) => trial.phase), t.data.status),
          statusLabel: statusMarks[t.data.status].short,
          glyph: statusMarks[t.data.status].glyph,
        })),
    ),
  };
  const oldest = rows.reduce((min, r) => (r.statusAsOf < min ? r.statusAsOf : min), rows[0]?.statusAsOf ?? new Date());
  const presentFamilies = (Object.keys(mechanismFamilies) as MechanismFamily[]).filter((f) => rows.some((r) => r.family === f));
  const presentStatuses = statuses.keys.filter((s) => byStatus(s) > 0);
  const presentPurposes = purposes.keys.filter((p) => rows.some((r) => r.purposeId === p));

  return {
    id: pipelineChartId,
    component: 'PipelineChart',
    title,
    summary: `Of ${total} treatments tested in progressive MS in ${trialCount} trials, ${listAnd(statusParts)}.`,
    description: [
      'One row for each treatment, grouped by how it is thought to work. A bar runs from phase 1 towards approval and stops at the furthest stage its trials have reached. A phase 2/3 trial reaches halfway into phase 3. Rehabilitation trials have no phases, so their rows say so instead of a bar.',
      'A mark at the end of each bar shows the status, and the status is also written at the end of the row: a tick for approved, an arrow for in a trial, a triangle for a positive result, a diamond for mixed, a cross for did not work and a square for stopped. Bars are coloured by what the treatment is for: slowing the disease, easing a symptom, or rehabilitation.',
      ...groups.map((g) => {
        const members = rows.filter((r) => r.mechanism === g.label);
        return `${g.label}: ${members.map((r) => `${r.name} (${inSentence(r.phase)}, ${inSentence(statusMarks[r.status].short)})`).join('; ')}.`;
      }),
    ],
    kind: 'data',
    sources: [{ id: 'pipeline-sources', label: 'the trial reports and registry records listed under each treatment', url: '/pipeline/#pipeline-sources' }],
    asOf: isoDate(oldest),
    page: { href: '/pipeline/', title: 'Treatments being tested' },
    table: {
      columns: [
        { key: 'name', label: 'Treatment' },
        { key: 'aliases', label: 'Other names' },
        { key: 'mechanism', label: 'How it works' },
        { key: 'purpose', label: 'What it is for' },
        { key: 'populations', label: 'Tested in' },
        { key: 'phase', label: 'Furthest phase' },
        { key: 'status', label: 'Status' },
        { key: 'statusAsOf', label: 'Status as of' },
        { key: 'trials', label: 'Trials', numeric: true },
      ],
      rows: rows.map((r) => ({
        name: r.name,
        aliases: r.aliases.join(', '),
        mechanism: r.mechanism,
        purpose: r.purpose,
        populations: r.populations.join('; '),
        phase: r.phase,
        status: r.statusLabel,
        statusAsOf: formatDate(r.statusAsOf),
        trials: r.trials,
      })),
    },
    controls: [
      {
        key: 'purpose',
        label: 'What it is for',
        // Each button is named for what it shows: "All purposes", not "All".
        options: [{ value: 'all', label: 'All purposes' }, ...presentPurposes.map((p) => ({ value: p, label: purposes.labels[p] }))],
        initial: 'all',
      },
      {
        key: 'mechanism',
        label: 'How it works',
        options: [{ value: 'all', label: 'All ways of working' }, ...presentFamilies.map((f) => ({ value: f, label: mechanismFamilies[f].label }))],
        initial: 'all',
      },
      {
        key: 'population',
        label: 'Type of MS',
        options: [{ value: 'all', label: 'All types of MS' }, ...(Object.keys(populationFilters) as (keyof typeof populationFilters)[]).map((p) => ({ value: p, label: populationFilters[p].label }))],
        initial: 'all',
      },
      {
        key: 'status',
        label: 'Status',
        options: [{ value: 'all', label: 'All statuses' }, ...presentStatuses.map((s) => ({ value: s, label: statusMarks[s].short }))],
        initial: 'all',
      },
    ],
    layouts: layoutsForEachSize((size) => layoutPipeline(input, size)),
  };
}

/** The conditions under which a therapy's row shows, for data-when. */
export function pipelineConditions(row: PipelineRow) {
  return {
    purpose: ['all', row.purposeId],
    mechanism: ['all', row.family],
    population: ['all', ...row.populationFilters],
    status: ['all', row.status],
  };
}

