/** Pure helpers for the therapy pipeline. */
import { phases } from '../content/schemas/therapy';

type Phase = keyof typeof phases.labels;

/**
 * The furthest phase among a therapy's trials, in the order phases are passed through.
 * "none" (a trial that tests no medicine) is not a step on that road, so any real phase wins.
 */
export function furthestPhase(trialPhases: readonly Phase[]): Phase {
  const order = phases.keys;
  const rank = (phase: Phase) => (phase === 'none' ? -1 : order.indexOf(phase));
  return trialPhases.reduce((best, phase) => (rank(phase) > rank(best) ? phase : best), trialPhases[0] ?? order[0]);
}
