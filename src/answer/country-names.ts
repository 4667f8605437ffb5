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

let pattern: RegExp | undefined;

/** The country names a question writes, as written (lower case or not): "singapore's" gives "singapore". */
export function countryNamesIn(question: string): string[] {
  pattern ??= new RegExp(
    `(?<![\\p{L}])(${regionNames()
      .sort((x, y) => y.length - x.length)
      .join('|')})(?![\\p{L}])`,
    'giu',
  );
  return [...question.matchAll(pattern)].map((m) => m[1]!);
}
