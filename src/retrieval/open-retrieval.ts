import type { Logger } from 'pino';
import type { KnowledgeBase } from '../knowledge/knowledge-base.js';
import { loadChunks } from './chunk-cache.js';
import { DocumentIndex } from './document-index.js';
import type { EmbeddingModel } from './embedding-model.js';
import { HybridRetriever } from './hybrid-retriever.js';
import { LexicalIndex } from './lexical-index.js';
import { NameMatcher } from './name-matcher.js';
import type { Retriever } from './retriever.js';
import { VectorIndex } from './vector-index.js';
import { Vocabulary } from './vocabulary.js';

export interface OpenedRetrieval {
  retriever: Retriever;
  /** The knowledge's word statistics, shared by retrieval, scope and answer composition. */
  vocabulary: Vocabulary;
  /** True when the vector index was read from the cache rather than built. */
  fromCache: boolean;
}

/** Chunks the knowledge, opens (or builds) the vector index and wires the hybrid retriever over it. */
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
  const textByDoc = new Map<string, string>();
  for (const c of chunks) textByDoc.set(c.metadata.docId, `${textByDoc.get(c.metadata.docId) ?? ''}\n${c.pageContent}`);
  const vocabulary = new Vocabulary([...textByDoc.values()]);
  const retriever = new HybridRetriever(
    kb,
    chunks,
    vectors,
    new LexicalIndex(chunks, kb),
    new DocumentIndex(kb),
    NameMatcher.forKnowledge(kb),
    vocabulary,
  );
  return { retriever, vocabulary, fromCache: vectors.fromCache };
}
