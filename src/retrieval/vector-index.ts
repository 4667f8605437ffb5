import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Embeddings } from '@langchain/core/embeddings';
import hnswlib from 'hnswlib-node';
import type { Logger } from 'pino';
import { CHUNKING, type Chunk } from './chunking.js';
import type { EmbeddingModel } from './embedding-model.js';

export interface VectorHit {
  chunk: number;
  /** Cosine similarity, 1 is identical. */
  similarity: number;
}

interface Manifest {
  key: string;
  model: string;
  dimensions: number;
  chunkCount: number;
  state: unknown;
}

/** The index cache key: knowledge bytes, chunking settings and embedding model together. */
function indexCacheKey(contentHash: string, modelId: string): string {
  return createHash('sha256')
    .update(JSON.stringify({ contentHash, chunking: CHUNKING, modelId }))
    .digest('hex')
    .slice(0, 24);
}

/** Dense search over the knowledge chunks with a persistent hnswlib index. */
export class VectorIndex {
  private constructor(
    private readonly index: hnswlib.HierarchicalNSW,
    readonly embeddings: Embeddings,
    readonly fromCache: boolean,
    private readonly logger: Logger,
  ) {}

  /**
   * Loads the index for this knowledge from `cacheDir`, or embeds the chunks and stores a new one.
   * Other cache entries are removed, so the folder holds one index per knowledge version at most.
   */
  static async open(opts: {
    chunks: Chunk[];
    contentHash: string;
    model: EmbeddingModel;
    cacheDir: string;
    logger: Logger;
  }): Promise<VectorIndex> {
    const { chunks, model, cacheDir, logger } = opts;
    const key = indexCacheKey(opts.contentHash, model.id);
    const dir = path.join(cacheDir, `index-${key}`);
    const cached = await VectorIndex.tryLoad(dir, key, chunks.length, model, logger);
    if (cached) return cached;

    const started = performance.now();
    const texts = chunks.map((c) => c.pageContent);
    const { embeddings, state } = model.forCorpus(texts);
    const vectors = await embeddings.embedDocuments(texts);
    const dimensions = vectors[0]?.length ?? 0;
    const index = new hnswlib.HierarchicalNSW('cosine', dimensions);
    index.initIndex({ maxElements: Math.max(vectors.length, 1), m: 16, efConstruction: 200, randomSeed: 42 });
    for (const [i, v] of vectors.entries()) index.addPoint(v, i);
    // The cache only saves time: an unwritable cache folder costs a rebuild at the next start, nothing more.
    await VectorIndex.save(cacheDir, dir, index, {
      key,
      model: model.id,
      dimensions,
      chunkCount: chunks.length,
      state,
    }).catch((err: unknown) =>
      logger.warn({ dir, reason: err instanceof Error ? err.message : String(err) }, 'search index not cached'),
    );
    logger.info(
      { chunks: chunks.length, model: model.id, ms: Math.round(performance.now() - started) },
      'search index built',
    );
    return new VectorIndex(index, embeddings, false, logger);
  }

  private static async tryLoad(
    dir: string,
    key: string,
    chunkCount: number,
    model: EmbeddingModel,
    logger: Logger,
  ): Promise<VectorIndex | undefined> {
    let manifest: Manifest;
    try {
      manifest = JSON.parse(await readFile(path.join(dir, 'manifest.json'), 'utf8')) as Manifest;
    } catch {
      return undefined;
    }
    if (manifest.key !== key || manifest.chunkCount !== chunkCount) return undefined;
    try {
      const index = new hnswlib.HierarchicalNSW('cosine', manifest.dimensions);
      index.readIndexSync(path.join(dir, 'index.hnsw'));
      logger.debug({ dir }, 'search index loaded from cache');
      return new VectorIndex(index, model.restore(manifest.state), true, logger);
    } catch (err) {
      logger.warn({ dir, err: String(err) }, 'cached search index is unreadable; rebuilding');
      return undefined;
    }
  }

  private static async save(cacheDir: string, dir: string, index: hnswlib.HierarchicalNSW, manifest: Manifest) {
    await mkdir(cacheDir, { recursive: true });
    // Write beside, then rename: a crash mid-write never leaves a half index under the real name.
    const tmp = `${dir}.tmp-${process.pid}`;
    await rm(tmp, { recursive: true, force: true });
    await mkdir(tmp);
    index.writeIndexSync(path.join(tmp, 'index.hnsw'));
    await writeFile(path.join(tmp, 'manifest.json'), JSON.stringify(manifest));
    await rm(dir, { recursive: true, force: true });
    await rename(tmp, dir);
    for (const entry of await readdir(cacheDir)) {
      if (entry.startsWith('index-') && path.join(cacheDir, entry) !== dir && !entry.includes('.tmp-')) {
        await rm(path.join(cacheDir, entry), { recursive: true, force: true });
      }
    }
  }

  /** Nearest chunks; when the embedding model fails (a remote server down) dense search sits out. */
  async search(query: string, k: number): Promise<VectorHit[]> {
    let vec: number[];
    try {
      vec = await this.embeddings.embedQuery(query);
    } catch (err) {
      this.logger.warn(
        { reason: err instanceof Error ? err.message : String(err) },
        'query embedding failed; lexical search only',
      );
      return [];
    }
    const n = Math.min(k, this.index.getCurrentCount());
    if (n === 0 || vec.every((v) => v === 0)) return [];
    this.index.setEf(Math.max(64, n));
    const { neighbors, distances } = this.index.searchKnn(vec, n);
    return neighbors.map((chunk, i) => ({ chunk, similarity: 1 - distances[i]! }));
  }
}
