import type { Chunk } from './chunking.js';

/**
 * How the knowledge changed since the version the caches were built for, document by document:
 * what lets the vector and lexical indexes re-index only the documents that changed. A document
 * counts as unchanged when its fingerprint (chunking.ts `documentFingerprint`) is the same; then
 * its chunks are the same texts in the same order.
 */
export interface KnowledgeDelta {
  /** Content hash of the previous version: a cached index is patched only when it was built for it. */
  from: string;
  /** For each document now (knowledge order), its position in the previous version, or -1 when new or changed. */
  previousDoc: Int32Array;
  /** For each chunk now, its position among the previous version's chunks, or -1 when its document is new or changed. */
  previousChunk: Int32Array;
  /** The previous version's chunks, for indexes that subtract what a changed document contributed. */
  previousChunks: Chunk[];
  /** The previous version's document ids, in its order. */
  previousDocIds: string[];
}

/** Counts of what a delta re-indexes, for logs and the refit rule. */
export function deltaSize(delta: KnowledgeDelta): {
  changedChunks: number;
  removedChunks: number;
  changedDocs: number;
  removedDocs: number;
} {
  let changedChunks = 0;
  for (const p of delta.previousChunk) if (p < 0) changedChunks += 1;
  let changedDocs = 0;
  for (const p of delta.previousDoc) if (p < 0) changedDocs += 1;
  const keptChunks = delta.previousChunk.length - changedChunks;
  const keptDocs = delta.previousDoc.length - changedDocs;
  return {
    changedChunks,
    removedChunks: delta.previousChunks.length - keptChunks,
    changedDocs,
    removedDocs: delta.previousDocIds.length - keptDocs,
  };
}

/**
 * For each position of a previous version, its position now, or -1 when it was removed or changed:
 * the inverse of `previous`, which maps positions now to previous ones.
 */
export function forwardMap(previous: Int32Array, previousCount: number): Int32Array {
  const forward = new Int32Array(previousCount).fill(-1);
  previous.forEach((old, now) => {
    if (old >= 0) forward[old] = now;
  });
  return forward;
}
