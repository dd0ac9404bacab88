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
