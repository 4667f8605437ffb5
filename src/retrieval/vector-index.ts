import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Embeddings } from '@langchain/core/embeddings';
import type { Logger } from 'pino';
import { STEMMING_VERSION } from '../text/normalize.js';
import { CHUNKING, type Chunk } from './chunking.js';
import { DenseNeighbours } from './dense-neighbours.js';
import type { EmbeddingModel } from './embedding-model.js';
import type { IndexPrefetch } from './index-prefetch.js';
import type { KnowledgeChanges } from './knowledge-changes.js';
import { LocalEmbeddings } from './local-embeddings.js';
import { SparseVectorIndex } from './sparse-vector-index.js';
import { isStaleTemp } from './stale-temp.js';

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
  /** The embedding's fitted state (the local model's IDF), kept across incremental updates. */
  state: unknown;
}

/**
 * How the index came to be: read as it was; the base's read and searched beside the chunks changed
 * since (see KnowledgeChanges), which this start either read or split; or built from every chunk.
 */
export type IndexOrigin = 'cache' | 'changed' | 'built';

/** How the chunks' vectors are searched: exactly over sparse vectors, or through a graph for dense ones. */
interface Neighbours {
  search(embeddings: Embeddings, query: string, k: number): Promise<VectorHit[]>;
  write(dir: string): Promise<void>;
}

const INDEX_FILE = { sparse: 'vectors.spv', dense: 'index.hnsw' } as const;
export const SPARSE_INDEX_FILE = INDEX_FILE.sparse;

/** The index cache key: knowledge bytes, chunking settings, stemming and embedding model together. */
function indexCacheKey(contentHash: string, modelId: string): string {
  return createHash('sha256')
    .update(JSON.stringify({ contentHash, chunking: CHUNKING, stemming: STEMMING_VERSION, modelId, layout: 4 }))
    .digest('hex')
    .slice(0, 24);
}

const indexDir = (cacheDir: string, key: string) => path.join(cacheDir, `index-${key}`);

class SparseNeighbours implements Neighbours {
  constructor(readonly index: SparseVectorIndex) {}

  async search(embeddings: Embeddings, query: string, k: number): Promise<VectorHit[]> {
    const q = (embeddings as LocalEmbeddings).sparse(query);
    if (q.indices.length === 0) return [];
    return this.index.search(q, k).map((h) => ({ chunk: h.id, similarity: h.score }));
  }

  async write(dir: string): Promise<void> {
    await this.index.writeTo(path.join(dir, INDEX_FILE.sparse));
  }
}

/**
 * A base's sparse index without the chunks removed or changed since, searched beside a small index
 * of the new and changed chunks (ids after the base's), as one index over the knowledge now: the
 * vectors are the same as a fresh build's with the base's fitted embedding, so are the scores.
 */
class ChangedSparseNeighbours implements Neighbours {
  constructor(
    private readonly base: SparseVectorIndex,
    private readonly removed: Int32Array,
    private readonly added: SparseVectorIndex,
    /** chunkOrder of the changes: equal scores rank as in a fresh build. */
    private readonly order: Int32Array,
  ) {}

  async search(embeddings: Embeddings, query: string, k: number): Promise<VectorHit[]> {
    const q = (embeddings as LocalEmbeddings).sparse(query);
    if (q.indices.length === 0) return [];
    const hits = [
      ...this.base.search(q, k, undefined, this.removed).map((h) => ({ chunk: h.id, similarity: h.score })),
      ...this.added.search(q, k).map((h) => ({ chunk: this.base.count + h.id, similarity: h.score })),
    ];
    const { order } = this;
    return hits.sort((a, b) => b.similarity - a.similarity || order[a.chunk]! - order[b.chunk]!).slice(0, k);
  }

  async write(): Promise<void> {
    throw new Error('the changes are cached as chunks, not as an index: the base is stored');
  }
}

/** Files kept in the index folder beside the vectors (the derived indexes), by name. */
export type CompanionFiles = Map<string, Buffer>;

export interface VectorIndexOptions {
  chunks: Chunk[];
  contentHash: string;
  model: EmbeddingModel;
  cacheDir: string;
  logger: Logger;
  /**
   * What else the index folder holds, computed when the index is built or updated and written into
   * the folder before it is renamed into place, so the folder is complete or absent.
   */
  companions?: () => Promise<CompanionFiles>;
  /** The index folder's files, when read ahead. */
  ahead?: IndexPrefetch;
}

/** Nearest chunks to a question, over an index persisted per knowledge version and embedding model. */
export class VectorIndex {
  private constructor(
    private readonly neighbours: Neighbours,
    readonly embeddings: Embeddings,
    readonly origin: IndexOrigin,
    /** The cache folder of this knowledge version and model, where what is derived with the index is kept too. */
    readonly dir: string,
    private readonly logger: Logger,
    private readonly manifest: Manifest,
    /** Chunks embedded to make this index (0 when read from the cache). */
    readonly embedded: number,
  ) {}

  /** Whether the index is in the cache folder (read from it, or written to it). */
  stored = false;

  /** True when the index was read from the cache rather than built or updated. */
  get fromCache(): boolean {
    return this.origin === 'cache';
  }

  /**
   * Loads the index for this knowledge from `cacheDir`, or embeds every chunk. A new index is stored
   * and other cache entries removed, so the folder holds one index at most.
   */
  static async open(opts: VectorIndexOptions): Promise<VectorIndex> {
    const { chunks, model, cacheDir, logger } = opts;
    const key = indexCacheKey(opts.contentHash, model.id);
    const dir = indexDir(cacheDir, key);
    const cached = await VectorIndex.tryLoad(dir, key, chunks.length, model, logger, opts.ahead);
    if (cached) return cached;
    opts.ahead?.drop();

    const started = performance.now();
    const index = await VectorIndex.build({ ...opts, key, dir });
    const companions = opts.companions ? await opts.companions() : new Map<string, Buffer>();
    // The cache only saves time: an unwritable cache folder costs a rebuild at the next start, nothing more.
    index.stored = await VectorIndex.save(cacheDir, dir, index.neighbours, index.manifest, companions).then(
      () => true,
      (err: unknown) => {
        logger.warn({ dir, reason: err instanceof Error ? err.message : String(err) }, 'search index not cached');
        return false;
      },
    );
    logger.info(
      {
        chunks: chunks.length,
        model: model.id,
        kind: index.manifest.kind,
        ms: Math.round(performance.now() - started),
      },
      'search index built',
    );
    return index;
  }

  /**
   * The base's cached index searched beside the chunks changed since: only those are embedded, with
   * the embedding as fitted on the base. Undefined when the base's index is not cached or cannot be
   * read, or is a graph of a model's embeddings (those are embedded again through the embedding
   * cache and the graph built again).
   */
  static async openChanged(opts: {
    changes: KnowledgeChanges;
    /** removedChunkMask and chunkOrder of the changes. */
    removed: Uint8Array;
    order: Int32Array;
    model: EmbeddingModel;
    cacheDir: string;
    logger: Logger;
    ahead?: IndexPrefetch;
  }): Promise<VectorIndex | undefined> {
    const { changes, model, logger } = opts;
    const key = indexCacheKey(changes.baseHash, model.id);
    const dir = indexDir(opts.cacheDir, key);
    const base = await VectorIndex.tryLoad(dir, key, changes.baseChunks.length, model, logger, opts.ahead);
    if (!base || !(base.neighbours instanceof SparseNeighbours)) return undefined;
    const embeddings = base.embeddings as LocalEmbeddings;
    const removed: number[] = [];
    opts.removed.forEach((r, id) => {
      if (r) removed.push(id);
    });
    const added = SparseVectorIndex.build(
      changes.addedChunks.map((c) => embeddings.sparse(c.pageContent)),
      base.neighbours.index.dimensions,
    );
    const neighbours = new ChangedSparseNeighbours(base.neighbours.index, Int32Array.from(removed), added, opts.order);
    const index = new VectorIndex(neighbours, embeddings, 'changed', dir, logger, base.manifest, added.count);
    index.stored = true;
    return index;
  }

  /** Embeds every chunk, fitting the embedding to them. */
  private static async build(opts: VectorIndexOptions & { key: string; dir: string }): Promise<VectorIndex> {
    const { chunks, model, logger } = opts;
    const texts = chunks.map((c) => c.pageContent);
    const { embeddings, state } = model.forCorpus(texts);
    let neighbours: Neighbours;
    let kind: Manifest['kind'];
    let dimensions: number;
    if (embeddings instanceof LocalEmbeddings) {
      kind = 'sparse';
      dimensions = embeddings.dimensions;
      const embed = (id: number) => embeddings.sparse(texts[id]!);
      neighbours = new SparseNeighbours(
        embeddings.documentFrequency
          ? SparseVectorIndex.fromCounted(texts.length, dimensions, embeddings.documentFrequency, embed)
          : SparseVectorIndex.build(
              texts.map((_, id) => embed(id)),
              dimensions,
            ),
      );
    } else {
      kind = 'dense';
      const vectors = await embeddings.embedDocuments(texts);
      dimensions = vectors[0]?.length ?? 0;
      neighbours = DenseNeighbours.build(vectors, dimensions);
    }
    const manifest: Manifest = {
      key: opts.key,
      model: model.id,
      kind,
      dimensions,
      chunkCount: chunks.length,
      state,
    };
    return new VectorIndex(neighbours, embeddings, 'built', opts.dir, logger, manifest, chunks.length);
  }

  private static async tryLoad(
    dir: string,
    key: string,
    chunkCount: number,
    model: EmbeddingModel,
    logger: Logger,
    files: Pick<IndexPrefetch, 'read'> = { read: (file) => readFile(file) },
  ): Promise<VectorIndex | undefined> {
    let manifest: Manifest;
    try {
      manifest = JSON.parse((await files.read(path.join(dir, 'manifest.json'))).toString('utf8')) as Manifest;
    } catch {
      return undefined;
    }
    if (manifest.key !== key || manifest.chunkCount !== chunkCount) return undefined;
    try {
      const file = path.join(dir, INDEX_FILE[manifest.kind]);
      const neighbours =
        manifest.kind === 'sparse'
          ? new SparseNeighbours(SparseVectorIndex.fromBuffer(await files.read(file)))
          : DenseNeighbours.read(file, manifest.dimensions);
      logger.debug({ dir }, 'search index loaded from cache');
      const index = new VectorIndex(neighbours, model.restore(manifest.state), 'cache', dir, logger, manifest, 0);
      index.stored = true;
      return index;
    } catch (err) {
      logger.warn({ dir, err: String(err) }, 'cached search index is unreadable; rebuilding');
      return undefined;
    }
  }

  /**
   * Writes the folder aside, then renames it: a crash mid-write never leaves a half index under the
   * real name, and the previous version's folder stays usable until the new one is complete.
   */
  private static async save(
    cacheDir: string,
    dir: string,
    neighbours: Neighbours,
    manifest: Manifest,
    companions: CompanionFiles,
  ) {
    await mkdir(cacheDir, { recursive: true });
    const tmp = `${dir}.tmp-${process.pid}`;
    await rm(tmp, { recursive: true, force: true });
    await mkdir(tmp);
    await neighbours.write(tmp);
    for (const [name, bytes] of companions) await writeFile(path.join(tmp, name), bytes);
    // The manifest last: a folder is only read through it.
    await writeFile(path.join(tmp, 'manifest.json'), JSON.stringify(manifest));
    await rm(dir, { recursive: true, force: true });
    await rename(tmp, dir);
    for (const entry of await readdir(cacheDir)) {
      const other = path.join(cacheDir, entry) !== dir && !entry.includes('.tmp-');
      if (entry.startsWith('index-') && (other || isStaleTemp(entry)))
        await rm(path.join(cacheDir, entry), { recursive: true, force: true });
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
