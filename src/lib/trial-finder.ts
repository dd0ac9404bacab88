/**
 * "Is there a trial I could join?": every trial that is recruiting, or about to, with the
 * countries and types of MS it can be found under. Pure: therapies in, plain list out.
 */
import { populationFilters, populationFiltersFor, type PopulationFilter } from './pipeline';
import { joinableRecruitment, type Population, type Recruitment } from './therapy-vocabulary';

interface FinderTrial {
  name: string;
  population: Population;
  recruitment?: { status: Recruitment; asOf: Date } | undefined;
  countries: readonly string[];
}

export interface FinderTherapy<T extends FinderTrial> {
  id: string;
  name: string;
  trials: readonly T[];
}

export interface JoinableTrial<T extends FinderTrial> {
  /** Unique on the page: therapy and trial. A multi-arm trial appears once, under its first therapy, naming the others. */
  key: string;
  therapies: { id: string; name: string }[];
  trial: T;
  /** The type-of-MS filter values it shows under (ppms, spms). */
  types: PopulationFilter[];
}

const trialKey = (name: string) => name.toLowerCase().replace(/[^a-z0-9]/g, '');

/** Recruiting and not-yet-recruiting trials, recruiting first, then by name; multi-arm trials once. */
export function joinableTrials<T extends FinderTrial>(therapies: readonly FinderTherapy<T>[]): JoinableTrial<T>[] {
  const byTrial = new Map<string, JoinableTrial<T>>();
  for (const therapy of therapies) {
    for (const trial of therapy.trials) {
      if (!trial.recruitment || !joinableRecruitment.includes(trial.recruitment.status)) continue;
      const key = trialKey(trial.name);
      const found = byTrial.get(key);
      if (found) found.therapies.push({ id: therapy.id, name: therapy.name });
      else
        byTrial.set(key, {
          key: `${therapy.id}-${key}`,
          therapies: [{ id: therapy.id, name: therapy.name }],
          trial,
          types: populationFiltersFor([trial.population]),
        });
    }
  }
  const rank = (j: JoinableTrial<T>) => joinableRecruitment.indexOf(j.trial.recruitment!.status);
  return [...byTrial.values()].sort((a, b) => rank(a) - rank(b) || a.trial.name.localeCompare(b.trial.name));
}

/** Every country the trials run in, with how many trials, most first then by code. */
export function finderCountries(trials: readonly JoinableTrial<FinderTrial>[]): { code: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const j of trials) for (const c of j.trial.countries) counts.set(c, (counts.get(c) ?? 0) + 1);
  return [...counts.entries()].map(([code, count]) => ({ code, count })).sort((a, b) => b.count - a.count || a.code.localeCompare(b.code));
}

export const finderTypes = populationFilters;
