import { words } from './normalize.js';

/**
 * Names of one or more words looked up in a text word by word, the longest name at each position
 * and no word inside a name read again: "new york" is found once, not also as "york".
 */
export class PhraseIndex {
  private readonly byFirstWord = new Map<string, string[][]>();

  constructor(names: Iterable<string>) {
    for (const name of names) {
      const parts = words(name);
      if (parts.length === 0) continue;
      const list = this.byFirstWord.get(parts[0]!);
      if (list) list.push(parts);
      else this.byFirstWord.set(parts[0]!, [parts]);
    }
    for (const list of this.byFirstWord.values()) list.sort((a, b) => b.length - a.length);
  }

  /** The names the text holds, as written in the index (lower case, words joined by a space). */
  find(text: string): string[] {
    const tokens = words(text);
    const found: string[] = [];
    for (let i = 0; i < tokens.length; ) {
      const hit = this.byFirstWord.get(tokens[i]!)?.find((parts) => parts.every((p, j) => tokens[i + j] === p));
      if (hit) found.push(hit.join(' '));
      i += hit?.length ?? 1;
    }
    return found;
  }
}
