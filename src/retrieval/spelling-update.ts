import { SpellingIndex, type SpellingIndexState } from '../text/spelling-index.js';

/**
 * The state of a SpellingIndex over an earlier index's words (those `keep` marks, in their order)
 * followed by `added` words, made by merging instead of rebuilding: only the added words are hashed
 * and sorted, and the earlier deletion-key table and alphabetical order are merged with theirs. The
 * result is the state a SpellingIndex given the same words in the same order would store, at a
 * fraction of the cost (rebuilding the key table took ~0.3 s of an edit at 10,000 chunks).
 *
 * `added` must hold no word that is kept. `newId` gives each earlier word's id in the result (-1: dropped).
 */
export function updatedSpelling(
  previous: SpellingIndexState,
  keep: Uint8Array,
  added: string[],
): { state: SpellingIndexState; newId: Int32Array } {
  const newId = new Int32Array(previous.words.length).fill(-1);
  const words: string[] = [];
  previous.words.forEach((word, id) => {
    if (!keep[id]) return;
    newId[id] = words.length;
    words.push(word);
  });
  const base = words.length;
  for (const word of added) words.push(word);

  const fresh = new SpellingIndex();
  for (const word of added) fresh.add(word);
  const more = fresh.toState();

  // Key table: (key, id) ascending. For equal keys the kept words come first, as their ids are lower.
  let keptPairs = 0;
  for (const id of previous.ids) if (newId[id]! >= 0) keptPairs += 1;
  const keys = new Uint32Array(keptPairs + more.keys.length);
  const ids = new Int32Array(keys.length);
  let at = 0;
  let m = 0;
  for (let p = 0; p < previous.keys.length; p++) {
    const id = newId[previous.ids[p]!]!;
    if (id < 0) continue;
    const key = previous.keys[p]!;
    while (m < more.keys.length && more.keys[m]! < key) {
      keys[at] = more.keys[m]!;
      ids[at++] = more.ids[m++]! + base;
    }
    keys[at] = key;
    ids[at++] = id;
  }
  for (; m < more.keys.length; m++) {
    keys[at] = more.keys[m]!;
    ids[at++] = more.ids[m]! + base;
  }

  // Alphabetical order: both lists are sorted and hold different words, so a merge keeps it.
  const sorted = new Int32Array(words.length);
  at = 0;
  m = 0;
  for (const old of previous.sorted) {
    const id = newId[old]!;
    if (id < 0) continue;
    const word = words[id]!;
    while (m < more.sorted.length && words[more.sorted[m]! + base]! < word) sorted[at++] = more.sorted[m++]! + base;
    sorted[at++] = id;
  }
  for (; m < more.sorted.length; m++) sorted[at++] = more.sorted[m]! + base;

  return { state: { words, keys, ids, sorted }, newId };
}
