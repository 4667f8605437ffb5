import { describe, expect, it } from 'vitest';
import type { KnowledgeBase } from '../../src/knowledge/knowledge-base.js';
import { Bm25Index, type Bm25Options } from '../../src/retrieval/bm25-index.js';
import {
  allChunks,
  chunkOrder,
  type KnowledgeChanges,
  removedChunkMask,
} from '../../src/retrieval/knowledge-changes.js';
import { type SparseVector, SparseVectorIndex } from '../../src/retrieval/sparse-vector-index.js';
import { Vocabulary } from '../../src/retrieval/vocabulary.js';

/**
 * Each index with an edit's changes applied beside it, against building the new version from
 * scratch: the same scores and hits (the added documents are numbered after the base's, so hits are
 * compared by what they are, not by number).
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

describe('Bm25Index.withChanges', () => {
  const before = [
    ['Urban mechanic', 'repairs the sensors and the bridges of the city'],
    ['Data scientist', 'models the data of the city'],
    ['Cloud architect', 'designs the cloud for city data'],
    ['Drone pilot', 'flies drones over bridges'],
  ];
  // The data scientist is removed, the cloud architect changed, a robot role added.
  const kept = [before[0]!, before[3]!];
  const added = [
    ['Cloud architect', 'designs secure cloud platforms and networks'],
    ['Robot technician', 'maintains delivery robots and their sensors'],
  ];
  // Where a fresh build numbers each document: kept ones first here, then the added; removed ones last.
  const changed = bm25(before).withChanges(Uint8Array.from([0, 1, 1, 0]), added, Int32Array.from([0, 4, 5, 1, 2, 3]));
  const fresh = bm25([...kept, ...added]);
  const titleOf = (docs: string[][], doc: number) => docs[doc]![0];
  const named = (hits: { doc: number; score: number }[], docs: string[][]) =>
    hits.map((h) => [titleOf(docs, h.doc), h.score.toFixed(12)]);

  it('counts only the documents that remain and the added ones', () => {
    expect(changed.size).toBe(4);
  });

  it('answers every query as a fresh build does, typos and prefixes included, never with a removed document', () => {
    for (const q of [
      'bridges',
      'data city',
      'secure cloud',
      'sensors robots',
      'dron',
      'mechanik',
      'platfor',
      'models',
      'scientist',
    ])
      expect([q, named(changed.search(q), [...before, ...added])]).toEqual([
        q,
        named(fresh.search(q), [...kept, ...added]),
      ]);
    expect(changed.search('models scientist')).toEqual([]);
  });

  it('searches as a fresh build when the postings are over the budget, too', () => {
    for (const q of ['city bridges sensors', 'cloud data'])
      expect(named(changed.search(q, 2), [...before, ...added])).toEqual(
        named(fresh.search(q, 2), [...kept, ...added]),
      );
  });

  it('ranks equal scores in the order a fresh build numbers the documents, not the order they were added', () => {
    // Alpha is edited (removed, added again): a fresh build still numbers it before Beta.
    const pair = bm25([
      ['Alpha', 'robots'],
      ['Beta', 'robots'],
    ]).withChanges(Uint8Array.from([1, 0]), [['Alpha', 'robots']], Int32Array.from([2, 1, 0]));
    expect(pair.search('robots').map((h) => h.doc)).toEqual([2, 1]);
  });

  it('is not stored: its base is', () => {
    expect(() => changed.toState()).toThrow(/not stored/);
  });
});

describe('SparseVectorIndex.search with removed vectors', () => {
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
  const c = v([
    [0, 2],
    [2, 1],
    [5, 1],
  ]);
  const e = v([
    [0, 1],
    [1, 1],
    [5, 1],
  ]);

  it('never returns a removed vector, and ranks the rest as before', () => {
    const index = SparseVectorIndex.build([a, c, e], 8);
    expect(index.search(e, 3).map((h) => h.id)).toEqual([2, 1, 0]);
    expect(index.search(e, 3, undefined, Int32Array.from([2])).map((h) => h.id)).toEqual([1, 0]);
  });
});

describe('Vocabulary.applyChanges', () => {
  const before = ['urban mechanic repairs bridges', 'data scientist models data', 'drone pilot flies drones'];
  const after = ['urban mechanic repairs bridges', 'drone pilot flies drones', 'robot technician maintains robots'];
  const check = (changed: Vocabulary) => {
    const fresh = new Vocabulary(after);
    for (const word of ['scientist', 'models', 'robot', 'technician', 'drones', 'mechanic'])
      expect([word, changed.has(word)]).toEqual([word, fresh.has(word)]);
    for (const stem of ['data', 'robot', 'drone', 'bridg', 'mechan', 'scientist'])
      expect([stem, changed.weight(stem)]).toEqual([stem, fresh.weight(stem)]);
    for (const q of ['what does a robto technicain do', 'data scientist', 'dron pilot', 'scientst'])
      expect([q, changed.coverage(q)]).toEqual([q, fresh.coverage(q)]);
  };

  it('forgets the words only a removed document used, and counts as a fresh build does', () => {
    const changed = new Vocabulary(before);
    changed.applyChanges([before[1]!], [after[2]!], 3);
    check(changed);
  });

  it('does the same on a vocabulary read back from the cache', () => {
    const read = Vocabulary.fromState(new Vocabulary(before).toState());
    read.coverage('scientst models');
    read.applyChanges([before[1]!], [after[2]!], 3);
    check(read);
  });
});

describe('chunkOrder', () => {
  it('numbers each chunk where a fresh build of the knowledge now would, removed ones last', () => {
    const chunk = (docId: string, part: number) => ({ pageContent: `${docId}${part}`, metadata: { docId, part } });
    const changes: KnowledgeChanges = {
      baseHash: 'base',
      baseChunks: [chunk('a', 0), chunk('a', 1), chunk('b', 0), chunk('c', 0)],
      baseDocIds: ['a', 'b', 'c'],
      removedDocs: new Set(['b']),
      addedDocIds: ['b'],
      addedChunks: [chunk('b', 0), chunk('b', 1)],
    };
    const kb = { docs: [{ id: 'a' }, { id: 'b' }, { id: 'c' }] } as unknown as KnowledgeBase;
    expect([...chunkOrder(allChunks(changes), kb, removedChunkMask(changes))]).toEqual([0, 1, 5, 4, 2, 3]);
  });
});
