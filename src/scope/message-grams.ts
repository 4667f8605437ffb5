import { words } from '../text/normalize.js';

/**
 * A message as a bag of hashed grams, for the social model: its words, its word pairs and the three-
 * and four-letter pieces of each word. Pieces carry what a spelling keeps across dialects and
 * languages ("yuh", "yow", "you"; "asante", "asanteni"), which whole words miss.
 */
export const GRAM_BUCKETS = 1 << 18;

/** 32-bit FNV-1a: stable across runs and machines, so fitted weights stay where they were put. */
function bucket(gram: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < gram.length; i++) {
    h ^= gram.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) % GRAM_BUCKETS;
}

/** Word counts above this share one length gram: past a dozen words a message is long. */
const LONGEST_COUNTED = 12;

/** The distinct gram buckets of a message; none for a message without words (emoji, another script, bare numbers). */
export function messageGrams(message: string): number[] {
  const tokens = words(message);
  if (!tokens.some((t) => /[a-z]/.test(t))) return [];
  const grams = new Set<string>();
  grams.add(`len:${Math.min(tokens.length, LONGEST_COUNTED)}`);
  if (message.includes('?')) grams.add('mark:?');
  tokens.forEach((word, i) => {
    grams.add(`w:${word}`);
    if (i > 0) grams.add(`b:${tokens[i - 1]} ${word}`);
    const marked = `<${word}>`;
    for (const n of [3, 4]) for (let j = 0; j + n <= marked.length; j++) grams.add(`c:${marked.slice(j, j + n)}`);
  });
  return [...new Set([...grams].map(bucket))];
}

/** The distinct buckets of whole terms ("wifi", "talking to people"), each one gram whatever its words. */
export function termGrams(terms: readonly string[]): number[] {
  return [...new Set(terms.map((t) => bucket(`t:${t}`)))];
}
