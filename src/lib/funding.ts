/**
 * Turns funding shares into amounts a reader can picture. Pure: figures in, plain data out.
 * Amounts are computed from the source's own total and percentages, never typed by hand.
 */

export interface FundingArea {
  id: string;
  label: string;
  percent: number;
}

export interface FundingShare extends FundingArea {
  /** The amount in millions of dollars, unrounded. */
  millions: number;
  /** The amount in words, e.g. "about $3 million". */
  amount: string;
  /** Dollars of every $100, e.g. "$1.30". */
  dollarsPerHundred: string;
  /** The same in words, e.g. "$1.30 of every $100". */
  perHundred: string;
  /** True for the remainder the source does not break down. */
  isRest: boolean;
}

/** The amount of a share: 5% of $228.7 million is $11.435 million. */
export function shareOf(totalMillions: number, percent: number): number {
  return (totalMillions * percent) / 100;
}

/** "$228.7 million" — the total exactly, trimming a needless ".0". */
export function formatMillionsExact(millions: number): string {
  return `$${Number(millions.toFixed(1)).toLocaleString('en-GB')} million`;
}

/** "about $3 million", "about $0.5 million", "about $207 million": rounded, and said to be. */
export function formatMillionsApprox(millions: number): string {
  const rounded = millions >= 1 ? Math.round(millions) : Number(millions.toFixed(1));
  const exact = Math.abs(rounded - millions) < 1e-9;
  return `${exact ? '' : 'about '}$${rounded.toLocaleString('en-GB')} million`;
}

/** "1.3%" and "3%": the percentage as the source writes it. */
export function formatPercent(percent: number): string {
  return `${Number(percent.toFixed(2))}%`;
}

/** "$1.30", "$5": the dollars of every $100 that a share stands for. */
export function dollarsPerHundred(percent: number): string {
  return `$${Number.isInteger(percent) ? percent : percent.toFixed(2)}`;
}

/** "$1.30 of every $100", "$5 of every $100". */
export function perHundred(percent: number): string {
  return `${dollarsPerHundred(percent)} of every $100`;
}

/** Every area with its amount, plus the remainder as "Other research". */
export function fundingShares(totalMillions: number, areas: readonly FundingArea[]): FundingShare[] {
  const toShare = (area: FundingArea, isRest: boolean): FundingShare => {
    const millions = shareOf(totalMillions, area.percent);
    return {
      ...area,
      millions,
      amount: formatMillionsApprox(millions),
      dollarsPerHundred: dollarsPerHundred(area.percent),
      perHundred: perHundred(area.percent),
      isRest,
    };
  };
  const named = areas.map((area) => toShare(area, false));
  const restPercent = Number((100 - areas.reduce((sum, a) => sum + a.percent, 0)).toFixed(2));
  return restPercent > 0 ? [...named, toShare({ id: 'other', label: 'Other research', percent: restPercent }, true)] : named;
}
