/** The pipeline explorer's data, read from the checked therapy collection. */
import { therapies, type Therapy } from '../../content/therapies';
import { newest } from '../../lib/therapy-state';
import { distinctTrialCount, pipelineRow, type PipelineRow } from '../../lib/pipeline-row';
import type { Phase } from '../../lib/therapy-vocabulary';
import { pipelineChart, type PipelineChartInput } from './chart';

/** A therapy as a pipeline row, with its trials' phases for the bar's reach. */
export function rowOf(t: Therapy): PipelineRow & { phases: Phase[] } {
  return {
    ...pipelineRow({ ...t.data, id: t.id, reviewOverdue: t.review.overdue }),
    phases: t.data.trials.map((trial) => trial.phase),
  };
}

/** What the explorer needs from the collection, and the count of distinct trials (a multi-arm trial counts once). */
export function pipelineInput(list: readonly Therapy[]): PipelineChartInput & { trialCount: number } {
  return {
    rows: list.map(rowOf),
    trialCount: distinctTrialCount(
      list.map((t) => ({ id: t.id, trials: t.data.trials.map((trial) => ({ name: trial.name, otherArms: trial.otherArms.map((a) => a.id) })) })),
    ),
    updated: newest(list.map((t) => t.data.checked)) ?? new Date(0),
  };
}

export async function loadPipelineChart() {
  return pipelineChart(pipelineInput(await therapies()));
}
