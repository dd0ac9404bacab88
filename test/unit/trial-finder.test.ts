/** The trial finder's list: only trials a reader might join, each once. */
import { describe, expect, it } from 'vitest';
import { finderCountries, joinableTrials } from '../../src/lib/trial-finder';

const asOf = new Date('2026-11-01T00:00:00Z');
const trial = (
  name: string,
  status: 'recruiting' | 'not-yet-recruiting' | 'completed' | undefined,
  countries: string[],
  population: 'ppms' | 'non-relapsing-spms' | 'progressive-ms' = 'ppms',
) => ({
  name,
  population,
  countries,
  ...(status ? { recruitment: { status, asOf } } : {}),
});

describe('joinableTrials', () => {
  const list = joinableTrials([
    { id: 'metformin', name: 'metformin', trials: [trial('OCTOPUS', 'recruiting', ['GB', 'AU'], 'progressive-ms'), trial('OLD', 'completed', ['GB'])] },
    { id: 'lipoic', name: 'lipoic acid', trials: [trial('OCTOPUS', 'recruiting', ['GB', 'AU'], 'progressive-ms')] },
    { id: 'x', name: 'x', trials: [trial('ALPHA', 'not-yet-recruiting', ['US'], 'non-relapsing-spms'), trial('NONE', undefined, [])] },
  ]);
  it('keeps recruiting and soon-recruiting trials, recruiting first, and lists a multi-arm trial once with all its treatments', () => {
    expect(list.map((j) => j.trial.name)).toEqual(['OCTOPUS', 'ALPHA']);
    expect(list[0]!.therapies.map((t) => t.id)).toEqual(['metformin', 'lipoic']);
  });
  it('files each trial under the types of MS it takes', () => {
    expect(list[0]!.types).toEqual(['ppms', 'spms']);
    expect(list[1]!.types).toEqual(['spms']);
  });
  it('counts trials per country', () => {
    expect(finderCountries(list)).toEqual([
      { code: 'AU', count: 1 },
      { code: 'GB', count: 1 },
      { code: 'US', count: 1 },
    ]);
  });
});
