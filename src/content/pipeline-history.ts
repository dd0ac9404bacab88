/**
 * Every therapy's history as one list, newest first, for each therapy's page, /pipeline/updates/
 * and the Atom feed. Each entry gets an id that stays the same when other entries are added:
 * the therapy, the day, the kind, and a number only when one therapy has two of a kind that day.
 */
import { shortLabel } from '../lib/citation';
import { isoDate } from '../lib/dates';
import { therapyUrl } from '../lib/sections';
import type { HistoryKind } from '../lib/therapy-vocabulary';
import { sourceAddress, therapies, therapySource, type Therapy } from './therapies';

export interface HistoryEntry {
  id: string;
  date: Date;
  datePrecision: 'day' | 'month' | 'year';
  kind: HistoryKind;
  text: string;
  therapy: { id: string; name: string; href: string };
  sources: { id: string; label: string; href: string }[];
}

/** One therapy's history, newest first. */
export async function therapyHistory(t: Therapy): Promise<HistoryEntry[]> {
  const seen = new Map<string, number>();
  const entries = await Promise.all(
    [...t.data.history]
      .sort((a, b) => a.date.getTime() - b.date.getTime())
      .map(async (h) => {
        const base = `${t.id}-${isoDate(h.date)}-${h.kind}`;
        const n = (seen.get(base) ?? 0) + 1;
        seen.set(base, n);
        const sources = await Promise.all(
          h.sources.map(async ({ id }) => ({ id, label: shortLabel((await therapySource(id)).data), href: await sourceAddress(id) })),
        );
        return {
          id: n === 1 ? base : `${base}-${n}`,
          date: h.date,
          datePrecision: h.datePrecision,
          kind: h.kind,
          text: h.text,
          therapy: { id: t.id, name: t.data.name, href: therapyUrl(t.id) },
          sources,
        };
      }),
  );
  return entries.reverse();
}

/** Every therapy's history, newest first (ties: by therapy name). */
export async function pipelineHistory(): Promise<HistoryEntry[]> {
  const all = (await Promise.all((await therapies()).map(therapyHistory))).flat();
  return all.sort((a, b) => b.date.getTime() - a.date.getTime() || a.therapy.name.localeCompare(b.therapy.name));
}
