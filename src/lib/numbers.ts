/** The numbers a sentence states, so words can be checked against the data they describe. */

/**
 * Every number written in a text: "$228.7 million" → 228.7, "1,234 people" → 1234, "1.3%" → 1.3.
 * Digits joined to letters, or to capitals by a hyphen, are part of a name or code (ATA188,
 * MD1003, MS-STAT2, BMS-986353, KYV-101), not a quantity.
 */
export function numbersIn(text: string): number[] {
  return [...text.matchAll(/(?<![\p{L}\d.,])(?<!\p{Lu}-)(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?![\p{L}\d])/gu)].map((m) =>
    Number(m[0].replaceAll(',', '')),
  );
}

/** Years are dates, not quantities: 1900–2100 as whole numbers. */
export function isYear(n: number): boolean {
  return Number.isInteger(n) && n >= 1900 && n <= 2100;
}

/** The numbers in `claim` that are not among `known` (years aside). */
export function unknownNumbers(claim: string, known: Iterable<number>): number[] {
  const set = new Set(known);
  return numbersIn(claim).filter((n) => !isYear(n) && !set.has(n));
}

/** A count of things in a sentence or table: 1,800 people. Never use it for a year. */
export function formatCount(n: number): string {
  return n.toLocaleString('en-GB');
}
