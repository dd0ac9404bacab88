/**
 * The therapies in the pipeline that a symptom page covers: those whose `symptom:` names it.
 * Read from the therapy data, so a symptom page lists a new therapy as soon as its file exists.
 */
import { therapies, type Therapy } from './therapies';

/** The therapies tested for one symptom, alphabetical by name (as therapies() gives them). */
export async function therapiesForSymptom(symptom: string): Promise<Therapy[]> {
  return (await therapies()).filter((therapy) => therapy.data.symptom?.id === symptom);
}
