import type { SparseVector } from './sparse-vector-index.js';

/**
 * The vectors of a sparse index again, each as its dimensions and values, for scoring a few
 * candidates in full after a bounded search. A value is one byte, a share of its vector's largest
 * value (within 1/510 of that): compact, close enough to rank candidates, and independent of the
 * other vectors.
 */
export interface VectorsByVector {
  /** Vector i's entries are at offsets[i] … offsets[i + 1]. */
  offsets: Int32Array;
  dims: Uint16Array;
  codes: Uint8Array;
  /** What a code of vector i is worth. */
  steps: Float32Array;
}

const CODE_MAX = 255;

/** The dot product of vector `id` with a query given as a dense array. */
export function dotWith(vectors: VectorsByVector, id: number, dense: Float64Array): number {
  const { offsets, dims, codes } = vectors;
  let score = 0;
  for (let p = offsets[id]!, end = offsets[id + 1]!; p < end; p++) score += dense[dims[p]!]! * codes[p]!;
  return score * vectors.steps[id]!;
}

/** Vectors written one after another into a VectorsByVector of known size. */
export class VectorsByVectorWriter {
  readonly out: VectorsByVector;
  private at = 0;
  private next = 0;

  constructor(count: number, entries: number) {
    this.out = {
      offsets: new Int32Array(count + 1),
      dims: new Uint16Array(entries),
      codes: new Uint8Array(entries),
      steps: new Float32Array(count),
    };
  }

  add(v: SparseVector): void {
    let max = 0;
    for (const value of v.values) if (value > max) max = value;
    const step = max / CODE_MAX;
    for (let j = 0; j < v.indices.length; j++) {
      this.out.dims[this.at] = v.indices[j]!;
      this.out.codes[this.at++] = step > 0 ? Math.round(v.values[j]! / step) : 0;
    }
    this.out.steps[this.next] = step;
    this.out.offsets[++this.next] = this.at;
  }
}
