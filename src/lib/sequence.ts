/** Orders a section's pages and finds the neighbours of one, for "Previous / Next" links. */
export interface Ordered {
  id: string;
  order: number;
  title: string;
}

/** Lower order first; equal orders fall back to the title, so the order is always stable. */
export function compareOrdered(a: Omit<Ordered, 'id'>, b: Omit<Ordered, 'id'>): number {
  return a.order - b.order || a.title.localeCompare(b.title);
}

export function byOrder<T extends Ordered>(items: readonly T[]): T[] {
  return [...items].sort(compareOrdered);
}

export function neighbours<T extends Ordered>(items: readonly T[], id: string): { previous?: T; next?: T } {
  const ordered = byOrder(items);
  const index = ordered.findIndex((item) => item.id === id);
  if (index === -1) return {};
  const result: { previous?: T; next?: T } = {};
  const previous = ordered[index - 1];
  const next = ordered[index + 1];
  if (previous) result.previous = previous;
  if (next) result.next = next;
  return result;
}
