import { words } from '../text/normalize.js';

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

/** Names by their first word, as word lists; built on first use, as loading ICU's names costs ~20 ms. */
let byFirstWord: Map<string, string[][]> | undefined;

function namesByFirstWord(): Map<string, string[][]> {
  if (byFirstWord) return byFirstWord;
  byFirstWord = new Map();
  for (const name of regionNames()) {
    const parts = words(name);
    if (parts.length === 0) continue;
    const list = byFirstWord.get(parts[0]!);
    if (list) list.push(parts);
    else byFirstWord.set(parts[0]!, [parts]);
  }
  return byFirstWord;
}

/** The country names a question writes, in lower case: "singapore's smart nation" gives "singapore". */
export function countryNamesIn(question: string): string[] {
  const tokens = words(question);
  const index = namesByFirstWord();
  const found: string[] = [];
  tokens.forEach((token, i) => {
    for (const parts of index.get(token) ?? [])
      if (parts.every((p, j) => tokens[i + j] === p)) found.push(parts.join(' '));
  });
  return found;
}
