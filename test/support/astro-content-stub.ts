/**
 * Stands in for `astro:content` in unit tests, so a chart's spec builder can run on a few
 * entries a test provides instead of the site's content. `useCollections` sets what
 * getCollection and getEntry return; a reference is `{ collection, id }`, as Astro gives it.
 * The unit project maps `astro:content` here (vitest.config.ts). `defineCollection` and
 * `reference` let tests import src/content.config.ts itself, so they parse with the schemas
 * exactly as the site wires them.
 */
import { z } from 'astro/zod';

export interface StubEntry {
  id: string;
  collection?: string;
  data: Record<string, unknown>;
  filePath?: string;
}

let collections: Record<string, StubEntry[]> = {};

/** Replaces every collection with these entries (a collection not named is empty). */
export function useCollections(entries: Record<string, StubEntry[]>): void {
  collections = Object.fromEntries(
    Object.entries(entries).map(([name, list]) => [
      name,
      list.map((entry) => ({ collection: name, filePath: `src/content/${name}/${entry.id}.yaml`, ...entry })),
    ]),
  );
}

/** A reference from one entry to another, as `reference('sources')` produces it. */
export const ref = (collection: string, id: string) => ({ collection, id });

export async function getCollection(name: string, filter?: (entry: StubEntry) => boolean): Promise<StubEntry[]> {
  const all = collections[name] ?? [];
  return filter ? all.filter(filter) : [...all];
}

export async function getEntry(nameOrRef: string | { collection: string; id: string }, maybeId?: string): Promise<StubEntry | undefined> {
  const [name, id] = typeof nameOrRef === 'string' ? [nameOrRef, maybeId] : [nameOrRef.collection, nameOrRef.id];
  return (collections[name] ?? []).find((entry) => entry.id === id);
}

/** A reference field: an id in the file, `{ collection, id }` once parsed, as Astro gives it. */
export function reference(collection: string) {
  return z.string().transform((id) => ({ collection, id }));
}

// biome-ignore lint/suspicious/noExplicitAny: like Astro's own, an entry's data is typed by its collection, which the stub cannot know
export type CollectionEntry<_T> = StubEntry & { data: any };
export type CollectionKey = string;

/** As in Astro: a collection's definition, returned as given (tests read its `schema`). */
export function defineCollection<T>(config: T): T {
  return config;
}

/** Several entries by reference, as Astro's getEntries: undefined for an id that does not exist. */
export async function getEntries(refs: { collection: string; id: string }[]): Promise<(StubEntry | undefined)[]> {
  return Promise.all(refs.map((r) => getEntry(r)));
}
