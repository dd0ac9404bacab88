/**
 * Looks up the entry an MDX component names, or stops the build with a message that names the
 * page, the tag, the unknown id, the nearest known ids and where to add a new one.
 */
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { ContentError } from '../../lib/content-error';
import { didYouMean } from '../../lib/suggest';

const described = { glossary: 'glossary term', sources: 'source' } as const;
type Named = keyof typeof described;

export async function requireEntry<C extends Named>(collection: C, id: unknown, tag: string, file: string | undefined): Promise<CollectionEntry<C>> {
  if (typeof id !== 'string' || id === '') {
    throw new ContentError(file, `<${tag}>`, 'is missing its id.', `Write <${tag} id="…">, using a file name from src/content/${collection}/.`);
  }
  const entry = await getEntry(collection, id);
  if (entry) return entry as CollectionEntry<C>;
  const known = (await getCollection(collection)).map((e) => e.id);
  throw new ContentError(
    file,
    `<${tag} id="${id}">`,
    `there is no ${described[collection]} "${id}".${didYouMean(id, known)}`,
    `Use an id from src/content/${collection}/, or add src/content/${collection}/${id}.yaml.`,
  );
}
