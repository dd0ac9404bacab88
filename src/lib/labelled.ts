/**
 * A closed list of values with reader-facing labels, for schemas (`z.enum(x.keys)`) and pages
 * (`x.labels[value]`) alike. Built from [value, label] pairs because object keys like "1" and
 * "2" would be reordered by JavaScript, and order matters (phases).
 */
export function labelled<const Pairs extends readonly (readonly [string, string])[]>(pairs: Pairs) {
  type Key = Pairs[number][0];
  const keys = pairs.map(([key]) => key) as unknown as [Key, ...Key[]];
  const labels = Object.fromEntries(pairs) as Record<Key, string>;
  return { keys, labels };
}

/** The values of a labelled list, as a type. */
export type KeyOf<List extends { keys: readonly string[] }> = List['keys'][number];
