import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Embeddings } from '@langchain/core/embeddings';
import type { Logger } from 'pino';
import { STEMMING_VERSION } from '../text/normalize.js';
import { CHUNKING, type Chunk } from './chunking.js';
import { DenseNeighbours } from './dense-neighbours.js';
import type { EmbeddingModel } from './embedding-model.js';
import { deltaSize, forwardMap, type KnowledgeDelta } from './knowledge-delta.js';
import { LocalEmbeddings } from './local-embeddings.js';
import { type SparseVector, SparseVectorIndex } from './sparse-vector-index.js';
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
  /**
   * When the state was fitted: over how many chunks, and how many chunks were embedded or removed
   * by incremental updates since. Absent in indexes written before incremental indexing.
   */
  fit?: { chunks: number; changedSince: number };
}

/** How the index came to be: read as it was, updated from the previous version's, or built from every chunk. */
export type IndexOrigin = 'cache' | 'patched' | 'built';

/**
 * Share of the chunks at the last fit that may change (embedded again, added or removed) before the
 * embedding is fitted again over all chunks. Until then incremental updates reuse the fitted IDF, so
 * an edit embeds only its own chunks; past it the IDF may have drifted from the knowledge enough to
 * matter, and one full build (minutes at 100,000 chunks) brings it back.
 */
export const REFIT_SHARE = 0.1;

/** How the chunks' vectors are searched: exactly over sparse vectors, or through a graph for dense ones. */
interface Neighbours {
  search(embeddings: Embeddings, query: string, k: number): Promise<VectorHit[]>;
  write(dir: string): Promise<void>;
}

const INDEX_FILE = { sparse: 'vectors.spv', dense: 'index.hnsw' } as const;

/** The index cache key: knowledge bytes, chunking settings, stemming and embedding model together. */
function indexCacheKey(contentHash: string, modelId: string): string {
  return createHash('sha256')
    .update(JSON.stringify({ contentHash, chunking: CHUNKING, stemming: STEMMING_VERSION, modelId, layout: 2 }))
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

/** Files kept in the index folder beside the vectors (the derived indexes), by name. */
export type CompanionFiles = Map<string, Buffer>;

export interface VectorIndexOptions {
  chunks: Chunk[];
  contentHash: string;
  model: EmbeddingModel;
  cacheDir: string;
  logger: Logger;
  /** How the knowledge changed since the version cached before: the index of that version is then updated, not rebuilt. */
  delta?: KnowledgeDelta;
  /**
   * What else the index folder holds, computed when the index is built or updated and written into
   * the folder before it is renamed into place, so the folder is complete or absent. `previousDir`
   * is the folder of the version the index was updated from.
   */
  companions?: (from: { previousDir?: string }) => Promise<CompanionFiles>;
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
   * Loads the index for this knowledge from `cacheDir`; otherwise updates the previous version's
   * index when `delta` says how the knowledge changed (only new and changed documents' chunks are
   * embedded, with the embedding as fitted before; see REFIT_SHARE), or embeds every chunk. A new
   * index is stored and other cache entries removed, so the folder holds one index at most.
   */
  static async open(opts: VectorIndexOptions): Promise<VectorIndex> {
    const { chunks, model, cacheDir, logger } = opts;
    const key = indexCacheKey(opts.contentHash, model.id);
    const dir = indexDir(cacheDir, key);
    const cached = await VectorIndex.tryLoad(dir, key, chunks.length, model, logger);
    if (cached) return cached;

    const started = performance.now();
    const previousDir = opts.delta && indexDir(cacheDir, indexCacheKey(opts.delta.from, model.id));
    const patched =
      opts.delta && previousDir
        ? await VectorIndex.tryPatch(previousDir, opts.delta, { ...opts, key, dir })
        : undefined;
    const index = patched ?? (await VectorIndex.build({ ...opts, key, dir }));
    const companions = opts.companions
      ? await opts.companions(patched && previousDir ? { previousDir } : {})
      : new Map<string, Buffer>();
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
        embedded: index.embedded,
        model: model.id,
        kind: index.manifest.kind,
        origin: index.origin,
        ms: Math.round(performance.now() - started),
      },
      index.origin === 'patched' ? 'search index updated' : 'search index built',
    );
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
      fit: { chunks: chunks.length, changedSince: 0 },
    };
    return new VectorIndex(neighbours, embeddings, 'built', opts.dir, logger, manifest, chunks.length);
  }

  /**
   * The previous version's index updated by `delta`, or undefined when it cannot be (none cached,
   * unreadable, a dense graph, or more than REFIT_SHARE of the chunks changed since the last fit:
   * then everything is embedded again).
   */
  private static async tryPatch(
    previousDir: string,
    delta: KnowledgeDelta,
    opts: VectorIndexOptions & { key: string; dir: string },
  ): Promise<VectorIndex | undefined> {
    const { chunks, model, logger } = opts;
    const previousKey = path.basename(previousDir).slice('index-'.length);
    const previous = await VectorIndex.tryLoad(previousDir, previousKey, delta.previousChunks.length, model, logger);
    if (!previous || !(previous.neighbours instanceof SparseNeighbours) || !previous.manifest.fit) return undefined;
    const { changedChunks, removedChunks } = deltaSize(delta);
    const changedSince = previous.manifest.fit.changedSince + changedChunks + removedChunks;
    if (changedSince > REFIT_SHARE * previous.manifest.fit.chunks) {
      logger.info(
        { changedSince, fittedOn: previous.manifest.fit.chunks, share: REFIT_SHARE },
        'knowledge changed too much since the embedding was fitted; building the search index again',
      );
      return undefined;
    }
    const embeddings = previous.embeddings as LocalEmbeddings;
    const added: { id: number; vector: SparseVector }[] = [];
    chunks.forEach((c, id) => {
      if (delta.previousChunk[id]! < 0) added.push({ id, vector: embeddings.sparse(c.pageContent) });
    });
    const forward = forwardMap(delta.previousChunk, delta.previousChunks.length);
    const neighbours = new SparseNeighbours(previous.neighbours.index.patched(forward, added, chunks.length));
    const manifest: Manifest = {
      ...previous.manifest,
      key: opts.key,
      chunkCount: chunks.length,
      fit: { chunks: previous.manifest.fit.chunks, changedSince },
    };
    return new VectorIndex(neighbours, embeddings, 'patched', opts.dir, logger, manifest, added.length);
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
