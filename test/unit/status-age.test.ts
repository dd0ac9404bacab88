/** When a therapy's status counts as possibly out of date. */
import { describe, expect, it } from 'vitest';
import { isStatusStale, statusMaxAgeMonths } from '../../src/lib/status-age';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe('isStatusStale', () => {
  const today = day('2026-11-20');
  it('is fresh up to exactly the allowed age, and stale a day after', () => {
    expect(isStatusStale(day('2026-11-20'), today, 12)).toBe(false);
    expect(isStatusStale(day('2025-11-20'), today, 12)).toBe(false);
    expect(isStatusStale(day('2025-11-19'), today, 12)).toBe(true);
    expect(isStatusStale(day('2019-01-01'), today, 12)).toBe(true);
  });
  it('follows the configured age', () => {
    expect(isStatusStale(day('2026-04-01'), today, 6)).toBe(true);
    expect(isStatusStale(day('2026-06-01'), today, 6)).toBe(false);
  });
});

describe('statusMaxAgeMonths', () => {
  it('is 12 months unless set', () => {
    expect(statusMaxAgeMonths({})).toBe(12);
    expect(statusMaxAgeMonths({ STATUS_MAX_AGE_MONTHS: '' })).toBe(12);
    expect(statusMaxAgeMonths({ STATUS_MAX_AGE_MONTHS: '6' })).toBe(6);
  });
  it('refuses a value that is not a whole number of months', () => {
    expect(() => statusMaxAgeMonths({ STATUS_MAX_AGE_MONTHS: 'a year' })).toThrow(/whole number of months/);
    expect(() => statusMaxAgeMonths({ STATUS_MAX_AGE_MONTHS: '0' })).toThrow(/1 or more/);
  });
});
