import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import type { Logger } from 'pino';
import type { KnowledgeBase } from '../knowledge/knowledge-base.js';
import { unpack, writePacked } from '../packing/packed.js';
import { TextTable, type TextTableState } from '../packing/text-table.js';
import { CHUNKING, type Chunk, chunkDocuments, documentFingerprint } from './chunking.js';
import type { KnowledgeDelta } from './knowledge-delta.js';
import { isStaleTemp } from './stale-temp.js';

const VERSION = 3;

/**
 * The chunks file: per document in knowledge order, its fingerprint and how many chunks it has; the
 * chunks' texts, all documents' in order (part = position), as one table read only where quoted.
 */
interface ChunkFile {
  version: typeof VERSION;
  contentHash: string;
  chunking: { chunkSize: number; chunkOverlap: number; version: number };
  docs: { id: string; fingerprint: string; count: number }[];
  texts: TextTable;
}

/** The file as stored (packed.ts): the texts' table as its bytes and offsets. */
type StoredChunkFile = Omit<ChunkFile, 'texts'> & { texts: TextTableState };

/**
 * The chunks file an unpacked value holds, or undefined. Checked by hand, not by a schema: at
 * 100,000 chunks a schema walk cost a tenth of a second of each start.
 */
function chunkFileOf(value: unknown): ChunkFile | undefined {
  const v = value as Partial<StoredChunkFile> | null;
  if (typeof v !== 'object' || v === null || v.version !== VERSION || typeof v.contentHash !== 'string')
    return undefined;
  const c = v.chunking;
  if (typeof c !== 'object' || c === null || !Array.isArray(v.docs) || typeof v.texts !== 'object') return undefined;
  if (c.chunkSize !== CHUNKING.chunkSize || c.chunkOverlap !== CHUNKING.chunkOverlap || c.version !== CHUNKING.version)
    return undefined;
  let count = 0;
  for (const d of v.docs) {
    if (typeof d !== 'object' || d === null || typeof d.id !== 'string' || typeof d.fingerprint !== 'string')
      return undefined;
    if (!Number.isInteger(d.count) || d.count < 0) return undefined;
    count += d.count;
  }
  const texts = v.texts && TextTable.fromState(v.texts);
  if (!texts || texts.length !== count) return undefined;
  return { version: VERSION, contentHash: v.contentHash, chunking: c, docs: v.docs, texts };
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
  return path.join(cacheDir, `chunks-${key}.pack`);
}

async function readChunkFile(file: string): Promise<ChunkFile | undefined> {
  try {
    return chunkFileOf(unpack(await readFile(file)));
  } catch {
    return undefined;
  }
}

/** The one chunks file of an earlier knowledge version, if the cache holds one. */
async function readPreviousChunkFile(cacheDir: string, current: string): Promise<ChunkFile | undefined> {
  let entries: string[];
  try {
    entries = (await readdir(cacheDir)).filter(
      (e) => e.startsWith('chunks-') && e.endsWith('.pack') && path.join(cacheDir, e) !== current,
    );
  } catch {
    return undefined;
  }
  return entries.length === 1 ? readChunkFile(path.join(cacheDir, entries[0]!)) : undefined;
}

/** The file's chunks, each text decoded when first read. */
function chunksOf(file: ChunkFile): Chunk[] {
  const { texts } = file;
  const chunks: Chunk[] = [];
  for (const d of file.docs)
    for (let part = 0; part < d.count; part++) {
      const at = chunks.length;
      chunks.push({
        get pageContent() {
          return texts.at(at);
        },
        metadata: { docId: d.id, part },
      });
    }
  return chunks;
}

/** Where each document's texts start in the file's table. */
function firstTexts(file: ChunkFile): Map<string, number> {
  const first = new Map<string, number>();
  let at = 0;
  for (const d of file.docs) {
    first.set(d.id, at);
    at += d.count;
  }
  return first;
}

/** How `current` differs from `previous`, document by document, by their fingerprints. */
function deltaBetween(previous: ChunkFile, current: ChunkFile): KnowledgeDelta {
  const previousDocAt = new Map(previous.docs.map((d, i) => [d.id, i]));
  const previousChunkStart: number[] = [];
  let start = 0;
  for (const d of previous.docs) {
    previousChunkStart.push(start);
    start += d.count;
  }
  const previousDoc = new Int32Array(current.docs.length).fill(-1);
  const previousChunk: number[] = [];
  current.docs.forEach((doc, i) => {
    const at = previousDocAt.get(doc.id);
    const same = at !== undefined && previous.docs[at]!.fingerprint === doc.fingerprint;
    if (same) previousDoc[i] = at;
    for (let part = 0; part < doc.count; part++) previousChunk.push(same ? previousChunkStart[at]! + part : -1);
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
  const previousFirst = previous ? firstTexts(previous) : new Map<string, number>();
  const fingerprints = kb.docs.map((doc) => documentFingerprint(doc, kb));
  const unchanged = kb.docs.map((doc, i) => previousDocs.get(doc.id)?.fingerprint === fingerprints[i]);
  const toChunk = kb.docs.filter((_, i) => !unchanged[i]);
  const fresh = await chunkDocuments(kb, toChunk);
  let next = 0;
  // An unchanged document's texts are copied from the previous file as bytes, never decoded.
  const texts: Parameters<typeof TextTable.joined>[0][number][] = [];
  const docs = kb.docs.map((doc, i) => {
    let count: number;
    if (unchanged[i]) {
      const first = previousFirst.get(doc.id)!;
      count = previousDocs.get(doc.id)!.count;
      for (let part = 0; part < count; part++) texts.push({ from: previous!.texts, at: first + part });
    } else {
      const chunks = fresh[next++]!;
      count = chunks.length;
      for (const c of chunks) texts.push({ text: c.pageContent });
    }
    return { id: doc.id, fingerprint: fingerprints[i]!, count };
  });
  const written: ChunkFile = {
    version: VERSION,
    contentHash: kb.contentHash,
    chunking: { ...CHUNKING },
    docs,
    texts: TextTable.joined(texts),
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

/** Every chunk text of the one chunks file in `cacheDir`, in order: what the scale benchmark's vector probe embeds. */
export async function cachedChunkTexts(cacheDir: string): Promise<string[] | undefined> {
  const entry = (await readdir(cacheDir)).find((e) => e.startsWith('chunks-') && e.endsWith('.pack'));
  const file = entry ? await readChunkFile(path.join(cacheDir, entry)) : undefined;
  return file && Array.from({ length: file.texts.length }, (_, i) => file.texts.at(i));
}

/** Written aside and renamed, so an interrupted write never leaves half a file under the real name. */
async function writeChunkFile(cacheDir: string, file: string, content: ChunkFile): Promise<void> {
  await mkdir(cacheDir, { recursive: true });
  const tmp = `${file}.tmp-${process.pid}`;
  await writePacked(tmp, { ...content, texts: content.texts.toState() });
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
