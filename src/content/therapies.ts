/**
 * The therapy pipeline as the pages, charts, search and open data read it: every therapy file,
 * checked across files, with its sources resolved and what follows from its facts worked out
 * (evidence date, review due, late results, approvals). Read once per build; every consumer
 * asks this module, so the collection is read and checked in one place.
 */
import { getCollection, getEntries, type CollectionEntry } from 'astro:content';
import { pipelineProblems, statusProblems } from '../lib/pipeline-checks';
import { sourceHref } from '../lib/citation';
import { isoDate, publishedLatestDay } from '../lib/dates';
import { sourcesUrl } from '../lib/sections';
import { reviewIntervals, reviewState, type ReviewState } from '../lib/review';
import { isApprovedFor, isTherapyActive, newest, resultsOverdue, therapySourceIds } from '../lib/therapy-state';
import { siteToday } from '../lib/today';

export type TherapyEntry = CollectionEntry<'therapies'>;
export type SourceEntry = CollectionEntry<'sources'>;
export type TherapyData = TherapyEntry['data'];
export type Trial = TherapyData['trials'][number];

/** A therapy with what follows from its facts. */
export interface Therapy extends TherapyEntry {
  /** Every source the therapy's page cites, in first-cited order. */
  sourceIds: string[];
  /** The newest publication date among those sources: how new the evidence is. */
  evidence: Date | undefined;
  review: ReviewState;
  /** Indexes of running trials whose expected results date has passed. */
  lateResults: number[];
}

const fileOf = (id: string) => `src/content/therapies/${id}.yaml`;

let loaded: Promise<{ therapies: Therapy[]; sources: Map<string, SourceEntry> }> | undefined;

async function load() {
  const entries = (await getCollection('therapies')).sort((a, b) => a.data.name.localeCompare(b.data.name));
  const problems = pipelineProblems(
    entries.map((t) => ({ id: t.id, trials: t.data.trials.map((trial) => ({ ...trial, otherArms: trial.otherArms.map((arm) => arm.id) })) })),
  );
  if (problems.length > 0) throw new Error(`The therapy pipeline has ${problems.length} problem(s):\n- ${problems.join('\n- ')}`);

  const mismatched = statusProblems(entries.map((t) => ({ id: t.id, status: t.data.status, approvedByRegulator: isApprovedFor(t.data.decisions) })));
  if (mismatched.length > 0) throw new Error(`The therapy pipeline has ${mismatched.length} problem(s):\n- ${mismatched.join('\n- ')}`);

  const ids = [...new Set(entries.flatMap((t) => therapySourceIds(t.data)))];
  const found = await getEntries(ids.map((id) => ({ collection: 'sources' as const, id })));
  const sources = new Map(found.filter((s): s is SourceEntry => s !== undefined).map((s) => [s.id, s]));
  const today = siteToday();
  const intervals = reviewIntervals();

  const therapies = entries.map((entry): Therapy => {
    const sourceIds = therapySourceIds(entry.data);
    const missing = sourceIds.filter((id) => !sources.has(id));
    if (missing.length > 0)
      throw new Error(`${fileOf(entry.id)} cites ${missing.map((m) => `"${m}"`).join(', ')}, not in src/content/sources/. Add the source file or fix the id.`);
    const evidence = newest(sourceIds.map((id) => publishedLatestDay(sources.get(id)!.data.published)));
    const review = reviewState(entry.data.checked, isTherapyActive(entry.data), today, intervals);
    const lateResults = entry.data.trials.flatMap((trial, i) => (resultsOverdue(trial, today) ? [i] : []));
    return { ...entry, sourceIds, evidence, review, lateResults };
  });

  for (const t of therapies) {
    if (t.review.overdue) {
      console.warn(
        `[pipeline] ${fileOf(t.id)}: review overdue since ${isoDate(t.review.due)} (checked ${isoDate(t.data.checked)}, due every ${t.review.intervalMonths} months). Look for news, update the file and set checked to the day you looked; the page says it may be out of date.`,
      );
    }
    for (const i of t.lateResults) {
      const trial = t.data.trials[i]!;
      console.warn(
        `[pipeline] ${fileOf(t.id)}: trial "${trial.name}" expected results in ${trial.expectedResults!.year}, and none are recorded. Look for them; add the result, or a newer expectedResults with its source.`,
      );
    }
  }
  return { therapies, sources };
}

function data() {
  loaded ??= load();
  return loaded;
}

/** Every therapy, alphabetical, checked across files: a duplicate or lopsided multi-arm trial stops the build here. */
export async function therapies(): Promise<Therapy[]> {
  return (await data()).therapies;
}

/** One therapy by id, or undefined. */
export async function therapy(id: string): Promise<Therapy | undefined> {
  return (await therapies()).find((t) => t.id === id);
}

/** A cited source's entry (every therapy source is checked to exist when the data loads). */
export async function therapySource(id: string): Promise<SourceEntry> {
  const entry = (await data()).sources.get(id);
  if (!entry) throw new Error(`A therapy cites source "${id}", which is not in src/content/sources/.`);
  return entry;
}

/** A source's web address: its DOI or URL, else its entry in the site's list of sources. */
export async function sourceAddress(id: string): Promise<string> {
  const entry = await therapySource(id);
  return sourceHref(entry.data) ?? sourcesUrl(id);
}

/** The sources of some therapies, each once, sorted as a reference list is. */
export async function sourcesOf(list: readonly Therapy[]): Promise<SourceEntry[]> {
  const ids = [...new Set(list.flatMap((t) => t.sourceIds))];
  const entries = await Promise.all(ids.map(therapySource));
  return entries.sort(
    (a, b) =>
      (a.data.authors[0] ?? '').localeCompare(b.data.authors[0] ?? '') ||
      (publishedLatestDay(a.data.published)?.getTime() ?? 0) - (publishedLatestDay(b.data.published)?.getTime() ?? 0),
  );
}
