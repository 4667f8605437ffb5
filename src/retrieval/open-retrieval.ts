import type { Logger } from 'pino';
import type { KnowledgeBase } from '../knowledge/knowledge-base.js';
import { loadChunks, pruneChunkFiles, wholeChunks } from './chunk-cache.js';
import type { Chunk } from './chunking.js';
import {
  buildDerived,
  DERIVED_FILE,
  type DerivedIndexes,
  derivedWithChanges,
  packDerived,
  readDerived,
  writeDerived,
} from './derived-indexes.js';
import type { EmbeddingModel } from './embedding-model.js';
import { HybridRetriever } from './hybrid-retriever.js';
import { IndexPrefetch } from './index-prefetch.js';
import { chunkOrder, type KnowledgeChanges, removedChunkMask } from './knowledge-changes.js';
import type { Retriever } from './retriever.js';
import { type IndexOrigin, SPARSE_INDEX_FILE, VectorIndex } from './vector-index.js';
import type { Vocabulary } from './vocabulary.js';

export interface OpenedRetrieval {
  retriever: Retriever;
  /** The knowledge's word statistics, shared by retrieval, scope and answer composition. */
  vocabulary: Vocabulary;
  /** True when every index was read from the cache (with any changes since it was built) rather than built. */
  fromCache: boolean;
  /** What was done to get the indexes, for logs, tests and the scale benchmark. */
  indexing: {
    origin: IndexOrigin;
    /** Chunks embedded: all on a build, the changed ones beside a base, 0 from the cache. */
    embedded: number;
    /** Documents split into chunks (the others' chunks were read from the cache). */
    chunkedDocs: number;
    /** Time to chunk and index (or read the indexes), stores included: after an edit, the re-indexing. */
    ms: number;
  };
}

/**
 * Chunks the knowledge and opens its indexes: read from the cache; or, after an edit, the cached
 * base's read and searched beside small indexes of what changed (see KnowledgeChanges); or built
 * and stored, the vector index and the lexical, document, vocabulary and name indexes kept beside
 * it in one folder. Then wires the hybrid retriever over them.
 */
export async function openRetrieval(
  kb: KnowledgeBase,
  opts: { cacheDir: string; embeddingModel: EmbeddingModel; logger: Logger },
): Promise<OpenedRetrieval> {
  const started = performance.now();
  const ahead = await IndexPrefetch.start(opts.cacheDir, opts.embeddingModel.id, [
    'manifest.json',
    SPARSE_INDEX_FILE,
    DERIVED_FILE,
  ]);
  const loaded = await loadChunks(kb, opts.cacheDir, opts.logger);
  const opened =
    (loaded.kind === 'changed' && (await openChanged(kb, loaded.changes, loaded.chunks, { ...opts, ahead }))) ||
    undefined;
  const { chunks, vectors, derived, removed } =
    opened ??
    (await openWhole(
      kb,
      loaded.kind === 'whole' ? loaded.chunks : await wholeChunks(kb, loaded.changes, opts.cacheDir, opts.logger),
      { ...opts, ahead },
    ));
  ahead.drop();
  const { lexical, documents, vocabulary, names } = derived;
  const retriever = new HybridRetriever(kb, chunks, vectors, lexical, documents, names, vocabulary, removed);
  return {
    retriever,
    vocabulary,
    fromCache: vectors.origin !== 'built' && loaded.chunkedDocs === 0,
    indexing: {
      origin: vectors.origin,
      embedded: vectors.embedded,
      chunkedDocs: loaded.chunkedDocs,
      ms: performance.now() - started,
    },
  };
}

interface OpenedIndexes {
  chunks: Chunk[];
  vectors: VectorIndex;
  derived: DerivedIndexes;
  /** Chunks of the base that changes removed (never found), when the base is searched beside changes. */
  removed?: Uint8Array;
}

/** The base's indexes with the changes beside them, or undefined when the base's cannot be read. */
async function openChanged(
  kb: KnowledgeBase,
  changes: KnowledgeChanges,
  /** allChunks of the changes, as loadChunks made them. */
  chunks: Chunk[],
  opts: { cacheDir: string; embeddingModel: EmbeddingModel; logger: Logger; ahead: IndexPrefetch },
): Promise<OpenedIndexes | undefined> {
  const removed = removedChunkMask(changes);
  const order = chunkOrder(chunks, kb, removed);
  const vectors = await VectorIndex.openChanged({ changes, removed, order, model: opts.embeddingModel, ...opts });
  if (!vectors) return undefined;
  const base = await readDerived(vectors.dir, changes.baseDocIds, changes.baseChunks.length, opts.logger, opts.ahead);
  if (!base) return undefined;
  const derived = derivedWithChanges(base, kb, changes, removed, order);
  return { chunks, vectors, derived, removed };
}

/** Every index over all the chunks: read from the cache, or built and stored as a new base. */
async function openWhole(
  kb: KnowledgeBase,
  chunks: Chunk[],
  opts: { cacheDir: string; embeddingModel: EmbeddingModel; logger: Logger; ahead: IndexPrefetch },
): Promise<OpenedIndexes> {
  let derived: DerivedIndexes | undefined;
  const vectors = await VectorIndex.open({
    chunks,
    contentHash: kb.contentHash,
    model: opts.embeddingModel,
    cacheDir: opts.cacheDir,
    logger: opts.logger,
    ahead: opts.ahead,
    // Built with the vectors and written into the same folder, so the folder is whole or absent.
    companions: async () => {
      derived = buildDerived(kb, chunks);
      return new Map([[DERIVED_FILE, packDerived(derived, kb, chunks.length)]]);
    },
  });
  // The base's chunks are what an interrupted build starts again from: kept until this one's index is stored.
  if (vectors.origin === 'built' && vectors.stored)
    await pruneChunkFiles(opts.cacheDir, kb.contentHash).catch((err: unknown) =>
      opts.logger.warn({ reason: err instanceof Error ? err.message : String(err) }, 'old chunks not removed'),
    );
  const docIds = kb.docs.map((d) => d.id);
  if (!derived && vectors.fromCache)
    derived = await readDerived(vectors.dir, docIds, chunks.length, opts.logger, opts.ahead);
  if (!derived) {
    derived = buildDerived(kb, chunks);
    // Like the vectors, these only save time: a cache that cannot be written costs the next start a rebuild.
    await writeDerived(vectors.dir, derived, kb, chunks.length).catch((err: unknown) =>
      opts.logger.warn(
        { dir: vectors.dir, reason: err instanceof Error ? err.message : String(err) },
        'indexes not cached',
      ),
    );
  }
  return { chunks, vectors, derived };
}
