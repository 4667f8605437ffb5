/**
 * An "-er" written as it is said without the r ("customa makah", "teacha", "drivah", "programma"), written
 * back, when the word so typed is not one the knowledge uses and its "-er" form is. A word ending in a
 * plain "a" counts only from six letters: Portuguese "mina" (girl) is no miner.
 */
const SAID_WITHOUT_R = /^(?:([a-z]{3,})ah|([a-z]{5,})a)$/;

export function withNonRhoticSpellingsWritten(text: string, isKnown: (word: string) => boolean): string {
  // Whole words, accents and all: "computação" is no "computa".
  return text.replace(/[\p{L}\p{M}]+/gu, (typed) => {
    const word = typed.toLowerCase();
    const m = SAID_WITHOUT_R.exec(word);
    if (!m || isKnown(word)) return typed;
    const written = `${m[1] ?? m[2]}er`;
    return isKnown(written) ? written : typed;
  });
}
