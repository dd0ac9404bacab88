/** Counts words the way a reader would: hyphenated words and numbers such as 228.7 count as one. */
export function countWords(text: string): number {
  const words = text.match(/[\p{L}\p{N}]+(?:[-'’.,][\p{L}\p{N}]+)*/gu);
  return words ? words.length : 0;
}

/** Splits prose into sentences at ., ! or ? followed by a space and a capital letter or digit. */
export function splitSentences(text: string): string[] {
  return text
    .trim()
    .split(/(?<=[.!?])\s+(?=[\p{Lu}\p{N}“"‘'(])/u)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

/**
 * A label as it reads inside a sentence: "Primary progressive MS" → "primary progressive MS".
 * Only the first letter changes, and not at all when the first word is an abbreviation (MS, NfL),
 * so lowercasing a whole label can never turn "MS" into "ms".
 */
export function inSentence(label: string): string {
  const firstWord = label.split(/\s/)[0] ?? '';
  if ((firstWord.match(/[A-Z]/g)?.length ?? 0) >= 2) return label;
  return label.charAt(0).toLowerCase() + label.slice(1);
}

/** "a", "a and b", "a, b and c": a list as a sentence says it. */
export function listAnd(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

const smallNumbers = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

/** Numbers up to ten in words, as plain-language guides advise ("three gaps"); larger ones in digits. */
export function numberInWords(n: number): string {
  return smallNumbers[n] ?? String(n);
}

/** A label at the start of a sentence or title: "ibudilast" → "Ibudilast". Names that start with a capital stay as they are. */
export function atStart(label: string): string {
  return label.charAt(0).toUpperCase() + label.slice(1);
}
