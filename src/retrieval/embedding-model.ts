import type { Embeddings } from '@langchain/core/embeddings';
import { LOCAL_EMBEDDING_MODEL, LocalEmbeddings, type LocalEmbeddingsState } from './local-embeddings.js';

/**
 * How the index gets its embeddings. A local model is fitted to the corpus and has state to store;
 * a remote model (OpenAI-compatible) has none. `id` is part of the index cache key.
 */
export interface EmbeddingModel {
  readonly id: string;
  forCorpus(texts: string[]): { embeddings: Embeddings; state: unknown };
  restore(state: unknown): Embeddings;
}

export const localEmbeddingModel: EmbeddingModel = {
  id: LOCAL_EMBEDDING_MODEL,
  forCorpus(texts) {
    const embeddings = LocalEmbeddings.fit(texts);
    return { embeddings, state: embeddings.toState() };
  },
  restore(state) {
    return LocalEmbeddings.fromState(state as LocalEmbeddingsState);
  },
};
