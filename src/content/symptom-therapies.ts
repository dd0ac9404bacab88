/**
 * The therapies in the pipeline that a symptom page covers: those whose `symptom:` names it.
 * Read from the therapy data, so a symptom page lists a new therapy as soon as its file exists.
 */
import { getCollection, type CollectionEntry } from 'astro:content';

export type SymptomTherapy = CollectionEntry<'therapies'>;

/** Every therapy. The one place this file reads them, so it can follow the pipeline's own reader in one line. */
const allTherapies = (): Promise<SymptomTherapy[]> => getCollection('therapies');

/** The therapies tested for one symptom, alphabetical by name. */
export async function therapiesForSymptom(symptom: string): Promise<SymptomTherapy[]> {
  return (await allTherapies())
    .filter((therapy) => therapy.data.symptom?.id === symptom)
    .sort((a, b) => a.data.name.localeCompare(b.data.name));
}
