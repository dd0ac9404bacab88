/** The open-data records of the pipeline, from the checked collection. */
import { trialRecords, type TrialRecord } from '../lib/pipeline-data';
import { sourceAddress, therapies } from './therapies';

export async function pipelineRecords(): Promise<TrialRecord[]> {
  const list = await therapies();
  const ids = [...new Set(list.flatMap((t) => t.sourceIds))];
  const addresses = new Map(await Promise.all(ids.map(async (id) => [id, await sourceAddress(id)] as const)));
  return trialRecords(
    list.map((t) => ({
      ...t.data,
      id: t.id,
      reviewDue: t.review.due,
      symptom: t.data.symptom?.id,
      sources: t.data.sources.map((s) => s.id),
      trials: t.data.trials.map((trial) => ({ ...trial, otherArms: trial.otherArms.map((a) => a.id), sources: trial.sources.map((s) => s.id) })),
    })),
    (id) => addresses.get(id)!,
  );
}
