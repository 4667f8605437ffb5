import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { DenseNeighbours, efSearchFor, HNSW } from '../retrieval/dense-neighbours.js';
import { LocalEmbeddings } from '../retrieval/local-embeddings.js';
import { type SparseVector, SparseVectorIndex } from '../retrieval/sparse-vector-index.js';

/**
 * The vector side of the scale benchmark, in a process of its own: over the chunks a scale probe
 * cached, it measures the exact sparse index the local model uses (time, and recall@10 against a
 * brute-force scan of the same vectors), an hnswlib graph with the settings used for dense model
 * embeddings (build time, recall@10 against exact search), and LangChain's MemoryVectorStore on the
 * same vectors. Prints one JSON line.
 *
 * Dense model embeddings cannot be computed here (no model, no network), so the dense figures use a
 * stand-in with the knowledge's own neighbourhood structure: each local vector folded to 256
 * dimensions by a count sketch (every hashed feature added, with a sign, to four of the 256).
 *
 * Usage: node dist/bench/vector-probe.js CACHE_DIR QUESTIONS_JSON
 */
const [cacheDir, questionsFile] = process.argv.slice(2);
if (!cacheDir || !questionsFile) {
  console.error('usage: vector-probe CACHE_DIR QUESTIONS_JSON');
  process.exit(2);
}
const chunksFile = readdirSync(cacheDir).find((f) => f.startsWith('chunks-') && f.endsWith('.json'));
if (!chunksFile) throw new Error(`no chunks in ${cacheDir}: run the scale probe first`);
// The chunks file holds each document's chunk texts in order (chunk-cache.ts).
const texts = (
  JSON.parse(readFileSync(path.join(cacheDir, chunksFile), 'utf8')) as { docs: { texts: string[] }[] }
).docs.flatMap((d) => d.texts);
const questions = (JSON.parse(readFileSync(questionsFile, 'utf8')) as string[]).slice(0, 60);
const K = 10;

const embeddings = LocalEmbeddings.fit(texts);
const vectors = texts.map((t) => embeddings.sparse(t));
const queries = questions.map((q) => embeddings.sparse(q)).filter((q) => q.indices.length > 0);

/** Exact top-k by scanning every vector: the reference for recall. */
function bruteForce(query: Float32Array, all: SparseVector[], k: number): number[] {
  const scored = all.map((v, id) => {
    let s = 0;
    for (let j = 0; j < v.indices.length; j++) s += query[v.indices[j]!]! * v.values[j]!;
    return { id, s };
  });
  return scored
    .filter((x) => x.s > 0)
    .sort((a, b) => b.s - a.s || a.id - b.id)
    .slice(0, k)
    .map((x) => x.id);
}

function denseOf(v: SparseVector, dims: number): Float32Array {
  const out = new Float32Array(dims);
  v.indices.forEach((d, j) => {
    out[d] = v.values[j]!;
  });
  return out;
}

const recall = (found: number[][], truth: number[][]) =>
  found.reduce(
    (sum, f, i) => sum + f.filter((id) => truth[i]!.includes(id)).length / Math.max(1, truth[i]!.length),
    0,
  ) / Math.max(1, found.length);

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
}

// The exact sparse index (what the local model uses).
const sparse = SparseVectorIndex.build(vectors, embeddings.dimensions);
const sparseTimes: number[] = [];
const sparseFound = queries.map((q) => {
  const t = performance.now();
  const hits = sparse.search(q, K).map((h) => h.id);
  sparseTimes.push(performance.now() - t);
  return hits;
});
const truth = queries.map((q) => bruteForce(denseOf(q, embeddings.dimensions), vectors, K));

// The dense stand-in, searched exactly and through hnswlib with the shipped settings.
const DENSE_DIMS = 256;
function sketch(v: SparseVector): number[] {
  const out = new Array<number>(DENSE_DIMS).fill(0);
  v.indices.forEach((d, j) => {
    for (let r = 0; r < 4; r++) {
      const h = Math.imul(d + 1, 0x9e3779b1 + r * 0x85ebca6b) >>> 0;
      out[h % DENSE_DIMS]! += (h & 0x100000 ? 1 : -1) * v.values[j]!;
    }
  });
  const norm = Math.hypot(...out) || 1;
  return out.map((x) => x / norm);
}
const dense = vectors.map(sketch);
const denseQueries = queries.map(sketch);
const denseTruth = denseQueries.map((q) =>
  dense
    .map((v, id) => ({ id, s: v.reduce((sum, x, i) => sum + x * q[i]!, 0) }))
    .sort((a, b) => b.s - a.s || a.id - b.id)
    .slice(0, K)
    .map((x) => x.id),
);
let started = performance.now();
const graph = DenseNeighbours.build(dense, DENSE_DIMS);
const hnswBuildMs = performance.now() - started;
const fixed = { embedQuery: async (q: string) => denseQueries[Number(q)]! } as never;
/** Recall and speed of the graph at several search breadths: the shipped one first, then others. */
const efSweep: { ef: number; p50: number; recall: number }[] = [];
const shippedEf = efSearchFor(dense.length);
for (const ef of [shippedEf, ...[64, 256, 1024].filter((x) => x !== shippedEf)]) {
  const times: number[] = [];
  const found: number[][] = [];
  for (let i = 0; i < denseQueries.length; i++) {
    const t = performance.now();
    found.push((await graph.search(fixed, String(i), K, ef)).map((h) => h.chunk));
    times.push(performance.now() - t);
  }
  efSweep.push({ ef, p50: median(times), recall: recall(found, denseTruth) });
}

// LangChain's MemoryVectorStore on the local vectors, as dense arrays (the form it takes).
const { MemoryVectorStore } = await import('@langchain/classic/vectorstores/memory');
const store = new MemoryVectorStore({ embedDocuments: async () => [], embedQuery: async () => [] } as never);
started = performance.now();
await store.addVectors(
  vectors.map((v) => Array.from(denseOf(v, embeddings.dimensions))),
  texts.map((pageContent, id) => ({ pageContent, metadata: { id } })),
);
const memoryAddMs = performance.now() - started;
const memoryTimes: number[] = [];
const memoryFound: number[][] = [];
for (const q of queries) {
  const t = performance.now();
  const hits = await store.similaritySearchVectorWithScore(Array.from(denseOf(q, embeddings.dimensions)), K);
  memoryTimes.push(performance.now() - t);
  memoryFound.push(hits.map(([doc]) => doc.metadata.id as number));
}

console.log(
  JSON.stringify({
    chunks: texts.length,
    sparseP50: median(sparseTimes),
    sparseRecall: recall(sparseFound, truth),
    hnsw: { ...HNSW, efSearch: shippedEf },
    hnswBuildMs,
    efSweep,
    memoryAddMs,
    memoryP50: median(memoryTimes),
    memoryRecall: recall(memoryFound, truth),
  }),
);
