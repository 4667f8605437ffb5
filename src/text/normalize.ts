import { stemmer } from 'stemmer';
import { STOPWORDS } from './stopwords.js';

/** Lower-cased word tokens; keeps digits so "3d" and "p2p" survive. */
export function words(text: string): string[] {
  return (
    text
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      // "don't" and "what's" are one word each, not two.
      .replace(/[’'](s|t|re|ve|ll|d|m)\b/g, '')
      .match(/[a-z0-9]+/g) ?? []
  );
}

/** Content terms for search: stopwords dropped, Porter-stemmed. */
export function contentTerms(text: string): string[] {
  return words(text)
    .filter((w) => !STOPWORDS.has(w))
    .map(stemTerm);
}

export function stemTerm(word: string): string {
  return stemmer(word);
}

/** Singular form of a single word, enough for job titles ("directors", "analysts", "technicians"). */
function singular(word: string): string {
  if (word.length <= 3) return word;
  if (word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (/(ss|us|is)$/.test(word)) return word;
  if (word.endsWith('s')) return word.slice(0, -1);
  return word;
}

/** Comparable form of a name or alias: case, punctuation and plurals folded. */
export function nameKey(text: string): string {
  return words(text).map(singular).join(' ');
}
