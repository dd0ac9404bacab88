/** The open-data records of the pipeline, from the checked collection. */
import { trialRecords, type TrialRecord } from '../../lib/pipeline-data';
import { pipelineTherapies, sourceAddress } from './chart';

export async function pipelineRecords(): Promise<TrialRecord[]> {
  const therapies = await pipelineTherapies();
  const ids = [...new Set(therapies.flatMap((t) => [...t.data.sources, ...t.data.trials.flatMap((trial) => trial.sources)].map((s) => s.id)))];
  const addresses = new Map(await Promise.all(ids.map(async (id) => [id, await sourceAddress(id)] as const)));
  return trialRecords(
    therapies.map((t) => ({
      ...t.data,
      id: t.id,
      symptom: t.data.symptom?.id,
      sources: t.data.sources.map((s) => s.id),
      trials: t.data.trials.map((trial) => ({ ...trial, otherArms: trial.otherArms.map((a) => a.id), sources: trial.sources.map((s) => s.id) })),
    })),
    (id) => addresses.get(id)!,
  );
}
