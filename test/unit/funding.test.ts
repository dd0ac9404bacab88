/** The funding helpers turn a source's shares into amounts a reader can picture. */
import { describe, expect, it } from 'vitest';
import { dollarsPerHundred, formatMillionsApprox, formatMillionsExact, formatPercent, fundingShares, perHundred, shareOf } from '../../src/lib/funding';

describe('funding', () => {
  it('computes amounts from the total and the share', () => {
    expect(shareOf(228.7, 5)).toBeCloseTo(11.435, 6);
    expect(shareOf(228.7, 1.3)).toBeCloseTo(2.9731, 4);
  });

  it('writes the total exactly and amounts as rounded, saying so', () => {
    expect(formatMillionsExact(228.7)).toBe('$228.7 million');
    expect(formatMillionsExact(12)).toBe('$12 million');
    expect(formatMillionsApprox(11.435)).toBe('about $11 million');
    expect(formatMillionsApprox(0.46)).toBe('about $0.5 million');
    expect(formatMillionsApprox(7)).toBe('$7 million');
  });

  it('writes percentages and "of every $100" as the source gives them', () => {
    expect(formatPercent(1.3)).toBe('1.3%');
    expect(formatPercent(3)).toBe('3%');
    expect(perHundred(1.3)).toBe('$1.30 of every $100');
    expect(perHundred(5)).toBe('$5 of every $100');
    expect(dollarsPerHundred(90.7)).toBe('$90.70');
  });

  it('adds the remainder as other research, so the shares make 100%', () => {
    const shares = fundingShares(228.7, [
      { id: 'a', label: 'A', percent: 1.3 },
      { id: 'b', label: 'B', percent: 3 },
      { id: 'c', label: 'C', percent: 5 },
    ]);
    expect(shares.map((s) => s.percent)).toEqual([1.3, 3, 5, 90.7]);
    expect(shares.at(-1)).toMatchObject({ id: 'other', isRest: true, amount: 'about $207 million' });
    expect(shares.reduce((sum, s) => sum + s.millions, 0)).toBeCloseTo(228.7, 6);
  });

  it('adds no remainder when the areas already make 100%', () => {
    expect(fundingShares(10, [{ id: 'all', label: 'All', percent: 100 }]).map((s) => s.id)).toEqual(['all']);
  });
});
