/**
 * Reading level by the Flesch–Kincaid grade formula:
 *   grade = 0.39 × (words ÷ sentences) + 11.8 × (syllables ÷ words) − 15.59
 * Syllables are estimated from vowel groups, the usual approach for English; it is close
 * enough to rank pages and to flag ones that need plainer words.
 */
import { countWords, splitSentences } from './words';

/** Estimated syllables in one word; numbers and symbols count as one. */
export function syllables(word: string): number {
  let w = word.toLowerCase().replace(/[^a-z]/g, '');
  if (w.length === 0) return 1;
  if (w.length <= 3) return 1;
  // A final silent e, -es or -ed adds no syllable (make, takes, walked); -le does (table).
  w = w.replace(/(?:[^laeiouy]es|[^laeiouy]ed|[^laeiouy]e)$/, '').replace(/^y/, '');
  const groups = w.match(/[aeiouy]{1,2}/g);
  return Math.max(1, groups ? groups.length : 0);
}

export interface Readability {
  words: number;
  sentences: number;
  syllables: number;
  grade: number;
}

export function fleschKincaid(text: string): Readability {
  const sentences = Math.max(1, splitSentences(text).length);
  const wordList = text.match(/[\p{L}\p{N}]+(?:[-'’.,][\p{L}\p{N}]+)*/gu) ?? [];
  const words = countWords(text);
  const syllableCount = wordList.flatMap((w) => w.split('-')).reduce((sum, w) => sum + syllables(w), 0);
  if (words === 0) return { words: 0, sentences: 0, syllables: 0, grade: 0 };
  const grade = 0.39 * (words / sentences) + 11.8 * (syllableCount / words) - 15.59;
  return { words, sentences, syllables: syllableCount, grade: Math.round(grade * 10) / 10 };
}
