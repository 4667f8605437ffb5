import type { Logger } from 'pino';
import type { KnowledgeBase } from '../knowledge/knowledge-base.js';
import { loadChunks } from './chunk-cache.js';
import { buildDerived, readDerived, writeDerived } from './derived-indexes.js';
import type { EmbeddingModel } from './embedding-model.js';
import { HybridRetriever } from './hybrid-retriever.js';
import type { Retriever } from './retriever.js';
import { VectorIndex } from './vector-index.js';
import type { Vocabulary } from './vocabulary.js';

export interface OpenedRetrieval {
  retriever: Retriever;
  /** The knowledge's word statistics, shared by retrieval, scope and answer composition. */
  vocabulary: Vocabulary;
  /** True when the vector index was read from the cache rather than built. */
  fromCache: boolean;
}

/**
 * Chunks the knowledge, opens (or builds) the vector index and the lexical, document, vocabulary and
 * name indexes kept beside it, and wires the hybrid retriever over them.
 */
export async function openRetrieval(
  kb: KnowledgeBase,
  opts: { cacheDir: string; embeddingModel: EmbeddingModel; logger: Logger },
): Promise<OpenedRetrieval> {
  const chunks = await loadChunks(kb, opts.cacheDir, opts.logger);
  const vectors = await VectorIndex.open({
    chunks,
    contentHash: kb.contentHash,
    model: opts.embeddingModel,
    cacheDir: opts.cacheDir,
    logger: opts.logger,
  });
  let derived = vectors.fromCache ? await readDerived(vectors.dir, kb, chunks.length, opts.logger) : undefined;
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
  return { retriever, vocabulary, fromCache: vectors.fromCache };
}
