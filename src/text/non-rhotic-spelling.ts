/**
 * Words said without their r, as Boston and much of Britain say them, written back when the word so
 * typed is not one the knowledge uses and the written one is: an "-er" as "-a" or "-ah" ("customa makah",
 * "teacha", "drivah", "metahs"), and an "ar" as "ah" inside a word ("smaht", "bahtendah"). A word ending
 * in a plain "a" counts only from six letters: Portuguese "mina" (girl) is no miner.
 */
const ENDINGS: [RegExp, string, boolean][] = [
  [/^([a-z]{3,})ahs$/, '$1ers', true],
  [/^([a-z]{3,})ah$/, '$1er', true],
  [/^([a-z]{5,})a$/, '$1er', false],
];
/** "ah" after a consonant and before one: the "ar" of "smart", "bartender", "park". */
const AR_SAID_AH = /(?<=[b-df-hj-np-tv-z])ah(?=[b-df-gj-np-tv-z])/g;

/**
 * The ways `word` may be written with its r, in the order they are tried, each saying whether a form of a
 * known word will do ("bartender" for "bartending"): only an "ah" marks the r so plainly; a word ending
 * in "-a" must be the knowledge's own word ("persona" is no "personer").
 */
function withR(word: string): { written: string; formWillDo: boolean }[] {
  const inner = word.replace(AR_SAID_AH, 'ar');
  const bases = inner === word ? [word] : [word, inner];
  const out: { written: string; formWillDo: boolean }[] = [];
  for (const base of bases) {
    for (const [pattern, replacement, saidAh] of ENDINGS)
      if (pattern.test(base))
        out.push({ written: base.replace(pattern, replacement), formWillDo: saidAh || base !== word });
    if (base !== word) out.push({ written: base, formWillDo: true });
  }
  return out;
}

/**
 * `isKnown`: the knowledge uses this very word; `isFormKnown`: it uses a form of it.
 */
export function withNonRhoticSpellingsWritten(
  text: string,
  isKnown: (word: string) => boolean,
  isFormKnown: (word: string) => boolean = isKnown,
): string {
  // Whole words, accents and all: "computação" is no "computa".
  return text.replace(/[\p{L}\p{M}]+/gu, (typed) => {
    const word = typed.toLowerCase();
    if (!/^[a-z]+$/.test(word) || isKnown(word)) return typed;
    const found = withR(word).find((c) => (c.formWillDo ? isFormKnown(c.written) : isKnown(c.written)));
    return found?.written ?? typed;
  });
}
