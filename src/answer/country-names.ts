import { PhraseIndex } from '../text/phrase-index.js';

/**
 * Country and territory names in English, from the runtime's ICU data (no list to keep): people
 * write them in lower case ("what is singapore doing…"), where a capital letter no longer marks them.
 */
function regionNames(): string[] {
  const display = new Intl.DisplayNames(['en'], { type: 'region' });
  const names = new Set<string>();
  for (let a = 65; a <= 90; a++)
    for (let b = 65; b <= 90; b++) {
      const code = String.fromCharCode(a, b);
      let name: string | undefined;
      try {
        name = display.of(code);
      } catch {
        continue;
      }
      // Unassigned codes come back as themselves; "St. Barthélemy" and "&" forms are not typed in chat.
      if (name && name !== code && /^[\p{L} ]+$/u.test(name) && name.length >= 4) names.add(name.toLowerCase());
    }
  return [...names];
}

/** Built on first use: loading ICU's region names costs ~20 ms. */
let index: PhraseIndex | undefined;

/** The country names a question writes, in lower case: "singapore's smart nation" gives "singapore". */
export function countryNamesIn(question: string): string[] {
  index ??= new PhraseIndex(regionNames());
  return index.find(question);
}
