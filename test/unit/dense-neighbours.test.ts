import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DenseNeighbours, efSearchFor } from '../../src/retrieval/dense-neighbours.js';
import { seededRandom } from '../../src/seeded-random.js';

/** Deterministic unit vectors in clusters, as sentence embeddings of related passages fall. */
function clustered(count: number, dims: number, clusters: number, seed = 11): number[][] {
  const random = seededRandom(seed);
  const next = () => random() - 0.5;
  const centres = Array.from({ length: clusters }, () => Array.from({ length: dims }, next));
  return Array.from({ length: count }, (_, i) => {
    const v = centres[i % clusters]!.map((c) => c + 0.6 * next());
    const norm = Math.hypot(...v);
    return v.map((x) => x / norm);
  });
}

function exactNearest(all: number[][], q: number[], k: number): number[] {
  return all
    .map((v, id) => ({ id, s: v.reduce((sum, x, i) => sum + x * q[i]!, 0) }))
    .sort((a, b) => b.s - a.s || a.id - b.id)
    .slice(0, k)
    .map((x) => x.id);
}

/** The query's vector as a fake embedding model: what the graph is searched with. */
const embedding = (q: number[]) => ({ embedQuery: async () => q }) as never;

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

describe('dense neighbours (hnswlib)', () => {
  it('searches more widely as the graph grows', () => {
    expect(efSearchFor(100)).toBe(64);
    expect(efSearchFor(1_000)).toBe(64);
    expect(efSearchFor(10_000)).toBe(250);
    expect(efSearchFor(100_000)).toBe(2_500);
  });

  it('finds at least 95 % of the exact ten nearest at the shipped breadth, also once written and read back', async () => {
    const dims = 48;
    const all = clustered(6_000, dims, 60);
    const graph = DenseNeighbours.build(all, dims);
    const dir = mkdtempSync(path.join(tmpdir(), 'career-bot-dense-'));
    dirs.push(dir);
    await graph.write(dir);
    const read = DenseNeighbours.read(path.join(dir, 'index.hnsw'), dims);
    const queries = clustered(40, dims, 60, 99);
    let found = 0;
    for (const q of queries) {
      const truth = new Set(exactNearest(all, q, 10));
      const hits = await graph.search(embedding(q), 'q', 10);
      expect((await read.search(embedding(q), 'q', 10)).map((h) => h.chunk)).toEqual(hits.map((h) => h.chunk));
      found += hits.filter((h) => truth.has(h.chunk)).length;
    }
    expect(found / (queries.length * 10)).toBeGreaterThanOrEqual(0.95);
  });
});
