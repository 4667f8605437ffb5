import { typoDistance } from './typo-distance.js';

/** Words a prefix may stand for, at most: "sec" must not make one question try a thousand names. */
const MAX_PREFIXED = 64;

/**
 * Finds the known words close to a typed one without scanning them all, so a misspelling costs the
 * same whether the knowledge has a hundred words or a hundred thousand.
 *
 * Each word is filed under itself and under every spelling with one letter deleted ("symmetric
 * delete"). Two words meet under a shared key when they are one edit apart, a swap of neighbouring
 * letters apart, or one letter changed on each side of a deletion; the true edit distance of those
 * few candidates is then measured. Two unrelated substitutions in one word are not found: that is
 * the price of never scanning.
 */
export class SpellingIndex {
  /** Deletion keys, hashed: a hash collision only adds a candidate that the distance check drops. */
  private readonly byKey = new Map<number, number[]>();
  private readonly list: string[] = [];
  private readonly position = new Map<string, number>();
  private sorted?: string[];

  /** Adds a word once; earlier words win ties in `closest`. */
  add(word: string): void {
    if (this.position.has(word)) return;
    const id = this.list.length;
    this.list.push(word);
    this.position.set(word, id);
    this.sorted = undefined;
    for (const key of deletions(word)) {
      const ids = this.byKey.get(key);
      if (ids) ids.push(id);
      else this.byKey.set(key, [id]);
    }
  }

  has(word: string): boolean {
    return this.position.has(word);
  }

  get size(): number {
    return this.list.length;
  }

  /** Known words within `maxEdits` of `word` (other than itself), nearest first, then by age. */
  near(word: string, maxEdits: number): { word: string; edits: number }[] {
    if (maxEdits <= 0) return [];
    const seen = new Set<number>();
    const out: { word: string; edits: number; id: number }[] = [];
    for (const key of deletions(word)) {
      for (const id of this.byKey.get(key) ?? []) {
        if (seen.has(id)) continue;
        seen.add(id);
        const known = this.list[id]!;
        if (known === word || Math.abs(known.length - word.length) > maxEdits) continue;
        const edits = typoDistance(known, word);
        if (edits <= maxEdits) out.push({ word: known, edits, id });
      }
    }
    return out.sort((a, b) => a.edits - b.edits || a.id - b.id).map(({ word: w, edits }) => ({ word: w, edits }));
  }

  /** Known words that start with `prefix` (itself excluded), shortest first, at most MAX_PREFIXED. */
  startingWith(prefix: string): string[] {
    this.sorted ??= [...this.list].sort();
    const words = this.sorted;
    let lo = 0;
    let hi = words.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (words[mid]! < prefix) lo = mid + 1;
      else hi = mid;
    }
    const out: string[] = [];
    for (let i = lo; i < words.length && words[i]!.startsWith(prefix); i++) {
      if (words[i] !== prefix) out.push(words[i]!);
      if (out.length >= MAX_PREFIXED * 4) break;
    }
    return out.sort((a, b) => a.length - b.length || (a < b ? -1 : 1)).slice(0, MAX_PREFIXED);
  }
}

/** Hashes of the word and of each spelling of it with one letter left out (FNV-1a). */
function deletions(word: string): Set<number> {
  const keys = new Set<number>([hash(word, -1)]);
  for (let i = 0; i < word.length; i++) keys.add(hash(word, i));
  return keys;
}

/** FNV-1a of `word` without its letter at `skip`, computed without building the string. */
function hash(word: string, skip: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < word.length; i++) {
    if (i === skip) continue;
    h ^= word.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}
