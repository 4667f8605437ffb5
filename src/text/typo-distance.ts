import { distance } from 'fastest-levenshtein';

/**
 * Edit distance in which two neighbouring letters swapped ("nuero" for "neuro", "teh") count as one
 * typo, as people make them, rather than the two edits Levenshtein counts.
 */
export function typoDistance(a: string, b: string): number {
  const edits = distance(a, b);
  if (edits !== 2 || a.length !== b.length) return edits;
  let i = 0;
  while (a[i] === b[i]) i++;
  const swapped = a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  return swapped ? 1 : edits;
}

const VOWELS = new Set(['a', 'e', 'i', 'o', 'u']);

/** Letters that spell one sound at a word's start: a "customer" written as heard, or from Cyrillic, is "kastomer". */
const HARD_C = new Set(['c', 'k']);

/** A misspelling keeps its first letter, except one vowel for another ("imbedded", "ingineer") or k for c. */
export function sameInitial(typed: string, word: string): boolean {
  const [a, b] = [typed[0]!, word[0]!];
  return a === b || (VOWELS.has(a) && VOWELS.has(b)) || (HARD_C.has(a) && HARD_C.has(b));
}
