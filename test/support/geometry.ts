/**
 * A layout as plain data with every number rounded to one decimal, for snapshots of chart
 * geometry: a change of a hundredth of a unit is no change a reader could see.
 */
export function rounded<T>(value: T): T {
  return JSON.parse(JSON.stringify(value, (_key, v: unknown) => (typeof v === 'number' ? Number(v.toFixed(1)) : v))) as T;
}
