import { open } from 'node:fs/promises';

/** A vector given by its non-zero entries. */
export interface SparseVector {
  indices: Uint16Array;
  values: Float32Array;
}

export interface SparseHit {
  /** Position of the vector in the order it was added. */
  id: number;
  /** Dot product with the query: the cosine, as the vectors are normalized. */
  score: number;
}

/** The file layout: a header of counts, then the postings as typed arrays. */
const MAGIC = 0x53505631; // "SPV1"

/**
 * Postings one search reads at most. Below it (today's knowledge: a few thousand postings a query)
 * the search is exact. Above it (a question reads about 3 million at 100,000 chunks), it is in two
 * steps: the query's dimensions are read in order of the most they can add to any score (query
 * value times the dimension's largest value) as long as they fit, which ranks candidates; then the
 * best RERANKED candidates are scored on all their dimensions, from a compact copy of the vectors
 * by vector. The scale benchmark prints recall@10 against exact search for this setting.
 */
export const MAX_POSTINGS = 400_000;
/**
 * Candidates scored in full after a bounded search, per neighbour asked for (at least 300): at
 * 100,000 chunks, 300 candidates from 400,000 postings hold 98 % of the true ten nearest.
 */
const RERANKED_PER_HIT = 10;
const MIN_RERANKED = 300;

/**
 * The vectors again, each as its dimensions and values, for scoring a few candidates in full. A
 * value is a byte, a share of its dimension's largest value: a quarter of the size of the postings,
 * and close enough to rank candidates (the error of a score is below 0.5 % of each term).
 */
interface ByVector {
  offsets: Int32Array;
  dims: Uint16Array;
  codes: Uint8Array;
}

/**
 * Exact nearest neighbours for sparse vectors (the local hashed embeddings), by an inverted index:
 * for each dimension, the vectors that use it and their values. A query touches only the postings of
 * its own non-zero dimensions and ranks every vector exactly, so recall is 1 by construction. A graph
 * index (hnswlib) finds few true neighbours among such vectors, and building it grows faster than
 * linearly; see README "Large knowledge".
 */
export class SparseVectorIndex {
  private readonly scores: Float32Array;
  /** Made on the first search beyond the budget; see ByVector. */
  private byVector?: ByVector;
  /** Scratch for scoring candidates: the query as a dense array, times each dimension's byte step. */
  private readonly queryStep: Float32Array;
  /** Per dimension, its largest value: with the query's value, the most that dimension adds to a score. */
  private readonly maxValue: Float32Array;

  private constructor(
    readonly dimensions: number,
    readonly count: number,
    /** Postings of dimension d are at offsets[d] .. offsets[d + 1]. */
    private readonly offsets: Int32Array,
    private readonly ids: Int32Array,
    private readonly values: Float32Array,
    /** Each dimension's largest value, when the caller computed it already. */
    maxValue?: Float32Array,
  ) {
    this.scores = new Float32Array(count);
    this.queryStep = new Float32Array(dimensions);
    this.maxValue = maxValue ?? new Float32Array(dimensions);
    if (maxValue) return;
    for (let d = 0; d < dimensions; d++) {
      let max = 0;
      for (let p = offsets[d]!, end = offsets[d + 1]!; p < end; p++) if (values[p]! > max) max = values[p]!;
      this.maxValue[d] = max;
    }
  }

  static build(vectors: SparseVector[], dimensions: number): SparseVectorIndex {
    const offsets = new Int32Array(dimensions + 1);
    for (const v of vectors) for (const d of v.indices) offsets[d + 1]! += 1;
    for (let d = 0; d < dimensions; d++) offsets[d + 1]! += offsets[d]!;
    const ids = new Int32Array(offsets[dimensions]!);
    const values = new Float32Array(ids.length);
    const fill = offsets.slice(0, dimensions);
    vectors.forEach((v, id) => {
      for (let j = 0; j < v.indices.length; j++) {
        const at = fill[v.indices[j]!]!++;
        ids[at] = id;
        values[at] = v.values[j]!;
      }
    });
    return new SparseVectorIndex(dimensions, vectors.length, offsets, ids, values);
  }

  /**
   * The index for a new version of the vectors, without the unchanged ones being embedded again:
   * `forward` gives each current vector's position in the new version (-1: removed or changed, and
   * kept vectors keep their relative order), `added` the new version's other vectors. The postings
   * come out as `build` over the new version would make them, so every search answers the same.
   */
  patched(forward: Int32Array, added: { id: number; vector: SparseVector }[], count: number): SparseVectorIndex {
    const { dimensions, offsets, ids, values } = this;
    const byId = [...added].sort((a, b) => a.id - b.id);
    const extra = SparseVectorIndex.build(
      byId.map((a) => a.vector),
      dimensions,
    );
    // The added vectors' postings with their ids in the new version.
    const extraIds = Int32Array.from(extra.ids, (i) => byId[i]!.id);
    // One pass: the new postings are at most the kept and the added ones, so they are written into
    // arrays of that size and the few slots of removed postings are left unused at the end.
    const next = new Int32Array(dimensions + 1);
    const nextIds = new Int32Array(ids.length + extraIds.length);
    const nextValues = new Float32Array(nextIds.length);
    const maxValue = new Float32Array(dimensions);
    let at = 0;
    for (let d = 0; d < dimensions; d++) {
      // Merge the kept postings (ascending, as kept vectors keep their order) with the added ones.
      let m = extra.offsets[d]!;
      const mEnd = extra.offsets[d + 1]!;
      let max = 0;
      for (let p = offsets[d]!, end = offsets[d + 1]!; p < end; p++) {
        const id = forward[ids[p]!]!;
        if (id < 0) continue;
        while (m < mEnd && extraIds[m]! < id) {
          nextIds[at] = extraIds[m]!;
          const v = extra.values[m++]!;
          if (v > max) max = v;
          nextValues[at++] = v;
        }
        nextIds[at] = id;
        const v = values[p]!;
        if (v > max) max = v;
        nextValues[at++] = v;
      }
      for (; m < mEnd; m++) {
        nextIds[at] = extraIds[m]!;
        const v = extra.values[m]!;
        if (v > max) max = v;
        nextValues[at++] = v;
      }
      next[d + 1] = at;
      maxValue[d] = max;
    }
    return new SparseVectorIndex(
      dimensions,
      count,
      next,
      nextIds.subarray(0, at),
      nextValues.subarray(0, at),
      maxValue,
    );
  }

  /**
   * The `k` vectors with the largest dot product with `query`, best first; vectors sharing nothing
   * are left out. Exact while the query's postings fit in `maxPostings` (see MAX_POSTINGS).
   */
  search(query: SparseVector, k: number, maxPostings = MAX_POSTINGS): SparseHit[] {
    const { scores, offsets, ids, values } = this;
    scores.fill(0);
    const read = this.entriesWithin(query, maxPostings);
    for (let j = 0; j < query.indices.length; j++) {
      if (!read[j]) continue;
      const d = query.indices[j]!;
      const q = query.values[j]!;
      for (let p = offsets[d]!, end = offsets[d + 1]!; p < end; p++) scores[ids[p]!]! += q * values[p]!;
    }
    if (read.every(Boolean)) return topK(scores, k);
    return this.rescored(query, topK(scores, Math.max(MIN_RERANKED, k * RERANKED_PER_HIT)), k);
  }

  /** The `k` best of the candidates, each scored on all its dimensions. */
  private rescored(query: SparseVector, candidates: SparseHit[], k: number): SparseHit[] {
    this.byVector ??= this.vectorsByVector();
    const { offsets, dims, codes } = this.byVector;
    const step = this.queryStep;
    for (let j = 0; j < query.indices.length; j++) {
      const d = query.indices[j]!;
      step[d] = (query.values[j]! * this.maxValue[d]!) / 255;
    }
    const hits = candidates.map(({ id }) => {
      let score = 0;
      for (let p = offsets[id]!, end = offsets[id + 1]!; p < end; p++) score += step[dims[p]!]! * codes[p]!;
      return { id, score };
    });
    for (const d of query.indices) step[d] = 0;
    return hits.sort(byScore).slice(0, k);
  }

  /** See ByVector: one pass over the postings, dimension by dimension, so each vector's dimensions ascend. */
  private vectorsByVector(): ByVector {
    const { count, dimensions, offsets: postingOffsets, ids, values, maxValue } = this;
    const offsets = new Int32Array(count + 1);
    for (let p = 0; p < ids.length; p++) offsets[ids[p]! + 1]! += 1;
    for (let id = 0; id < count; id++) offsets[id + 1]! += offsets[id]!;
    const dims = new Uint16Array(ids.length);
    const codes = new Uint8Array(ids.length);
    const fill = offsets.slice(0, count);
    for (let d = 0; d < dimensions; d++) {
      const max = maxValue[d]!;
      for (let p = postingOffsets[d]!, end = postingOffsets[d + 1]!; p < end; p++) {
        const at = fill[ids[p]!]!++;
        dims[at] = d;
        codes[at] = max > 0 ? Math.round((values[p]! / max) * 255) : 0;
      }
    }
    return { offsets, dims, codes };
  }

  /**
   * Which of the query's entries to read: all when their postings fit the budget, otherwise those
   * that can add most to a score, as long as they fit. Read in the query's order either way, so an
   * exact search sums in the same order as before the budget existed.
   */
  private entriesWithin(query: SparseVector, maxPostings: number): Uint8Array {
    const { offsets } = this;
    const length = (j: number) => offsets[query.indices[j]! + 1]! - offsets[query.indices[j]!]!;
    const read = new Uint8Array(query.indices.length);
    let total = 0;
    for (let j = 0; j < read.length; j++) total += length(j);
    if (total <= maxPostings) return read.fill(1);
    const reach = (j: number) => query.values[j]! * this.maxValue[query.indices[j]!]!;
    const order = Array.from(read, (_, j) => j).sort((a, b) => reach(b) - reach(a) || a - b);
    let budget = maxPostings;
    for (const j of order) {
      if (length(j) > budget) continue;
      budget -= length(j);
      read[j] = 1;
    }
    return read;
  }

  /** The index as one buffer, to be cached. */
  toBuffer(): Buffer {
    return Buffer.concat(this.parts());
  }

  /**
   * Writes what `toBuffer` holds to `file` part by part: at 100,000 chunks the parts are hundreds of
   * megabytes, and joining them first would copy them all once more.
   */
  async writeTo(file: string): Promise<void> {
    const handle = await open(file, 'w');
    try {
      for (const part of this.parts()) {
        // A write may take fewer bytes than given (at most ~2 GB a call): loop until the part is out.
        for (let at = 0; at < part.length; ) at += (await handle.write(part, at)).bytesWritten;
      }
    } finally {
      await handle.close();
    }
  }

  private parts(): Buffer[] {
    const header = new Int32Array([MAGIC, this.dimensions, this.count, this.ids.length]);
    return [header, this.offsets, this.ids, this.values].map((a) => Buffer.from(a.buffer, a.byteOffset, a.byteLength));
  }

  /** Reads a buffer written by `toBuffer`, or throws when it is not one (a truncated or foreign file). */
  static fromBuffer(buffer: Buffer): SparseVectorIndex {
    const ints = (offset: number, length: number): [ArrayBuffer, number] => {
      const bytes = buffer.subarray(offset, offset + length * 4);
      if (bytes.length !== length * 4) throw new Error('sparse vector file is truncated');
      // A view when the bytes start at a multiple of 4 (a file read whole has its own allocation), so
      // the hundreds of megabytes at 100,000 chunks are not copied; a copy when a Buffer's slice of a
      // larger pool starts elsewhere.
      if (bytes.byteOffset % 4 === 0) return [bytes.buffer as ArrayBuffer, bytes.byteOffset];
      return [new Uint8Array(bytes).buffer, 0];
    };
    const view = <T>(Type: new (b: ArrayBuffer, at: number, n: number) => T, offset: number, length: number) => {
      const [b, at] = ints(offset, length);
      return new Type(b, at, length);
    };
    const [magic, dimensions, count, postings] = view(Int32Array, 0, 4);
    if (magic !== MAGIC || dimensions === undefined || count === undefined || postings === undefined)
      throw new Error('not a sparse vector file');
    let at = 16;
    const offsets = view(Int32Array, at, dimensions + 1);
    at += (dimensions + 1) * 4;
    const ids = view(Int32Array, at, postings);
    at += postings * 4;
    const values = view(Float32Array, at, postings);
    if (buffer.length !== at + postings * 4) throw new Error('sparse vector file has trailing bytes');
    return new SparseVectorIndex(dimensions, count, offsets, ids, values);
  }
}

/**
 * The k best positive scores, best first, ties by position: one pass keeping a min-heap of the best
 * k so far (a score enters only when it beats the heap's weakest), then a sort of those k.
 */
function topK(scores: Float32Array, k: number): SparseHit[] {
  const heapScores = new Float32Array(k);
  const heapIds = new Int32Array(k);
  let size = 0;
  // Among equal scores the earlier position wins, so a later equal score never displaces one.
  const weaker = (a: number, b: number) =>
    heapScores[a]! < heapScores[b]! || (heapScores[a] === heapScores[b] && heapIds[a]! > heapIds[b]!);
  const swap = (a: number, b: number) => {
    const s = heapScores[a]!;
    heapScores[a] = heapScores[b]!;
    heapScores[b] = s;
    const i = heapIds[a]!;
    heapIds[a] = heapIds[b]!;
    heapIds[b] = i;
  };
  for (let id = 0; id < scores.length; id++) {
    const score = scores[id]!;
    if (score <= 0) continue;
    if (size < k) {
      heapScores[size] = score;
      heapIds[size] = id;
      for (let at = size++; at > 0 && weaker(at, (at - 1) >> 1); at = (at - 1) >> 1) swap(at, (at - 1) >> 1);
      continue;
    }
    if (score <= heapScores[0]!) continue;
    heapScores[0] = score;
    heapIds[0] = id;
    for (let at = 0; ; ) {
      const left = 2 * at + 1;
      const right = left + 1;
      let low = at;
      if (left < size && weaker(left, low)) low = left;
      if (right < size && weaker(right, low)) low = right;
      if (low === at) break;
      swap(at, low);
      at = low;
    }
  }
  const hits: SparseHit[] = [];
  for (let i = 0; i < size; i++) hits.push({ id: heapIds[i]!, score: heapScores[i]! });
  return hits.sort(byScore);
}

function byScore(a: SparseHit, b: SparseHit): number {
  return b.score - a.score || a.id - b.id;
}
