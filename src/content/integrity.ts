/**
 * Every cross reference between collections must point at an entry that exists. Astro warns
 * about a dangling reference but may build the page anyway; this turns any dangling reference
 * into one build error that lists each file, field and the id it could not find.
 */
import { getCollection, type CollectionKey } from 'astro:content';
import { didYouMean } from '../lib/suggest';

interface Reference {
  collection: CollectionKey;
  id: string;
}
interface Found {
  file: string;
  field: string;
  ref: Reference;
}

type Ref = Reference | undefined;
const list = (field: string, refs: readonly Ref[]) => refs.map((ref, i) => [`${field}[${i}]`, ref] as const);

async function referencesIn(): Promise<Found[]> {
  const found: Found[] = [];
  const add = (file: string | undefined, pairs: readonly (readonly [string, Ref])[]) => {
    for (const [field, ref] of pairs) if (ref) found.push({ file: file ?? 'unknown file', field, ref });
  };
  for (const collection of ['strategy', 'symptoms', 'pages'] as const) {
    for (const entry of await getCollection(collection)) add(entry.filePath, list('sources', entry.data.sources));
  }
  for (const entry of await getCollection('glossary')) {
    add(entry.filePath, [['source', entry.data.source], ...list('seeAlso', entry.data.seeAlso)]);
  }
  for (const entry of await getCollection('questions')) {
    add(entry.filePath, [
      ['symptom', entry.data.symptom],
      ['source', entry.data.source],
    ]);
  }
  for (const entry of await getCollection('funding')) {
    add(entry.filePath, [['source', entry.data.source], ...entry.data.areas.flatMap((area, a) => list(`areas[${a}].symptoms`, area.symptoms))]);
  }
  for (const entry of await getCollection('therapies')) {
    add(entry.filePath, [
      ['symptom', entry.data.symptom],
      ...list('sources', entry.data.sources),
      ...entry.data.trials.flatMap((trial, t) => list(`trials[${t}].sources`, trial.sources)),
    ]);
  }
  for (const entry of await getCollection('gaps')) {
    add(entry.filePath, [['page', entry.data.page], ...entry.data.approaches.map((approach, a) => [`approaches[${a}].source`, approach.source] as const)]);
  }
  for (const entry of await getCollection('progression')) {
    add(entry.filePath, [['term', entry.data.term], ...entry.data.whatIsKnown.map((fact, f) => [`whatIsKnown[${f}].source`, fact.source] as const)]);
  }
  return found;
}

async function check(): Promise<void> {
  const ids = new Map<string, string[]>();
  const idsOf = async (collection: CollectionKey) => {
    if (!ids.has(collection))
      ids.set(
        collection,
        (await getCollection(collection)).map((e) => e.id),
      );
    return ids.get(collection)!;
  };
  const problems: string[] = [];
  for (const { file, field, ref } of await referencesIn()) {
    const known = await idsOf(ref.collection);
    if (!known.includes(ref.id)) {
      problems.push(
        `${file}: ${field}: there is no ${ref.collection} entry "${ref.id}".${didYouMean(ref.id, known)} ` +
          `Use the name of a file in src/content/${ref.collection}/ (without its extension).`,
      );
    }
  }
  if (problems.length > 0) {
    throw new Error(`Content has ${problems.length} broken reference(s):\n${problems.join('\n')}`);
  }
}

let checked: Promise<void> | undefined;
/** Runs the check once per build (every page awaits the same result). */
export function assertReferencesExist(): Promise<void> {
  checked ??= check();
  return checked;
}
