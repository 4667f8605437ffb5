import { Embeddings } from '@langchain/core/embeddings';
import { expect, it } from 'vitest';
import type { Chunk } from '../../src/retrieval/chunking.js';
import type { EmbeddingModel } from '../../src/retrieval/embedding-model.js';
import { VectorIndex } from '../../src/retrieval/vector-index.js';
import { silentLogger, tempDir } from '../support/engine.js';

const WORDS = ['bridge', 'sensor', 'data', 'cloud', 'repair', 'model', 'network', 'city'];

/** Deterministic: one dimension per known word, so the nearest chunk is the one sharing most words. */
class WordCountEmbeddings extends Embeddings {
  constructor() {
    super({});
  }
  private vector(text: string): number[] {
    const words = text.toLowerCase().split(/\W+/);
    return WORDS.map((w) => words.filter((x) => x === w).length + 0.01);
  }
  async embedDocuments(texts: string[]): Promise<number[][]> {
    return texts.map((t) => this.vector(t));
  }
  async embedQuery(text: string): Promise<number[]> {
    return this.vector(text);
  }
}

const model: EmbeddingModel = {
  id: 'word-count-test',
  forCorpus: () => ({ embeddings: new WordCountEmbeddings(), state: null }),
  restore: () => new WordCountEmbeddings(),
};
const chunk = (docId: string, pageContent: string): Chunk => ({ pageContent, metadata: { docId, part: 1 } });
const chunks = [
  chunk('mechanic', 'repair the bridge and the city sensor'),
  chunk('scientist', 'model the data, model the city'),
  chunk('architect', 'cloud network for city data'),
];

it('returns the true nearest neighbours, best first, and reopens the same index from its cache', async () => {
  const cacheDir = await tempDir('vectors');
  const index = await VectorIndex.open({ chunks, contentHash: 'h1', model, cacheDir, logger: silentLogger });
  expect(index.fromCache).toBe(false);
  const hits = await index.search('who can repair a bridge sensor', 3);
  expect(hits).toHaveLength(3);
  expect(chunks[hits[0]!.chunk]!.metadata.docId).toBe('mechanic');
  expect(hits[0]!.similarity).toBeGreaterThan(hits[1]!.similarity);

  const again = await VectorIndex.open({ chunks, contentHash: 'h1', model, cacheDir, logger: silentLogger });
  expect(again.fromCache).toBe(true);
  expect((await again.search('cloud network', 1))[0]!.chunk).toBe(2);
});
