/**
 * Finds glossary words in running text, so a check can tell whether the first use of each
 * term on a page is marked with <Term>. Pure: it takes the glossary and the page as plain data.
 */
import { escapeRegExp } from './regexp.ts';

export interface GlossaryWords {
  /** The glossary id, e.g. "neurofilament-light". */
  id: string;
  /** The headword, e.g. "Neurofilament light". */
  term: string;
  /** Other names, e.g. ["NfL", "neurofilament light chain"]. */
  aliases?: readonly string[];
}

/** A piece of a page in reading order: plain text, or a word already marked with <Term>. */
export type Segment = { text: string } | { termId: string };

export interface UnmarkedMention {
  /** The glossary id of the word. */
  termId: string;
  /** The words as the page has them. */
  found: string;
  /** A little of the surrounding text, to find it in the source. */
  context: string;
}

interface Name {
  id: string;
  name: string;
  /** Abbreviations must match exactly ("MS", not "ms"); words match in any case. */
  exactCase: boolean;
}

/**
 * An abbreviation such as MS, NfL, 9HPT or BTKi: one word with two or more capitals.
 * Everyday aliases ("walking", "study", "age") exist for search and are not expected to be
 * marked, so only headwords and abbreviations count as uses of a term.
 */
export function isAbbreviation(alias: string): boolean {
  return !/\s/.test(alias) && (alias.match(/[A-Z]/g)?.length ?? 0) >= 2;
}

function namesOf(glossary: readonly GlossaryWords[]): Name[] {
  const names = glossary.flatMap((entry) => [
    { id: entry.id, name: entry.term, exactCase: isAbbreviation(entry.term) },
    ...(entry.aliases ?? []).filter(isAbbreviation).map((name) => ({ id: entry.id, name, exactCase: true })),
  ]);
  // Longest first, so "progressive MS" wins over "MS" and "clinical trial" over "trial".
  return names.sort((a, b) => b.name.length - a.name.length);
}

/**
 * Names of organisations and journals that contain a glossary word but are not a use of it:
 * "the International Progressive MS Alliance" does not need "progressive MS" explained.
 */
export const properNames: readonly string[] = [
  'International Progressive MS Alliance',
  'Progressive MS Alliance',
  'Multiple Sclerosis Journal',
  'Multiple Sclerosis International Federation',
  'National Multiple Sclerosis Society',
  'National MS Society',
  'MS International Federation',
  'MS Society',
  'MS Canada',
  'MS Australia',
  'MS Trust',
  'MS Research Australia',
  'Atlas of MS',
];

/** A matcher for every name, allowing a plural "s" and not matching inside longer words. */
export function mentionPattern(glossary: readonly GlossaryWords[]): { pattern: RegExp; lookup: (found: string) => string | undefined } {
  const names = [...namesOf(glossary), ...properNames.map((name) => ({ id: '', name, exactCase: true }))].sort((a, b) => b.name.length - a.name.length);
  const alternatives = names.map((n) => `${escapeRegExp(n.name)}(?:s|es)?`);
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}-])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}-])`, 'giu');
  const lookup = (found: string): string | undefined => {
    const match = names.find((n) => {
      const singular = [found, found.replace(/s$/, ''), found.replace(/es$/, '')];
      return singular.some((form) => (n.exactCase ? form === n.name : form.toLowerCase() === n.name.toLowerCase()));
    });
    // A proper name matches as a whole so that its parts are not counted; it is no term.
    return match?.id || undefined;
  };
  return { pattern, lookup };
}

/**
 * The glossary words a page uses before (or without) marking them with <Term>. Each term is
 * reported once, at its first unmarked use.
 */
export function unmarkedFirstMentions(segments: readonly Segment[], glossary: readonly GlossaryWords[]): UnmarkedMention[] {
  const { pattern, lookup } = mentionPattern(glossary);
  const settled = new Set<string>();
  const unmarked: UnmarkedMention[] = [];
  for (const segment of segments) {
    if ('termId' in segment) {
      settled.add(segment.termId);
      continue;
    }
    for (const match of segment.text.matchAll(pattern)) {
      const termId = lookup(match[0]);
      if (termId === undefined || settled.has(termId)) continue;
      settled.add(termId);
      const at = match.index;
      unmarked.push({
        termId,
        found: match[0],
        context: segment.text
          .slice(Math.max(0, at - 30), at + match[0].length + 30)
          .replace(/\s+/g, ' ')
          .trim(),
      });
    }
  }
  return unmarked;
}
