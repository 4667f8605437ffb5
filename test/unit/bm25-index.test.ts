import { describe, expect, it } from 'vitest';
import { Bm25Index } from '../../src/retrieval/bm25-index.js';

const tokenize = (text: string) => text.toLowerCase().match(/[a-z]+/g) ?? [];

function indexOf(docs: string[]): Bm25Index {
  const index = new Bm25Index({
    fields: [{ name: 'text', boost: 1 }],
    tokenize,
    tokenizeQuery: tokenize,
    processTerm: (w) => (w === 'the' ? null : w),
    fuzzy: (t) => (t.length >= 4 ? 1 : 0),
    prefix: (t) => t.length >= 5,
  });
  index.addAll(docs.map((d) => [d]));
  return index.seal();
}

describe('Bm25Index', () => {
  it('ranks the document with the rarer matching word first and leaves out those matching nothing', () => {
    const index = indexOf(['urban mechanic repairs sensors', 'city sensors and data', 'city data', 'bakery']);
    expect(index.search('mechanic sensors').map((h) => h.doc)).toEqual([0, 1]);
  });

  it('scores by BM25+ and multiplies by the number of distinct query words matched', () => {
    const index = indexOf(['alpha beta', 'gamma delta']);
    const [hit] = index.search('alpha beta');
    // Each word: idf ln(1 + (2 - 1 + .5) / (1 + .5)), tf 1 in a field of average length.
    const one = Math.log(1 + 1.5 / 1.5) * (0.5 + 2.2 / (1 + 1.2));
    expect(hit!.score).toBeCloseTo(2 * (2 * one));
  });

  it('matches a typo and the longer word a typed word starts, below an exact match', () => {
    const index = indexOf(['mechanic', 'mechanical engineering', 'mechanics']);
    const hits = index.search('mechanic');
    expect(hits[0]!.doc).toBe(0);
    expect(hits.map((h) => h.doc).sort()).toEqual([0, 1, 2]);
    expect(
      indexOf(['mechanic'])
        .search('mechanik')
        .map((h) => h.doc),
    ).toEqual([0]);
  });

  it('does not read a word the index holds as a typo of its neighbour', () => {
    const index = indexOf(['customer maker', 'make things by hand']);
    expect(index.search('make').map((h) => h.doc)).toEqual([1]);
  });

  it('returns at most 200 hits however many documents match', () => {
    const index = indexOf(Array.from({ length: 1000 }, (_, i) => `sensor ${'x'.repeat((i % 7) + 1)}`));
    expect(index.search('sensor')).toHaveLength(200);
  });

  it('can be searched again with no score left over from the last query', () => {
    const index = indexOf(['alpha', 'beta']);
    const first = index.search('alpha');
    index.search('beta');
    expect(index.search('alpha')).toEqual(first);
  });

  it('beyond its postings budget still ranks first the documents with the rare word, scored on every word', () => {
    // 3,000 documents share "city"; 20 also hold "mechanic"; the budget fits the rare word's list only.
    const docs = Array.from({ length: 3000 }, (_, i) => (i % 150 === 7 ? `city mechanic ${i}` : `city data ${i}`));
    const index = indexOf(docs);
    const exact = index.search('city mechanic', Number.POSITIVE_INFINITY);
    const bounded = index.search('city mechanic', 300);
    expect(bounded.map((h) => h.doc)).toEqual(exact.slice(0, 20).map((h) => h.doc));
    expect(bounded.map((h) => h.score)).toEqual(exact.slice(0, 20).map((h) => h.score));
    // The documents holding only the common word were not read.
    expect(bounded).toHaveLength(20);
  });
});
