import { describe, expect, it } from 'vitest';
import { kthLargest, type SparseVector, SparseVectorIndex } from '../../src/retrieval/sparse-vector-index.js';
import { seededRandom } from '../../src/seeded-random.js';

/** Deterministic pseudo-random sparse unit vectors. */
function vectors(count: number, dims: number, nonZero: number, seed = 7): SparseVector[] {
  const next = seededRandom(seed);
  return Array.from({ length: count }, () => {
    const indices = [...new Set(Array.from({ length: nonZero }, () => Math.floor(next() * dims)))].sort(
      (a, b) => a - b,
    );
    const raw = indices.map(() => next());
    const norm = Math.hypot(...raw);
    return { indices: Uint16Array.from(indices), values: Float32Array.from(raw, (v) => v / norm) };
  });
}

function bruteForce(all: SparseVector[], q: SparseVector, k: number): number[] {
  const dot = (v: SparseVector) => {
    let sum = 0;
    v.indices.forEach((d, j) => {
      const at = q.indices.indexOf(d);
      if (at >= 0) sum += Math.fround(v.values[j]! * q.values[at]!);
    });
    return sum;
  };
  return all
    .map((v, id) => ({ id, score: dot(v) }))
    .filter((h) => h.score > 0)
    .sort((a, b) => b.score - a.score || a.id - b.id)
    .slice(0, k)
    .map((h) => h.id);
}

describe('SparseVectorIndex', () => {
  const all = vectors(2000, 512, 40);
  const index = SparseVectorIndex.build(all, 512);

  it('returns exactly the nearest vectors by dot product, best first', () => {
    for (const q of vectors(20, 512, 30, 99)) {
      const hits = index.search(q, 10);
      expect(hits.map((h) => h.id)).toEqual(bruteForce(all, q, 10));
      expect(hits[0]!.score).toBeGreaterThanOrEqual(hits[9]!.score);
    }
  });

  it('breaks ties by the order the vectors were added, among thousands of equal scores', () => {
    const same = { indices: Uint16Array.from([3, 9]), values: Float32Array.from([0.6, 0.8]) };
    const twins = SparseVectorIndex.build(
      Array.from({ length: 3000 }, () => same),
      16,
    );
    expect(twins.search(same, 5).map((h) => h.id)).toEqual([0, 1, 2, 3, 4]);
  });

  it('finds a stored vector as its own nearest neighbour', () => {
    expect(index.search(all[1234]!, 1)[0]).toMatchObject({ id: 1234 });
    expect(index.search(all[1234]!, 1)[0]!.score).toBeCloseTo(1, 5);
  });

  it('reads back what it wrote, and refuses a truncated file', () => {
    const buffer = index.toBuffer();
    const again = SparseVectorIndex.fromBuffer(buffer);
    expect(again.search(all[5]!, 5)).toEqual(index.search(all[5]!, 5));
    expect(() => SparseVectorIndex.fromBuffer(buffer.subarray(0, buffer.length - 8))).toThrow(/truncated|trailing/);
    expect(() => SparseVectorIndex.fromBuffer(Buffer.from('not an index at all'))).toThrow();
  });

  it('within a postings budget, reads the dimensions that can add most: exact below it, still close above', () => {
    const q = all[777]!;
    const exact = index.search(q, 10, Number.POSITIVE_INFINITY);
    expect(index.search(q, 10)).toEqual(exact);
    // A budget of half what this query reads: bounded (it reads an eighth, then re-scores), and the
    // vector itself still ranks first.
    const bounded = index.search(q, 10, 2000 * 40 * (40 / 512) * 0.5);
    expect(bounded[0]).toMatchObject({ id: 777 });
  });

  it('above the budget, scores its best candidates in full: the ten nearest come back nearly all, scored right', () => {
    const queries = vectors(30, 512, 30, 5);
    let found = 0;
    for (const q of queries) {
      const exact = index.search(q, 10, Number.POSITIVE_INFINITY);
      // Below what an exact search reads, so it is bounded: it reads a quarter of the budget.
      const bounded = index.search(q, 10, 2000 * 40 * (30 / 512) * 0.9);
      found += bounded.filter((h) => exact.some((e) => e.id === h.id)).length;
      for (const h of bounded) {
        const truth = exact.find((e) => e.id === h.id);
        if (truth) expect(h.score).toBeCloseTo(truth.score, 2);
      }
    }
    expect(found / (queries.length * 10)).toBeGreaterThan(0.9);
  });

  it('keeps ids past 65,536 apart (they are stored as two bytes within blocks)', () => {
    const many: SparseVector[] = Array.from({ length: 140_000 }, (_, id) => ({
      indices: Uint16Array.from([id % 3, 3 + (id % 4)]),
      values: Float32Array.from([0.6, 0.8]),
    }));
    const big = SparseVectorIndex.build(many, 8);
    const unique = { indices: Uint16Array.from([7]), values: Float32Array.from([1]) };
    many[131_075] = unique;
    const withUnique = SparseVectorIndex.build(many, 8);
    expect(withUnique.search(unique, 1)[0]).toMatchObject({ id: 131_075 });
    expect(big.search(unique, 1)).toEqual([]);
    const again = SparseVectorIndex.fromBuffer(withUnique.toBuffer());
    expect(again.search(unique, 1)[0]).toMatchObject({ id: 131_075 });
    expect(again.search(many[70_001]!, 3).map((h) => h.id)).toEqual(
      withUnique.search(many[70_001]!, 3).map((h) => h.id),
    );
  });
});

describe('kthLargest', () => {
  it('finds what sorting would, with ties and at both ends', () => {
    let seed = 7;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    for (const n of [1, 2, 5, 64, 1000]) {
      // Few distinct values, so that ties are common.
      const values = Float64Array.from({ length: n }, () => Math.floor(random() * 20) / 4);
      const sorted = [...values].sort((a, b) => b - a);
      for (const k of [1, Math.ceil(n / 2), n]) expect(kthLargest(Float64Array.from(values), k)).toBe(sorted[k - 1]);
    }
  });
});
