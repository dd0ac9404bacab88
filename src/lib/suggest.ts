/** "Did you mean …?" for build errors: the known ids closest to a mistyped one. */
export function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j]!;
      row[j] = Math.min(above + 1, row[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length]!;
}

/** Up to `limit` known ids, nearest first, that are a plausible typo of `wanted`. */
export function closest(wanted: string, known: readonly string[], limit = 3): string[] {
  const target = wanted.toLowerCase();
  return known
    .map((id) => ({ id, score: id.includes(target) || target.includes(id) ? 0 : editDistance(target, id.toLowerCase()) }))
    .filter(({ id, score }) => score <= Math.max(2, Math.floor(id.length / 3)))
    .sort((a, b) => a.score - b.score || a.id.localeCompare(b.id))
    .slice(0, limit)
    .map(({ id }) => id);
}

/** " Did you mean "a" or "b"?" or "" when nothing is close. */
export function didYouMean(wanted: string, known: readonly string[]): string {
  const near = closest(wanted, known);
  if (near.length === 0) return '';
  return ` Did you mean ${near.map((id) => `"${id}"`).join(' or ')}?`;
}
