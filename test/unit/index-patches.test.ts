import { describe, expect, it } from 'vitest';
import { Bm25Index, type Bm25Options } from '../../src/retrieval/bm25-index.js';
import { type SparseVector, SparseVectorIndex } from '../../src/retrieval/sparse-vector-index.js';
import { updatedSpelling } from '../../src/retrieval/spelling-update.js';
import { Vocabulary } from '../../src/retrieval/vocabulary.js';
import { SpellingIndex } from '../../src/text/spelling-index.js';

/**
 * Each incremental update against building the new version from scratch: the same state, or where
 * term order may differ (words first seen in a changed document are filed last), the same answers.
 */

const tokenize = (text: string) => text.toLowerCase().match(/[a-z]+/g) ?? [];
const OPTIONS: Bm25Options = {
  fields: [
    { name: 'title', boost: 2 },
    { name: 'text', boost: 1 },
  ],
  tokenize,
  tokenizeQuery: tokenize,
  processTerm: (w) => (w === 'the' ? null : w),
  fuzzy: (t) => (t.length >= 4 ? 1 : 0),
  prefix: (t) => t.length >= 5,
};

const bm25 = (docs: string[][]) => {
  const index = new Bm25Index(OPTIONS);
  index.addAll(docs);
  return index.seal();
};

/** Positions now of the previous version's documents: `kept[i]` is where previous document i went, or -1. */
const forwardOf = (kept: number[]) => Int32Array.from(kept);

describe('updatedSpelling', () => {
  it('gives the state a spelling index of the same words in the same order would store', () => {
    const before = new SpellingIndex();
    for (const w of ['mechanic', 'machine', 'urban', 'secure', 'science', 'anthropology', 'sensor']) before.add(w);
    const keep = Uint8Array.from([1, 0, 1, 1, 0, 1, 1]);
    const added = ['mechanics', 'bridge', 'sciences', 'aardvark'];
    const { state, newId } = updatedSpelling(before.toState(), keep, added);
    const fresh = new SpellingIndex();
    for (const w of ['mechanic', 'urban', 'secure', 'anthropology', 'sensor', ...added]) fresh.add(w);
    expect(state).toEqual(fresh.toState());
    expect([...newId]).toEqual([0, -1, 1, 2, -1, 3, 4]);
  });
});

describe('Bm25Index.patched', () => {
  const before = [
    ['Urban mechanic', 'repairs the sensors and the bridges of the city'],
    ['Data scientist', 'models the data of the city'],
    ['Cloud architect', 'designs the cloud for city data'],
    ['Drone pilot', 'flies drones over bridges'],
  ];
  // The data scientist is removed, the cloud architect changed, a robot role added at the end.
  const after = [
    ['Urban mechanic', 'repairs the sensors and the bridges of the city'],
    ['Cloud architect', 'designs secure cloud platforms and networks'],
    ['Drone pilot', 'flies drones over bridges'],
    ['Robot technician', 'maintains delivery robots and their sensors'],
  ];
  const patched = bm25(before).patched(
    forwardOf([0, -1, -1, 2]),
    [
      { doc: 1, fields: after[1]! },
      { doc: 3, fields: after[3]! },
    ],
    4,
  );
  const fresh = bm25(after);

  it('stores the postings, lengths and counts a fresh build stores', () => {
    const a = patched.toState();
    const b = fresh.toState();
    expect(a.count).toBe(b.count);
    expect(a.avgLength).toEqual(b.avgLength);
    expect(a.fieldLengths).toEqual(b.fieldLengths);
    const postingsByWord = (s: typeof a) =>
      Object.fromEntries(
        s.spelling.words.map((w, t) => [
          w,
          s.postings.map((p) => [...p.docs.subarray(p.offsets[t]!, p.offsets[t + 1]!)].join(',')),
        ]),
      );
    expect(postingsByWord(a)).toEqual(postingsByWord(b));
  });

  it('answers every query as a fresh build does, typos and prefixes included', () => {
    for (const q of ['bridges', 'data city', 'secure cloud', 'sensors robots', 'dron', 'mechanik', 'platfor', 'models'])
      expect(patched.search(q)).toEqual(fresh.search(q));
  });
});

describe('SparseVectorIndex.patched', () => {
  const v = (entries: [number, number][]): SparseVector => {
    const norm = Math.hypot(...entries.map(([, x]) => x));
    return {
      indices: Uint16Array.from(entries.map(([d]) => d)),
      values: Float32Array.from(entries.map(([, x]) => x / norm)),
    };
  };
  const a = v([
    [0, 1],
    [3, 2],
  ]);
  const b = v([
    [1, 1],
    [2, 1],
  ]);
  const c = v([
    [0, 2],
    [2, 1],
    [5, 1],
  ]);
  const d = v([
    [3, 1],
    [5, 3],
  ]);
  const e = v([
    [0, 1],
    [1, 1],
    [5, 1],
  ]);

  it('is byte for byte the index a fresh build of the new vectors makes', () => {
    // Before: a b c d. After: a, e (b changed), d (c removed), then a new one.
    const patched = SparseVectorIndex.build([a, b, c, d], 8).patched(
      forwardOf([0, -1, -1, 2]),
      [
        { id: 3, vector: c },
        { id: 1, vector: e },
      ],
      4,
    );
    const fresh = SparseVectorIndex.build([a, e, d, c], 8);
    expect(patched.toBuffer().equals(fresh.toBuffer())).toBe(true);
    expect(patched.search(e, 4)).toEqual(fresh.search(e, 4));
  });
});

describe('Vocabulary.patched', () => {
  const before = ['urban mechanic repairs bridges', 'data scientist models data', 'drone pilot flies drones'];
  const after = ['urban mechanic repairs bridges', 'drone pilot flies drones', 'robot technician maintains robots'];

  it('forgets the words only a removed document used, and counts as a fresh build does', () => {
    const patched = new Vocabulary(before).patched([before[1]!], [after[2]!], 3)!;
    const fresh = new Vocabulary(after);
    for (const word of ['scientist', 'models', 'robot', 'technician', 'drones', 'mechanic'])
      expect([word, patched.has(word)]).toEqual([word, fresh.has(word)]);
    for (const stem of ['data', 'robot', 'drone', 'bridg', 'mechan'])
      expect(patched.weight(stem)).toBe(fresh.weight(stem));
    for (const q of ['what does a robto technicain do', 'data scientist', 'dron pilot'])
      expect(patched.coverage(q)).toEqual(fresh.coverage(q));
  });

  it('survives the cache: a vocabulary read back from its state is patched the same way', () => {
    const read = Vocabulary.fromState(new Vocabulary(before).toState());
    const patched = read.patched([before[1]!], [after[2]!], 3)!;
    expect(patched.toState()).toEqual(new Vocabulary(before).patched([before[1]!], [after[2]!], 3)!.toState());
  });
});
