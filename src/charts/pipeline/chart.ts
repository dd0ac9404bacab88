/**
 * The pipeline explorer's spec: every therapy by mechanism and by how far its trials have got.
 * Its title, summary, description, table, filters, marks and cards are all built here from the
 * same rows, which src/content/therapies.ts reads and checks.
 */
import { formatDate, isoDate } from '../../lib/dates';
import { mechanismFamilies, pipelineReach, populationFilters, purposeSeries, statusMarks, type MechanismFamily, type Status } from '../../lib/pipeline';
import { pipelineConditions, type PipelineRow } from '../../lib/pipeline-row';
import { mechanisms, purposes, statuses, type Phase } from '../../lib/therapy-vocabulary';
import { inSentence, listAnd } from '../../lib/words';
import { layoutsForEachSize, type ChartMarkSpec, type ChartSpec } from '../frame/types';
import { layoutPipeline, type PipelineLabels, type PipelineLayout } from './layout';

export const pipelineChartId = 'pipeline';

/** What a row without phases says instead of a bar. */
export const pipelineNoPhaseText = 'No phases: not a medicine trial';

/**
 * The words of the drawing: the stages along the bar, in the order pipelineReach (lib/pipeline.ts)
 * counts them, so a reach of 4 ends with approval; and its two sentences.
 */
export const pipelineLabels: PipelineLabels = {
  stages: ['Phase 1', 'Phase 2', 'Phase 3', 'Approved'],
  noPhase: pipelineNoPhaseText,
  empty: 'No treatment matches these choices. Choose “All” in one of the filters.',
};

export interface PipelineChartInput {
  rows: readonly (PipelineRow & { phases: readonly Phase[] })[];
  /** The newest day any therapy was checked: when the pipeline was last updated. */
  updated: Date;
}

/**
 * A row's accessible name. It starts with the words the row shows, in order (its name, its status
 * and, without phases, what it says instead of a bar), so a voice-control user can say what they
 * see (WCAG 2.5.3), then the rest of the row's facts.
 */
export function pipelineMarkName(row: PipelineRow, hasPhases = true): string {
  const shown = [row.name, row.statusShort, ...(hasPhases ? [] : [pipelineNoPhaseText])].join(': ');
  const aliases = row.aliases.length > 0 ? ` Also called ${row.aliases.join(', ')}.` : '';
  return `${shown}.${aliases} ${row.mechanism}. Furthest: ${inSentence(row.phase)}. Checked ${formatDate(row.checked)}.`;
}

function markOf(row: PipelineRow & { phases: readonly Phase[] }): ChartMarkSpec {
  return {
    key: row.id,
    name: pipelineMarkName(row, pipelineReach(row.phases, row.status) !== undefined),
    when: pipelineConditions(row),
    detail: {
      heading: `${row.name}${row.aliases.length > 0 ? ` (${row.aliases.join(', ')})` : ''}`,
      lines: [
        row.summary,
        `${row.mechanism} · ${row.purpose} · furthest: ${inSentence(row.phase)} · ${row.trials} trial${row.trials === 1 ? '' : 's'}`,
        `${row.statusLabel}. Checked on ${formatDate(row.checked)}.`,
      ],
      links: [{ href: row.href, text: `Read about ${row.name} and its trials` }],
    },
  };
}

export interface PipelineChartSpec extends ChartSpec<PipelineLayout> {
  /**
   * The line over the rows that says how many are shown: as built, and the two forms the filter
   * script fills in ({shown} and {total}) as filters change.
   */
  count: { initial: string; all: string; some: string };
  /** The name of the disclosure that holds the filters. */
  filtersLabel: string;
}

export function pipelineChart({ rows, updated }: PipelineChartInput): PipelineChartSpec {
  const byStatus = (status: Status) => rows.filter((r) => r.status === status).length;
  const total = rows.length;
  const statusParts = statuses.keys
    .filter((s) => byStatus(s) > 0)
    .map((s) => `${byStatus(s)} ${s === 'in-trial' ? 'in a trial now' : inSentence(statusMarks[s].short)}`);
  const approved = byStatus('approved');
  const failed = byStatus('did-not-work');
  const title =
    failed * 2 > total
      ? `Most treatments tested in progressive MS did not work: ${failed} of ${total}, while ${approved} ${approved === 1 ? 'is' : 'are'} approved`
      : `${failed} of ${total} treatments tested in progressive MS did not work, and ${approved} ${approved === 1 ? 'is' : 'are'} approved`;
  const groups = mechanisms.keys.filter((m) => rows.some((r) => r.mechanismId === m)).map((m) => ({ id: m, label: mechanisms.labels[m] }));
  const ordered = groups.flatMap((g) => rows.filter((r) => r.mechanismId === g.id));
  const input = {
    groups,
    therapies: ordered.map((r) => ({
      id: r.id,
      name: r.name,
      group: r.mechanismId,
      series: purposeSeries[r.purposeId],
      reach: pipelineReach(r.phases, r.status),
      statusLabel: r.statusShort,
      glyph: statusMarks[r.status].glyph,
    })),
    labels: pipelineLabels,
  };
  const presentFamilies = (Object.keys(mechanismFamilies) as MechanismFamily[]).filter((f) => rows.some((r) => r.family === f));
  const presentStatuses = statuses.keys.filter((s) => byStatus(s) > 0);
  const presentPurposes = purposes.keys.filter((p) => rows.some((r) => r.purposeId === p));
  // Each "all" button is named for what it shows: "All statuses", not "All".
  const all = (label: string) => ({ value: 'all', label });

  return {
    id: pipelineChartId,
    component: 'PipelineChart',
    count: { initial: `Showing all ${total} treatments.`, all: 'Showing all {total} treatments.', some: 'Showing {shown} of {total} treatments.' },
    filtersLabel: 'Filter treatments',
    title,
    summary: `Of ${total} treatments tested in progressive MS, ${listAnd(statusParts)}.`,
    description: [
      'One row for each treatment, grouped by how it is thought to work. A bar runs from phase 1 towards approval and stops at the furthest stage its trials have reached. A phase 2/3 trial reaches halfway into phase 3. Rehabilitation trials have no phases, so their rows say so instead of a bar.',
      'A mark at the end of each bar shows the status, and the status is also written at the end of the row: a tick for approved, an arrow for in a trial, a triangle for a positive result, a diamond for mixed, a cross for did not work and a square for stopped. Bars are coloured by what the treatment is for: slowing the disease, easing a symptom, or rehabilitation.',
      ...groups.map((g) => {
        const members = rows.filter((r) => r.mechanismId === g.id);
        return `${g.label}: ${members.map((r) => `${r.name} (${inSentence(r.phase)}, ${inSentence(r.statusShort)})`).join('; ')}.`;
      }),
    ],
    kind: 'data',
    sources: [{ id: 'pipeline-sources', label: 'the trial reports and registry records listed under each treatment', url: '/pipeline/#pipeline-sources' }],
    asOf: isoDate(updated),
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
        { key: 'checked', label: 'Last checked' },
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
        checked: formatDate(r.checked),
        trials: r.trials,
      })),
    },
    controls: [
      {
        key: 'purpose',
        label: 'What it is for',
        options: [all('All purposes'), ...presentPurposes.map((p) => ({ value: p, label: purposes.labels[p] }))],
        initial: 'all',
      },
      {
        key: 'mechanism',
        label: 'How it works',
        options: [all('All ways of working'), ...presentFamilies.map((f) => ({ value: f, label: mechanismFamilies[f].label }))],
        initial: 'all',
      },
      {
        key: 'population',
        label: 'Type of MS',
        options: [
          all('All types of MS'),
          ...(Object.keys(populationFilters) as (keyof typeof populationFilters)[]).map((p) => ({ value: p, label: populationFilters[p].label })),
        ],
        initial: 'all',
      },
      {
        key: 'status',
        label: 'Status',
        options: [all('All statuses'), ...presentStatuses.map((s) => ({ value: s, label: statusMarks[s].short }))],
        initial: 'all',
      },
    ],
    layouts: layoutsForEachSize((size) => layoutPipeline(input, size)),
    marks: ordered.map(markOf),
  };
}
