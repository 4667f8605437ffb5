import type { KnowledgeBase } from '../knowledge/knowledge-base.js';
import type { Chunk } from './chunking.js';

/**
 * Share of the base's chunks that may be removed or added by edits before everything is built
 * again. Until then an edit is indexed apart and searched beside the base (see `KnowledgeChanges`),
 * with the embedding as fitted on the base; past it, the fitted IDF may have drifted from the
 * knowledge enough to matter, and the searches of the changes grow, so one full build (tens of
 * seconds at 100,000 chunks) makes a new base.
 */
export const REBUILD_SHARE = 0.1;

/**
 * How the knowledge differs from the version whose indexes are cached whole (the base), document
 * by document: the base's indexes are searched without the chunks of documents removed or changed
 * since, beside small indexes of the new and changed documents' chunks. A document counts as
 * unchanged when its fingerprint (chunking.ts `documentFingerprint`) is the same as in the base.
 */
export interface KnowledgeChanges {
  /** Content hash of the base version: its cached indexes are the ones searched. */
  baseHash: string;
  /** The base's chunks in its order (chunk ids 0 … n-1), and its documents' ids in their order. */
  baseChunks: Chunk[];
  baseDocIds: string[];
  /** Base documents removed or changed since: none of their chunks is searched any more. */
  removedDocs: ReadonlySet<string>;
  /** The new and changed documents' ids, and their chunks (ids n …, in knowledge order). */
  addedDocIds: string[];
  addedChunks: Chunk[];
}

/** For each base chunk, 1 when its document was removed or changed. */
export function removedChunkMask(changes: KnowledgeChanges): Uint8Array {
  return Uint8Array.from(changes.baseChunks, (c) => (changes.removedDocs.has(c.metadata.docId) ? 1 : 0));
}

/** For each base document, 1 when it was removed or changed. */
export function removedDocMask(changes: KnowledgeChanges): Uint8Array {
  return Uint8Array.from(changes.baseDocIds, (id) => (changes.removedDocs.has(id) ? 1 : 0));
}

/** Every chunk searched, by chunk id: the base's (removed ones included, never found) then the added. */
export function allChunks(changes: KnowledgeChanges): Chunk[] {
  return [...changes.baseChunks, ...changes.addedChunks];
}

/**
 * For each chunk id (see allChunks), its place in knowledge order (document, then part): what a
 * fresh build would number it, so that equal scores rank as they would there. Removed chunks last.
 * `chunks`: allChunks of the changes; `removed`: their removedChunkMask.
 */
export function chunkOrder(chunks: Chunk[], kb: KnowledgeBase, removed: Uint8Array): Int32Array {
  const docAt = new Map(kb.docs.map((d, i) => [d.id, i]));
  const doc = Int32Array.from(chunks, (c, i) => (i < removed.length && removed[i] ? -1 : docAt.get(c.metadata.docId)!));
  // Each document's first place: the live chunks of the documents before it.
  const start = new Int32Array(kb.docs.length + 1);
  for (const d of doc) if (d >= 0) start[d + 1]! += 1;
  for (let d = 0; d < kb.docs.length; d++) start[d + 1]! += start[d]!;
  let last = start[kb.docs.length]!;
  return Int32Array.from(chunks, (c, i) => (doc[i]! < 0 ? last++ : start[doc[i]!]! + c.metadata.part));
}

/** For each document of the base then each added one, its place in knowledge order; removed ones last. */
export function documentOrder(changes: KnowledgeChanges, kb: KnowledgeBase): Int32Array {
  const docAt = new Map(kb.docs.map((d, i) => [d.id, i]));
  const removed = removedDocMask(changes);
  return Int32Array.from([...changes.baseDocIds, ...changes.addedDocIds], (id, i) =>
    i < removed.length && removed[i] ? kb.docs.length + i : docAt.get(id)!,
  );
}
