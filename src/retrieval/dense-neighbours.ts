import path from 'node:path';
import type { Embeddings } from '@langchain/core/embeddings';
import hnswlib from 'hnswlib-node';
import type { VectorHit } from './vector-index.js';

/**
 * Graph settings for dense model embeddings: M links per node and efConstruction while building.
 * Chosen by the scale benchmark (`npm run bench -- --scale`), which prints recall@10 against exact
 * search beside them.
 */
export const HNSW = { m: 16, efConstruction: 200 } as const;

/**
 * The search breadth for a graph of `count` points (never below k): at a fixed breadth recall falls
 * as the graph grows (ef 64 found 0.97 of the true ten nearest at 1,000 chunks, 0.35 at 100,000),
 * so it grows with the graph. One candidate per EF_SHARE points held recall@10 at 0.96 or more from
 * 1,000 to 100,000 chunks, at about 7 ms a search at 100,000 (see README "Large knowledge").
 */
export function efSearchFor(count: number): number {
  return Math.max(MIN_EF, Math.ceil(count / EF_SHARE));
}
const MIN_EF = 64;
const EF_SHARE = 40;

/** Approximate nearest neighbours of dense embeddings through an hnswlib graph, persisted to one file. */
export class DenseNeighbours {
  private constructor(private readonly index: hnswlib.HierarchicalNSW) {}

  static build(vectors: number[][], dimensions: number): DenseNeighbours {
    const index = new hnswlib.HierarchicalNSW('cosine', dimensions);
    index.initIndex({
      maxElements: Math.max(vectors.length, 1),
      m: HNSW.m,
      efConstruction: HNSW.efConstruction,
      randomSeed: 42,
    });
    for (const [i, v] of vectors.entries()) index.addPoint(v, i);
    return new DenseNeighbours(index);
  }

  static read(file: string, dimensions: number): DenseNeighbours {
    const index = new hnswlib.HierarchicalNSW('cosine', dimensions);
    index.readIndexSync(file);
    return new DenseNeighbours(index);
  }

  /** `ef`: the search breadth; the shipped one for the graph's size unless a benchmark tries others. */
  async search(embeddings: Embeddings, query: string, k: number, ef?: number): Promise<VectorHit[]> {
    const vec = await embeddings.embedQuery(query);
    const count = this.index.getCurrentCount();
    const n = Math.min(k, count);
    if (n === 0 || vec.every((v) => v === 0)) return [];
    this.index.setEf(Math.max(ef ?? efSearchFor(count), n));
    const { neighbors, distances } = this.index.searchKnn(vec, n);
    return neighbors.map((chunk, i) => ({ chunk, similarity: 1 - distances[i]! }));
  }

  async write(dir: string): Promise<void> {
    this.index.writeIndexSync(path.join(dir, 'index.hnsw'));
  }
}
