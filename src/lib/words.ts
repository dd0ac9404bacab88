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
