/** Pure helpers for the therapy pipeline. */
import { phases } from '../content/schemas/therapy';

type Phase = keyof typeof phases.labels;

/** The furthest phase among a therapy's trials, in the order phases are passed through. */
export function furthestPhase(trialPhases: readonly Phase[]): Phase {
  const order = phases.keys;
  const furthest = trialPhases.reduce((best, phase) => (order.indexOf(phase) > order.indexOf(best) ? phase : best), trialPhases[0] ?? order[0]);
  return furthest;
}
