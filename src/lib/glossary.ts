/** Groups glossary terms under their first letter, A to Z (terms starting with a digit under 0-9), for the glossary page. */
export interface TermRef {
  id: string;
  term: string;
}

export function groupByInitial<T extends TermRef>(terms: readonly T[]): { letter: string; items: T[] }[] {
  const sorted = [...terms].sort((a, b) => a.term.localeCompare(b.term, 'en', { sensitivity: 'base' }));
  const groups = new Map<string, T[]>();
  for (const item of sorted) {
    const first = item.term.normalize('NFD').charAt(0).toUpperCase();
    const letter = /[A-Z]/.test(first) ? first : '0-9';
    groups.set(letter, [...(groups.get(letter) ?? []), item]);
  }
  return [...groups].map(([letter, items]) => ({ letter, items }));
}
