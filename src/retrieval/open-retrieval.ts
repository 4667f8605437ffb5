import type { Logger } from 'pino';
import type { KnowledgeBase } from '../knowledge/knowledge-base.js';
import { loadChunks, pruneChunkFiles } from './chunk-cache.js';
import {
  buildDerived,
  DERIVED_FILE,
  type DerivedIndexes,
  packDerived,
  patchDerived,
  readDerived,
  writeDerived,
} from './derived-indexes.js';
import type { EmbeddingModel } from './embedding-model.js';
import { HybridRetriever } from './hybrid-retriever.js';
import type { Retriever } from './retriever.js';
import { type IndexOrigin, VectorIndex } from './vector-index.js';
import type { Vocabulary } from './vocabulary.js';

export interface OpenedRetrieval {
  retriever: Retriever;
  /** The knowledge's word statistics, shared by retrieval, scope and answer composition. */
  vocabulary: Vocabulary;
  /** True when the vector index was read from the cache rather than built. */
  fromCache: boolean;
  /** What was done to get the indexes, for logs, tests and the scale benchmark. */
  indexing: {
    origin: IndexOrigin;
    /** Chunks embedded (0 from the cache; an edit embeds only its documents' chunks). */
    embedded: number;
    /** Documents split into chunks (the others' chunks were read from the cache). */
    chunkedDocs: number;
    /** Whether the lexical, document and vocabulary indexes were updated rather than built. */
    derivedPatched: boolean;
    /** Time to chunk and index (or read the indexes), stores included: after an edit, the re-indexing. */
    ms: number;
  };
}

/**
 * Chunks the knowledge, opens (or builds, or updates after an edit) the vector index and the
 * lexical, document, vocabulary and name indexes kept beside it, and wires the hybrid retriever
 * over them.
 */
export async function openRetrieval(
  kb: KnowledgeBase,
  opts: { cacheDir: string; embeddingModel: EmbeddingModel; logger: Logger },
): Promise<OpenedRetrieval> {
  const started = performance.now();
  const { chunks, delta, chunkedDocs } = await loadChunks(kb, opts.cacheDir, opts.logger);
  let derived: DerivedIndexes | undefined;
  let derivedPatched = false;
  const vectors = await VectorIndex.open({
    chunks,
    contentHash: kb.contentHash,
    model: opts.embeddingModel,
    cacheDir: opts.cacheDir,
    logger: opts.logger,
    delta,
    // Built or updated with the vectors and written into the same folder, so the folder is whole or absent.
    companions: async ({ previousDir }) => {
      if (previousDir && delta) {
        const previous = await readDerived(
          previousDir,
          { docs: delta.previousDocIds.map((id) => ({ id })) },
          delta.previousChunks.length,
          opts.logger,
          { names: false },
        );
        derived = previous && patchDerived(previous, kb, chunks, delta);
        derivedPatched = derived !== undefined;
      }
      derived ??= buildDerived(kb, chunks);
      return new Map([[DERIVED_FILE, packDerived(derived, kb, chunks.length)]]);
    },
  });
  // The previous version's chunks are what an interrupted update starts again from: kept until this one's index is stored.
  if (delta && vectors.stored)
    await pruneChunkFiles(opts.cacheDir, kb.contentHash).catch((err: unknown) =>
      opts.logger.warn({ reason: err instanceof Error ? err.message : String(err) }, 'old chunks not removed'),
    );
  if (!derived && vectors.fromCache) derived = await readDerived(vectors.dir, kb, chunks.length, opts.logger);
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
  const { lexical, documents, vocabulary, names } = derived;
  const retriever = new HybridRetriever(kb, chunks, vectors, lexical, documents, names, vocabulary);
  return {
    retriever,
    vocabulary,
    fromCache: vectors.fromCache,
    indexing: {
      origin: vectors.origin,
      embedded: vectors.embedded,
      chunkedDocs,
      derivedPatched,
      ms: performance.now() - started,
    },
  };
}
