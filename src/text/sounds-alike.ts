import { doubleMetaphone } from 'double-metaphone';
import { sameInitial, typoDistance } from './typo-distance.js';

/** Shortest word of a name that a spelling by sound may stand for: short words are too alike. */
const MIN_WORD = 5;
/** From this length a name's word may differ by one sound as well ("technishun", "technician"). */
const LONG_WORD = 8;

/** A word's Double Metaphone codes, primary and alternate, once each. */
export const soundCodes = (word: string): string[] => [...new Set(doubleMetaphone(word))];

/** How many sounds apart two words are, by their Double Metaphone codes (primary or alternate). */
function soundDistance(a: string, b: string): number {
  let best = Number.POSITIVE_INFINITY;
  for (const x of soundCodes(a)) for (const y of soundCodes(b)) best = Math.min(best, typoDistance(x, y));
  return best;
}

/**
 * A word spelled by how it sounds ("arkitect", "technishun", "proffesional"): more letters off
 * than a typo, but the same first letter, at most a third of the letters changed, and the same
 * sounds (one sound off in a long word). Says how far, or undefined when it does not sound alike:
 * 0 for the same sounds, 1 for one off.
 */
export function soundsAlike(typed: string, word: string): number | undefined {
  if (word.length < MIN_WORD || typed.length < MIN_WORD - 1 || !sameInitial(typed, word)) return undefined;
  if (typoDistance(typed, word) > Math.ceil(word.length / 3)) return undefined;
  const apart = soundDistance(typed, word);
  return apart === 0 || (apart === 1 && word.length >= LONG_WORD) ? apart : undefined;
}
