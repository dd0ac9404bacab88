/** When a therapy is due for review: 6 months after it was checked while anything is moving, 24 otherwise. */
import { describe, expect, it } from 'vitest';
import { addMonths, defaultReviewIntervals, reviewIntervals, reviewState } from '../../src/lib/review';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const iso = (date: Date) => date.toISOString().slice(0, 10);

describe('addMonths', () => {
  it('keeps the day of the month, or the last day of a shorter month', () => {
    expect(iso(addMonths(day('2026-06-01'), 6))).toBe('2026-12-01');
    expect(iso(addMonths(day('2026-08-31'), 6))).toBe('2027-02-28');
    expect(iso(addMonths(day('2026-12-01'), 24))).toBe('2028-12-01');
  });
});

describe('reviewState', () => {
  const today = day('2026-12-01');
  it('gives an active therapy 6 months and a settled one 24', () => {
    expect(iso(reviewState(day('2026-12-01'), true, today, defaultReviewIntervals).due)).toBe('2027-06-01');
    expect(iso(reviewState(day('2026-12-01'), false, today, defaultReviewIntervals).due)).toBe('2028-12-01');
  });
  it('is overdue only after the due day', () => {
    expect(reviewState(day('2026-06-01'), true, today, defaultReviewIntervals).overdue).toBe(false);
    expect(reviewState(day('2026-05-31'), true, today, defaultReviewIntervals).overdue).toBe(true);
    expect(reviewState(day('2025-01-01'), false, today, defaultReviewIntervals).overdue).toBe(false);
    expect(reviewState(day('2024-11-30'), false, today, defaultReviewIntervals).overdue).toBe(true);
  });
});

describe('reviewIntervals', () => {
  it('reads REVIEW_MONTHS_ACTIVE and REVIEW_MONTHS_SETTLED, and refuses nonsense', () => {
    expect(reviewIntervals({})).toEqual({ active: 6, settled: 24 });
    expect(reviewIntervals({ REVIEW_MONTHS_ACTIVE: '3', REVIEW_MONTHS_SETTLED: '12' })).toEqual({ active: 3, settled: 12 });
    expect(() => reviewIntervals({ REVIEW_MONTHS_ACTIVE: 'soon' })).toThrow(/REVIEW_MONTHS_ACTIVE must be a whole number of months/);
    expect(() => reviewIntervals({ REVIEW_MONTHS_SETTLED: '0' })).toThrow(/1 or more/);
  });
});

describe('recruitmentMayHaveChanged', async () => {
  const { recruitmentMayHaveChanged } = await import('../../src/lib/therapy-state');
  const today = day('2026-12-01');
  it('flags a status that changes as a trial runs once it is older than the interval', () => {
    expect(recruitmentMayHaveChanged({ status: 'recruiting', asOf: day('2024-02-05') }, today, 6)).toBe(true);
    expect(recruitmentMayHaveChanged({ status: 'not-yet-recruiting', asOf: day('2026-05-31') }, today, 6)).toBe(true);
    expect(recruitmentMayHaveChanged({ status: 'recruiting', asOf: day('2026-06-01') }, today, 6)).toBe(false);
  });
  it('never flags a status that cannot change, or a trial with none', () => {
    expect(recruitmentMayHaveChanged({ status: 'completed', asOf: day('2017-02-02') }, today, 6)).toBe(false);
    expect(recruitmentMayHaveChanged({ status: 'stopped-early', asOf: day('2020-01-01') }, today, 6)).toBe(false);
    expect(recruitmentMayHaveChanged(undefined, today, 6)).toBe(false);
  });
});
