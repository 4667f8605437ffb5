import { open } from 'node:fs/promises';
import {
  blocksFor,
  CODE_STEP,
  type CompactPostings,
  CompactPostingsWriter,
  encodeValue,
  postingsOf,
} from './compact-postings.js';
import { dotWith, type VectorsByVector, VectorsByVectorWriter } from './vectors-by-vector.js';

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

/** The file layout: a header of counts, then the postings and the vectors by vector as typed arrays. */
const MAGIC = 0x53505633; // "SPV3"

/**
 * Postings a search reads exactly. Today's knowledge reads a few thousand a question, 10,000 chunks
 * a few hundred thousand: exact. Beyond it (a question reads about 3 million at 100,000 chunks) the
 * search is in two steps: the query's dimensions are read in order of the most they can add to any
 * score (query value times the dimension's largest value) as long as they fit a quarter of this
 * budget, which ranks candidates; then the best candidates are scored on all their dimensions, from
 * the vectors by vector. The scale benchmark prints recall@10 against exact search for this setting.
 */
export const MAX_POSTINGS = 1_000_000;
/** The share of MAX_POSTINGS a bounded search reads before scoring its candidates in full. */
const BOUNDED_SHARE = 0.25;
/**
 * Candidates scored in full after a bounded search, per neighbour asked for (at least 600): at
 * 100,000 chunks, 600 candidates from 250,000 postings hold 97 % of the true ten nearest.
 */
const RERANKED_PER_HIT = 20;
const MIN_RERANKED = 600;

/**
 * Nearest neighbours for sparse vectors (the local hashed embeddings), by an inverted index: for
 * each dimension, the vectors that use it and their values (see CompactPostings). A query touches
 * only the postings of its own non-zero dimensions and ranks every vector, exactly (to the values'
 * two-byte precision) within MAX_POSTINGS. A graph index (hnswlib) finds few true neighbours among
 * such vectors, and building it grows faster than linearly; see README "Large knowledge".
 */
export class SparseVectorIndex {
  private readonly scores: Float32Array;
  /** Scratch for scoring candidates: the query as a dense array. */
  private readonly queryDense: Float64Array;

  private constructor(
    readonly count: number,
    private readonly postings: CompactPostings,
    private readonly byVector: VectorsByVector,
  ) {
    this.scores = new Float32Array(count);
    this.queryDense = new Float64Array(postings.dimensions);
  }

  get dimensions(): number {
    return this.postings.dimensions;
  }

  static build(vectors: SparseVector[], dimensions: number): SparseVectorIndex {
    const perDimension = new Int32Array(dimensions);
    for (const v of vectors) for (const d of v.indices) perDimension[d]! += 1;
    return SparseVectorIndex.fromCounted(vectors.length, dimensions, perDimension, (id) => vectors[id]!);
  }

  /**
   * The index of `count` vectors made one at a time by `vectorAt` and written straight into the
   * postings, when how many postings each dimension gets is known already (a fitted embedding's
   * document frequencies): at 100,000 chunks the vectors are never all held at once.
   */
  static fromCounted(
    count: number,
    dimensions: number,
    perDimension: ArrayLike<number>,
    vectorAt: (id: number) => SparseVector,
  ): SparseVectorIndex {
    let entries = 0;
    for (let d = 0; d < dimensions; d++) entries += perDimension[d]!;
    const postings = new CompactPostingsWriter(dimensions, count, perDimension);
    const byVector = new VectorsByVectorWriter(count, entries);
    for (let id = 0; id < count; id++) {
      const v = vectorAt(id);
      byVector.add(v);
      for (let j = 0; j < v.indices.length; j++) postings.add(v.indices[j]!, id, encodeValue(v.values[j]!));
    }
    return new SparseVectorIndex(count, postings.finish(), byVector.out);
  }

  /**
   * The `k` vectors with the largest dot product with `query`, best first; vectors sharing nothing
   * are left out, and so are the vectors in `removed` (of chunks an edit removed or changed). Exact
   * while the query's postings fit in `maxPostings` (see MAX_POSTINGS).
   */
  search(query: SparseVector, k: number, maxPostings = MAX_POSTINGS, removed?: Int32Array): SparseHit[] {
    const { scores } = this;
    const { blocks, starts, lowIds, codes } = this.postings;
    scores.fill(0);
    const read = this.entriesWithin(query, maxPostings);
    for (let j = 0; j < query.indices.length; j++) {
      if (!read[j]) continue;
      const d = query.indices[j]!;
      const q = query.values[j]! * CODE_STEP;
      for (let b = 0; b < blocks; b++) {
        const base = b << 16;
        for (let p = starts[d * blocks + b]!, end = starts[d * blocks + b + 1]!; p < end; p++)
          scores[base + lowIds[p]!]! += q * codes[p]!;
      }
    }
    if (removed) for (const id of removed) scores[id] = 0;
    if (read.every(Boolean)) return hitsOf(bestIds(scores, k), scores);
    return this.rescored(query, bestIds(scores, Math.max(MIN_RERANKED, k * RERANKED_PER_HIT)), k);
  }

  /** The `k` best of the candidates, each scored on all its dimensions. */
  private rescored(query: SparseVector, candidates: Int32Array, k: number): SparseHit[] {
    const dense = this.queryDense;
    for (let j = 0; j < query.indices.length; j++) dense[query.indices[j]!] = query.values[j]!;
    // Ids ascending, so that equal scores keep the order of the vectors, as a full search ranks them.
    candidates.sort();
    const full = new Float64Array(candidates.length);
    for (let i = 0; i < candidates.length; i++) full[i] = dotWith(this.byVector, candidates[i]!, dense);
    for (const d of query.indices) dense[d] = 0;
    const best = bestIds(full, k);
    return hitsOf(best, full).map((h) => ({ id: candidates[h.id]!, score: h.score }));
  }

  /**
   * Which of the query's entries to read: all when their postings fit the budget, otherwise those
   * that can add most to a score, as long as they fit. Read in the query's order either way, so an
   * exact search sums in the same order as before the budget existed.
   */
  private entriesWithin(query: SparseVector, maxPostings: number): Uint8Array {
    const length = (j: number) => postingsOf(this.postings, query.indices[j]!);
    const read = new Uint8Array(query.indices.length);
    let total = 0;
    for (let j = 0; j < read.length; j++) total += length(j);
    if (total <= maxPostings) return read.fill(1);
    const reach = (j: number) => query.values[j]! * this.postings.maxValue[query.indices[j]!]!;
    const order = Array.from(read, (_, j) => j).sort((a, b) => reach(b) - reach(a) || a - b);
    let budget = maxPostings * BOUNDED_SHARE;
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
    const { dimensions, starts, lowIds, codes, maxValue } = this.postings;
    const header = new Int32Array([MAGIC, dimensions, this.count, lowIds.length]);
    const { offsets, dims, codes: vectorCodes, steps } = this.byVector;
    // Four-byte arrays first, so that each array starts aligned to its element size.
    return [header, maxValue, starts, offsets, steps, lowIds, codes, dims, vectorCodes].map((a) =>
      Buffer.from(a.buffer, a.byteOffset, a.byteLength),
    );
  }

  /** Reads a buffer written by `toBuffer`, or throws when it is not one (a truncated or foreign file). */
  static fromBuffer(buffer: Buffer): SparseVectorIndex {
    let at = 0;
    /** The next `length` elements, as a view when aligned (no copy of hundreds of megabytes), else a copy. */
    const next = <T>(Type: TypedArrayOf<T>, length: number): T => {
      const bytes = buffer.subarray(at, at + length * Type.BYTES_PER_ELEMENT);
      if (bytes.length !== length * Type.BYTES_PER_ELEMENT) throw new Error('sparse vector file is truncated');
      at += bytes.length;
      if (bytes.byteOffset % Type.BYTES_PER_ELEMENT === 0)
        return new Type(bytes.buffer as ArrayBuffer, bytes.byteOffset, length);
      return new Type(new Uint8Array(bytes).buffer, 0, length);
    };
    const [magic, dimensions, count, entries] = next(Int32Array, 4);
    if (magic !== MAGIC || dimensions === undefined || count === undefined || entries === undefined)
      throw new Error('not a sparse vector file');
    const blocks = blocksFor(count);
    const maxValue = next(Float32Array, dimensions);
    const starts = next(Int32Array, dimensions * blocks + 1);
    const offsets = next(Int32Array, count + 1);
    const steps = next(Float32Array, count);
    const lowIds = next(Uint16Array, entries);
    const codes = next(Uint16Array, entries);
    const byVector = { offsets, steps, dims: next(Uint16Array, entries), codes: next(Uint8Array, entries) };
    if (buffer.length !== at) throw new Error('sparse vector file has trailing bytes');
    return new SparseVectorIndex(count, { dimensions, blocks, starts, lowIds, codes, maxValue }, byVector);
  }
}

type TypedArrayOf<T> = { new (buffer: ArrayBuffer, at: number, length: number): T; BYTES_PER_ELEMENT: number };

/** Scores looked at to estimate where the k best begin: one in SAMPLE_STRIDE. */
const SAMPLE_STRIDE = 64;

/**
 * The positions of the k best positive scores (ties: the lower position), in no particular order.
 * Over many scores, a sample says roughly where the best 4k begin; only the positions from there up
 * are collected, and the k-th best among them found by selection over their scores alone (no
 * objects, no sort). Exact: when fewer than k reach the estimate, a lower one from the sample is tried,
 * and at last every positive score.
 */
function bestIds(scores: Float32Array | Float64Array, k: number): Int32Array {
  const floors: number[] = [];
  const rank = Math.ceil((4 * k) / SAMPLE_STRIDE);
  if (scores.length > (rank + 1) * SAMPLE_STRIDE * 4) {
    const sample = new Float64Array(Math.ceil(scores.length / SAMPLE_STRIDE));
    for (let id = 0, j = 0; id < scores.length; id += SAMPLE_STRIDE) sample[j++] = scores[id]!;
    sample.sort();
    for (let r = rank; r < sample.length; r *= 4) {
      const estimate = sample[sample.length - 1 - r]!;
      if (estimate <= 0) break;
      floors.push(estimate);
    }
  }
  floors.push(Number.MIN_VALUE);
  for (const floor of floors) {
    const found: number[] = [];
    for (let id = 0; id < scores.length; id++) if (scores[id]! >= floor) found.push(id);
    if (found.length < k && floor !== Number.MIN_VALUE) continue;
    if (found.length <= k) return Int32Array.from(found);
    const values = new Float64Array(found.length);
    for (let i = 0; i < found.length; i++) values[i] = scores[found[i]!]!;
    const kth = kthLargest(values, k);
    // Everything above the k-th score, then equal ones by position until there are k.
    let equal = k;
    for (const id of found) if (scores[id]! > kth) equal -= 1;
    const out = new Int32Array(k);
    let n = 0;
    for (const id of found) {
      const score = scores[id]!;
      if (score > kth || (score === kth && equal-- > 0)) out[n++] = id;
    }
    return out;
  }
  return new Int32Array(0);
}

/**
 * The k-th largest of `values` (k from 1), which it reorders: quickselect, linear on average, where
 * sorting a few thousand scores to read one took most of a search at 100,000 chunks.
 */
export function kthLargest(values: Float64Array, k: number): number {
  const target = k - 1;
  let lo = 0;
  let hi = values.length - 1;
  while (lo < hi) {
    const pivot = values[(lo + hi) >> 1]!;
    let i = lo;
    let j = hi;
    // Larger values to the left: after this, lo..j hold values >= pivot, i..hi values <= pivot.
    while (i <= j) {
      while (values[i]! > pivot) i++;
      while (values[j]! < pivot) j--;
      if (i <= j) {
        const t = values[i]!;
        values[i] = values[j]!;
        values[j] = t;
        i++;
        j--;
      }
    }
    if (target <= j) hi = j;
    else if (target >= i) lo = i;
    else return values[target]!;
  }
  return values[target]!;
}

/** Hits for positions in `scores`, best first, ties by position. */
function hitsOf(ids: Int32Array, scores: Float32Array | Float64Array): SparseHit[] {
  return Array.from(ids, (id) => ({ id, score: scores[id]! })).sort(byScore);
}

function byScore(a: SparseHit, b: SparseHit): number {
  return b.score - a.score || a.id - b.id;
}
