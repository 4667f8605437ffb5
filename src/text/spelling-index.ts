import { lowerBound } from './sorted-prefix.js';
import { typoDistance } from './typo-distance.js';
import { WordIds } from './word-ids.js';

/** Words a prefix may stand for, at most: "sec" must not make one question try a thousand names. */
export const MAX_PREFIXED = 64;

/** A SpellingIndex as stored in the index cache: its words, deletion keys and alphabetical order. */
export interface SpellingIndexState {
  words: string[];
  /** The words' hash table (see WordIds). */
  slots: Int32Array;
  keys: Uint32Array;
  ids: Int32Array;
  sorted: Int32Array;
}

/**
 * Finds the known words close to a typed one without scanning them all, so a misspelling costs the
 * same whether the knowledge has a hundred words or a hundred thousand.
 *
 * Each word is filed under itself and under every spelling with one letter deleted ("symmetric
 * delete"). Two words meet under a shared key when they are one edit apart, a swap of neighbouring
 * letters apart, or one letter changed on each side of a deletion; the true edit distance of those
 * few candidates is then measured. Two unrelated substitutions in one word are not found: that is
 * the price of never scanning.
 *
 * The keys are a sorted table of (key, word) pairs in two typed arrays, built when first searched:
 * a few bytes a key where a map of arrays took tens, and stored in the index cache as it is.
 */
export class SpellingIndex {
  private ids: WordIds = new WordIds();
  /** The words by id (the table's own list). */
  private get list(): readonly string[] {
    return this.ids.words;
  }
  /** Deletion keys (hashed: a collision only adds a candidate the distance check drops), ascending, and their words. */
  private table?: { keys: Uint32Array; ids: Int32Array };
  /** Word ids in alphabetical order, for prefixes. */
  private sorted?: Int32Array;

  /** Adds a word once; earlier words win ties in `near`. */
  add(word: string): void {
    if (this.ids.has(word)) return;
    if (this.ids.size >= ID_SPACE) throw new RangeError(`SpellingIndex holds at most ${ID_SPACE} words`);
    this.ids.add(word);
    this.table = undefined;
    this.sorted = undefined;
  }

  has(word: string): boolean {
    return this.ids.has(word);
  }

  /** A word's position in the order it was first added, or undefined when it is not known. */
  idOf(word: string): number | undefined {
    return this.ids.idOf(word);
  }

  /** The word at a position given by `idOf`. */
  wordAt(id: number): string {
    return this.ids.wordAt(id);
  }

  get size(): number {
    return this.ids.size;
  }

  /** Known words within `maxEdits` of `word` (other than itself), nearest first, then by age. */
  near(word: string, maxEdits: number): { word: string; edits: number }[] {
    if (maxEdits <= 0) return [];
    const { keys, ids } = this.keyTable();
    const seen = new Set<number>();
    const out: { word: string; edits: number; id: number }[] = [];
    for (const key of deletions(word)) {
      for (let at = lowerBound(keys, key); at < keys.length && keys[at] === key; at++) {
        const id = ids[at]!;
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
    const order = this.alphabetical();
    let lo = 0;
    let hi = order.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.list[order[mid]!]! < prefix) lo = mid + 1;
      else hi = mid;
    }
    const out: string[] = [];
    for (let i = lo; i < order.length && this.list[order[i]!]!.startsWith(prefix); i++) {
      const word = this.list[order[i]!]!;
      if (word !== prefix) out.push(word);
      if (out.length >= MAX_PREFIXED * 4) break;
    }
    return out.sort((a, b) => a.length - b.length || (a < b ? -1 : 1)).slice(0, MAX_PREFIXED);
  }

  toState(): SpellingIndexState {
    return { ...this.ids.toState(), ...this.keyTable(), sorted: this.alphabetical() };
  }

  static fromState(state: SpellingIndexState): SpellingIndex {
    const index = new SpellingIndex();
    index.ids = new WordIds({ words: state.words, slots: state.slots });
    index.table = { keys: state.keys, ids: state.ids };
    index.sorted = state.sorted;
    return index;
  }

  private alphabetical(): Int32Array {
    this.sorted ??= Int32Array.from(this.list.keys()).sort((a, b) =>
      this.list[a]! < this.list[b]! ? -1 : this.list[a]! > this.list[b]! ? 1 : 0,
    );
    return this.sorted;
  }

  /** Every (key, word) pair, sorted by key then word: one Float64 sort of key * 2^21 + id, both exact. */
  private keyTable(): { keys: Uint32Array; ids: Int32Array } {
    if (this.table) return this.table;
    const pairs: number[] = [];
    this.list.forEach((word, id) => {
      for (const key of deletions(word)) pairs.push(key * ID_SPACE + id);
    });
    const sorted = Float64Array.from(pairs).sort();
    const keys = new Uint32Array(sorted.length);
    const ids = new Int32Array(sorted.length);
    sorted.forEach((pair, i) => {
      keys[i] = Math.floor(pair / ID_SPACE);
      ids[i] = pair % ID_SPACE;
    });
    this.table = { keys, ids };
    return this.table;
  }
}

/** Word ids fit below 2^21 (two million words), so key * ID_SPACE + id stays an exact double. */
const ID_SPACE = 2 ** 21;

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
