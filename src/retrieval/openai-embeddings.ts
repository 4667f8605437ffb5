import { Embeddings } from '@langchain/core/embeddings';
import type OpenAI from 'openai';
import type { EmbeddingCache } from './embedding-cache.js';
import type { EmbeddingModel } from './embedding-model.js';

const BATCH_SIZE = 64;

/**
 * Embeddings from an OpenAI-compatible server behind LangChain's interface: batched requests, and
 * every vector kept in the SQLite cache by content hash so unchanged text is never sent twice.
 */
class OpenAICompatibleEmbeddings extends Embeddings {
  constructor(
    private readonly client: OpenAI,
    readonly model: string,
    private readonly cache: EmbeddingCache,
  ) {
    super({ maxRetries: 0 });
  }

  override async embedDocuments(texts: string[]): Promise<number[][]> {
    const vectors = texts.map((t) => this.cache.get(this.model, t));
    const missing = [...new Set(texts.filter((_, i) => vectors[i] === undefined))];
    for (let i = 0; i < missing.length; i += BATCH_SIZE) {
      const batch = missing.slice(i, i + BATCH_SIZE);
      const response = await this.client.embeddings.create({ model: this.model, input: batch });
      const byIndex = [...response.data].sort((a, b) => a.index - b.index);
      this.cache.putAll(
        this.model,
        batch.map((text, j) => ({ text, vector: byIndex[j]!.embedding })),
      );
    }
    return texts.map((t, i) => vectors[i] ?? this.cache.get(this.model, t)!);
  }

  override async embedQuery(text: string): Promise<number[]> {
    return (await this.embedDocuments([text]))[0]!;
  }
}

/** The index cache key names the model and the server, so switching either re-embeds. */
export function openAIEmbeddingModel(client: OpenAI, model: string, cache: EmbeddingCache): EmbeddingModel {
  const embeddings = new OpenAICompatibleEmbeddings(client, model, cache);
  return {
    id: `openai:${model}@${client.baseURL}`,
    forCorpus: () => ({ embeddings, state: null }),
    restore: () => embeddings,
  };
}
