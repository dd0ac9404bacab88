/** The one "today" that the build and the tests share. */
import { describe, expect, it } from 'vitest';
import { readToday } from '../../src/lib/today';

describe('readToday', () => {
  const now = new Date('2026-12-01T22:45:00Z');

  it('is the machine date at midnight UTC when SITE_TODAY is unset or empty', () => {
    expect(readToday({}, now).toISOString()).toBe('2026-12-01T00:00:00.000Z');
    expect(readToday({ SITE_TODAY: ' ' }, now).toISOString()).toBe('2026-12-01T00:00:00.000Z');
  });

  it('is SITE_TODAY when set, whatever the clock says', () => {
    expect(readToday({ SITE_TODAY: '2027-01-01' }, now).toISOString()).toBe('2027-01-01T00:00:00.000Z');
  });

  it('refuses a SITE_TODAY that is not a real calendar date, saying what to write', () => {
    for (const bad of ['2027-02-30', '1 January 2027', '2027-1-1', 'tomorrow']) {
      expect(() => readToday({ SITE_TODAY: bad }, now)).toThrow(/SITE_TODAY must be a calendar date written YYYY-MM-DD, for example 2026-12-01/);
    }
  });
});
