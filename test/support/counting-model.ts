import type { Embeddings } from '@langchain/core/embeddings';
import { type EmbeddingModel, localEmbeddingModel } from '../../src/retrieval/embedding-model.js';
import { LocalEmbeddings, type LocalEmbeddingsState } from '../../src/retrieval/local-embeddings.js';

/**
 * The local model, counting the texts it embeds after it is fitted or restored. With `fixed`, a full
 * build uses that IDF instead of fitting one: a fresh build comparable to an incremental update.
 */
export function countingModel(fixed?: LocalEmbeddingsState): EmbeddingModel & { embedded: number } {
  const counter = {
    id: localEmbeddingModel.id,
    embedded: 0,
    count(embeddings: Embeddings): Embeddings {
      const local = embeddings as LocalEmbeddings;
      const original = local.sparse.bind(local);
      local.sparse = (text: string) => {
        counter.embedded += 1;
        return original(text);
      };
      return embeddings;
    },
    forCorpus(texts: string[]) {
      const fitted = fixed
        ? { embeddings: LocalEmbeddings.fromState(fixed), state: fixed }
        : localEmbeddingModel.forCorpus(texts);
      return { ...fitted, embeddings: counter.count(fitted.embeddings) };
    },
    restore(state: unknown) {
      return counter.count(localEmbeddingModel.restore(state));
    },
  };
  return counter;
}
