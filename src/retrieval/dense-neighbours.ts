import path from 'node:path';
import type { Embeddings } from '@langchain/core/embeddings';
import hnswlib from 'hnswlib-node';
import type { VectorHit } from './vector-index.js';

/**
 * Graph settings for dense model embeddings: M links per node, efConstruction while building, and
 * the search breadth (at least EF_SEARCH, never below k). Chosen by the scale benchmark
 * (`npm run bench -- --scale`), which prints recall@10 against exact search beside them.
 */
export const HNSW = { m: 16, efConstruction: 200, efSearch: 64 } as const;

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

  /** `ef`: the search breadth; the shipped setting unless a benchmark tries others. */
  async search(embeddings: Embeddings, query: string, k: number, ef: number = HNSW.efSearch): Promise<VectorHit[]> {
    const vec = await embeddings.embedQuery(query);
    const n = Math.min(k, this.index.getCurrentCount());
    if (n === 0 || vec.every((v) => v === 0)) return [];
    this.index.setEf(Math.max(ef, n));
    const { neighbors, distances } = this.index.searchKnn(vec, n);
    return neighbors.map((chunk, i) => ({ chunk, similarity: 1 - distances[i]! }));
  }

  async write(dir: string): Promise<void> {
    this.index.writeIndexSync(path.join(dir, 'index.hnsw'));
  }
}
