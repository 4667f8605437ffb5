import { FOREIGN_FUNCTION_WORDS } from './foreign-function-words.js';
import { STOPWORDS } from './stopwords.js';

/**
 * A word typed in two pieces joined again ("plat form dev" → "platform dev", "cyber security" stays, as the
 * knowledge writes it so): two neighbouring words whose concatenation the knowledge uses, when one of them is no
 * word of the knowledge, neither is a small word of English ("any one" is left alone) and the second is
 * no small word of another language (Italian "fa il" is no "fail").
 */
export function withSplitWordsJoined(text: string, isKnown: (word: string) => boolean): string {
  const parts = text.split(/(\s+)/);
  const piece = (s: string | undefined) => s !== undefined && /^[a-z]{2,}$/i.test(s);
  for (let i = 0; i + 2 < parts.length; i += 2) {
    const [a, b] = [parts[i]!, parts[i + 2]!];
    if (!piece(a) || !piece(b)) continue;
    const [la, lb] = [a.toLowerCase(), b.toLowerCase()];
    if (STOPWORDS.has(la) || STOPWORDS.has(lb) || (isKnown(la) && isKnown(lb))) continue;
    if (FOREIGN_FUNCTION_WORDS.has(lb)) continue;
    if (!isKnown(la + lb)) continue;
    parts.splice(i, 3, a + b);
  }
  return parts.join('');
}
