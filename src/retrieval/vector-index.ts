import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Embeddings } from '@langchain/core/embeddings';
import type { Logger } from 'pino';
import { CHUNKING, type Chunk } from './chunking.js';
import { DenseNeighbours } from './dense-neighbours.js';
import type { EmbeddingModel } from './embedding-model.js';
import { LocalEmbeddings } from './local-embeddings.js';
import { SparseVectorIndex } from './sparse-vector-index.js';

export interface VectorHit {
  chunk: number;
  /** Cosine similarity, 1 is identical. */
  similarity: number;
}

interface Manifest {
  key: string;
  model: string;
  /** `sparse`: exact inverted index (local hashed vectors); `dense`: hnswlib graph (model embeddings). */
  kind: 'sparse' | 'dense';
  dimensions: number;
  chunkCount: number;
  state: unknown;
}

/** How the chunks' vectors are searched: exactly over sparse vectors, or through a graph for dense ones. */
interface Neighbours {
  search(embeddings: Embeddings, query: string, k: number): Promise<VectorHit[]>;
  write(dir: string): Promise<void>;
}

const INDEX_FILE = { sparse: 'vectors.spv', dense: 'index.hnsw' } as const;

/** The index cache key: knowledge bytes, chunking settings and embedding model together. */
function indexCacheKey(contentHash: string, modelId: string): string {
  return createHash('sha256')
    .update(JSON.stringify({ contentHash, chunking: CHUNKING, modelId, layout: 2 }))
    .digest('hex')
    .slice(0, 24);
}

class SparseNeighbours implements Neighbours {
  constructor(readonly index: SparseVectorIndex) {}

  async search(embeddings: Embeddings, query: string, k: number): Promise<VectorHit[]> {
    const q = (embeddings as LocalEmbeddings).sparse(query);
    if (q.indices.length === 0) return [];
    return this.index.search(q, k).map((h) => ({ chunk: h.id, similarity: h.score }));
  }

  async write(dir: string): Promise<void> {
    await writeFile(path.join(dir, INDEX_FILE.sparse), this.index.toBuffer());
  }
}

/** Nearest chunks to a question, over an index persisted per knowledge version and embedding model. */
export class VectorIndex {
  private constructor(
    private readonly neighbours: Neighbours,
    readonly embeddings: Embeddings,
    readonly fromCache: boolean,
    /** The cache folder of this knowledge version and model, where what is derived with the index is kept too. */
    readonly dir: string,
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
    let neighbours: Neighbours;
    let kind: Manifest['kind'];
    let dimensions: number;
    if (embeddings instanceof LocalEmbeddings) {
      kind = 'sparse';
      dimensions = embeddings.dimensions;
      neighbours = new SparseNeighbours(
        SparseVectorIndex.build(
          texts.map((t) => embeddings.sparse(t)),
          dimensions,
        ),
      );
    } else {
      kind = 'dense';
      const vectors = await embeddings.embedDocuments(texts);
      dimensions = vectors[0]?.length ?? 0;
      neighbours = DenseNeighbours.build(vectors, dimensions);
    }
    // The cache only saves time: an unwritable cache folder costs a rebuild at the next start, nothing more.
    await VectorIndex.save(cacheDir, dir, neighbours, {
      key,
      model: model.id,
      kind,
      dimensions,
      chunkCount: chunks.length,
      state,
    }).catch((err: unknown) =>
      logger.warn({ dir, reason: err instanceof Error ? err.message : String(err) }, 'search index not cached'),
    );
    logger.info(
      { chunks: chunks.length, model: model.id, kind, ms: Math.round(performance.now() - started) },
      'search index built',
    );
    return new VectorIndex(neighbours, embeddings, false, dir, logger);
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
      const file = path.join(dir, INDEX_FILE[manifest.kind]);
      const neighbours =
        manifest.kind === 'sparse'
          ? new SparseNeighbours(SparseVectorIndex.fromBuffer(await readFile(file)))
          : DenseNeighbours.read(file, manifest.dimensions);
      logger.debug({ dir }, 'search index loaded from cache');
      return new VectorIndex(neighbours, model.restore(manifest.state), true, dir, logger);
    } catch (err) {
      logger.warn({ dir, err: String(err) }, 'cached search index is unreadable; rebuilding');
      return undefined;
    }
  }

  private static async save(cacheDir: string, dir: string, neighbours: Neighbours, manifest: Manifest) {
    await mkdir(cacheDir, { recursive: true });
    // Write beside, then rename: a crash mid-write never leaves a half index under the real name.
    const tmp = `${dir}.tmp-${process.pid}`;
    await rm(tmp, { recursive: true, force: true });
    await mkdir(tmp);
    await neighbours.write(tmp);
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
    try {
      return await this.neighbours.search(this.embeddings, query, k);
    } catch (err) {
      this.logger.warn(
        { reason: err instanceof Error ? err.message : String(err) },
        'query embedding failed; lexical search only',
      );
      return [];
    }
  }
}
