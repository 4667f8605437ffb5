import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Logger } from 'pino';
import type { KnowledgeBase } from '../knowledge/knowledge-base.js';
import { CHUNKING, type Chunk, chunkDocuments, documentFingerprint } from './chunking.js';
import type { KnowledgeDelta } from './knowledge-delta.js';
import { isStaleTemp } from './stale-temp.js';

/** The chunks file: per document in knowledge order, its fingerprint and its chunks' texts (part = position). */
interface ChunkFile {
  version: 2;
  contentHash: string;
  chunking: { chunkSize: number; chunkOverlap: number; version: number };
  docs: { id: string; fingerprint: string; texts: string[] }[];
}

/**
 * Whether parsed JSON is a chunks file. Checked by hand, not by a schema: at 100,000 chunks a schema
 * walk over every text cost a tenth of a second of each start.
 */
function isChunkFile(value: unknown): value is ChunkFile {
  const v = value as Partial<ChunkFile> | null;
  if (typeof v !== 'object' || v === null || v.version !== 2 || typeof v.contentHash !== 'string') return false;
  const c = v.chunking;
  if (typeof c !== 'object' || c === null || !Array.isArray(v.docs)) return false;
  if (c.chunkSize !== CHUNKING.chunkSize || c.chunkOverlap !== CHUNKING.chunkOverlap || c.version !== CHUNKING.version)
    return false;
  return v.docs.every(
    (d) =>
      typeof d === 'object' &&
      d !== null &&
      typeof d.id === 'string' &&
      typeof d.fingerprint === 'string' &&
      Array.isArray(d.texts) &&
      d.texts.every((t) => typeof t === 'string'),
  );
}

export interface LoadedChunks {
  chunks: Chunk[];
  /** How this knowledge differs from the version chunked before it, when that version's chunks were cached. */
  delta?: KnowledgeDelta;
  /** Documents split into chunks by this call (the others were read from the cache). */
  chunkedDocs: number;
}

/** The chunks file's name: the knowledge's bytes and the chunking settings. */
function chunksFile(cacheDir: string, contentHash: string): string {
  const key = createHash('sha256')
    .update(JSON.stringify({ contentHash, chunking: CHUNKING }))
    .digest('hex')
    .slice(0, 24);
  return path.join(cacheDir, `chunks-${key}.json`);
}

async function readChunkFile(file: string): Promise<ChunkFile | undefined> {
  try {
    const parsed: unknown = JSON.parse(await readFile(file, 'utf8'));
    return isChunkFile(parsed) ? parsed : undefined;
  } catch {
    return undefined;
  }
}

/** The one chunks file of an earlier knowledge version, if the cache holds one. */
async function readPreviousChunkFile(cacheDir: string, current: string): Promise<ChunkFile | undefined> {
  let entries: string[];
  try {
    entries = (await readdir(cacheDir)).filter(
      (e) => e.startsWith('chunks-') && e.endsWith('.json') && path.join(cacheDir, e) !== current,
    );
  } catch {
    return undefined;
  }
  return entries.length === 1 ? readChunkFile(path.join(cacheDir, entries[0]!)) : undefined;
}

function chunksOf(file: ChunkFile): Chunk[] {
  return file.docs.flatMap((d) =>
    d.texts.map((pageContent, part) => ({ pageContent, metadata: { docId: d.id, part } })),
  );
}

/** How `current` differs from `previous`, document by document, by their fingerprints. */
function deltaBetween(previous: ChunkFile, current: ChunkFile): KnowledgeDelta {
  const previousDocAt = new Map(previous.docs.map((d, i) => [d.id, i]));
  const previousChunkStart: number[] = [];
  let start = 0;
  for (const d of previous.docs) {
    previousChunkStart.push(start);
    start += d.texts.length;
  }
  const previousDoc = new Int32Array(current.docs.length).fill(-1);
  const previousChunk: number[] = [];
  current.docs.forEach((doc, i) => {
    const at = previousDocAt.get(doc.id);
    const same = at !== undefined && previous.docs[at]!.fingerprint === doc.fingerprint;
    if (same) previousDoc[i] = at;
    doc.texts.forEach((_, part) => {
      previousChunk.push(same ? previousChunkStart[at]! + part : -1);
    });
  });
  return {
    from: previous.contentHash,
    previousDoc,
    previousChunk: Int32Array.from(previousChunk),
    previousChunks: chunksOf(previous),
    previousDocIds: previous.docs.map((d) => d.id),
  };
}

/**
 * The knowledge's chunks, read from the cache when this knowledge was chunked before, so a warm
 * start never loads the text splitter. Otherwise the documents whose fingerprint is unchanged since
 * the cached version keep their chunks and only the others are split. While the previous version's
 * chunks file is still there (it is removed by `pruneChunkFiles` once the indexes of this version
 * are stored), the difference is returned as a delta for the indexes to update from. A cache that
 * cannot be read or written only costs the chunking.
 */
export async function loadChunks(kb: KnowledgeBase, cacheDir: string, logger: Logger): Promise<LoadedChunks> {
  const file = chunksFile(cacheDir, kb.contentHash);
  const cached = await readChunkFile(file);
  const previous = await readPreviousChunkFile(cacheDir, file);
  if (cached && cached.contentHash === kb.contentHash && cached.docs.every((d) => kb.byId.has(d.id)))
    return { chunks: chunksOf(cached), chunkedDocs: 0, ...(previous ? { delta: deltaBetween(previous, cached) } : {}) };

  const previousDocs = new Map(previous?.docs.map((d) => [d.id, d]));
  const fingerprints = kb.docs.map((doc) => documentFingerprint(doc, kb));
  const unchanged = kb.docs.map((doc, i) => previousDocs.get(doc.id)?.fingerprint === fingerprints[i]);
  const toChunk = kb.docs.filter((_, i) => !unchanged[i]);
  const fresh = await chunkDocuments(kb, toChunk);
  let next = 0;
  const written: ChunkFile = {
    version: 2,
    contentHash: kb.contentHash,
    chunking: { ...CHUNKING },
    docs: kb.docs.map((doc, i) => ({
      id: doc.id,
      fingerprint: fingerprints[i]!,
      texts: unchanged[i] ? previousDocs.get(doc.id)!.texts : fresh[next++]!.map((c) => c.pageContent),
    })),
  };
  await writeChunkFile(cacheDir, file, written).catch((err: unknown) =>
    logger.warn({ file, reason: err instanceof Error ? err.message : String(err) }, 'chunks not cached'),
  );
  return {
    chunks: chunksOf(written),
    chunkedDocs: toChunk.length,
    ...(previous ? { delta: deltaBetween(previous, written) } : {}),
  };
}

/** Written aside and renamed, so an interrupted write never leaves half a file under the real name. */
async function writeChunkFile(cacheDir: string, file: string, content: ChunkFile): Promise<void> {
  await mkdir(cacheDir, { recursive: true });
  const tmp = `${file}.tmp-${process.pid}`;
  await writeFile(tmp, JSON.stringify(content));
  await rename(tmp, file);
}

/**
 * Removes the chunks files of other knowledge versions: called once the indexes of this version are
 * stored, so that an interrupted update still finds the previous version to update from.
 */
export async function pruneChunkFiles(cacheDir: string, contentHash: string): Promise<void> {
  const file = chunksFile(cacheDir, contentHash);
  for (const entry of await readdir(cacheDir)) {
    const other = path.join(cacheDir, entry) !== file && !entry.includes('.tmp-');
    if (entry.startsWith('chunks-') && (other || isStaleTemp(entry)))
      await rm(path.join(cacheDir, entry), { force: true });
  }
}
