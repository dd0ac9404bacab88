/**
 * What search knows about a therapy page: its other names as keywords, and its mechanism,
 * furthest phase and status as filters, in the words the pipeline table uses. Spread it
 * into <SearchMeta {...therapySearchMeta(data)} /> on the therapy page.
 */
import { mechanisms, phases, type Purpose, type Status } from './therapy-vocabulary';
import { furthestPhase, statusLabel } from './pipeline';
import { searchSections } from './search';

type Phase = keyof typeof phases.labels;

export interface TherapySearchFields {
  summary: string;
  aliases: readonly string[];
  mechanism: keyof typeof mechanisms.labels;
  status: Status;
  purpose: Purpose;
  trials: readonly { phase: Phase }[];
  symptom?: { id: string } | undefined;
}

export function therapySearchMeta(therapy: TherapySearchFields) {
  return {
    section: searchSections.pipeline,
    summary: therapy.summary,
    keywords: therapy.aliases,
    symptoms: therapy.symptom ? [therapy.symptom.id] : [],
    filters: {
      mechanism: mechanisms.labels[therapy.mechanism],
      phase: phases.labels[furthestPhase(therapy.trials.map((t) => t.phase))],
      status: statusLabel(therapy.status, therapy.purpose),
    },
  };
}
