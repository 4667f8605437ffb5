import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Logger } from 'pino';
import type { KnowledgeBase } from '../knowledge/knowledge-base.js';
import { CHUNKING, type Chunk, chunkDocuments, documentFingerprint } from './chunking.js';
import { allChunks, type KnowledgeChanges, REBUILD_SHARE } from './knowledge-changes.js';
import { isStaleTemp } from './stale-temp.js';

/** The chunks file: per document in knowledge order, its fingerprint and its chunks' texts (part = position). */
interface ChunkFile {
  version: 2;
  contentHash: string;
  chunking: { chunkSize: number; chunkOverlap: number; version: number };
  docs: { id: string; fingerprint: string; texts: string[] }[];
}

/** Written with the chunking settings in use. */
function sameChunking(c: unknown): boolean {
  const v = c as Partial<ChunkFile['chunking']> | null;
  return (
    typeof v === 'object' &&
    v !== null &&
    v.chunkSize === CHUNKING.chunkSize &&
    v.chunkOverlap === CHUNKING.chunkOverlap &&
    v.version === CHUNKING.version
  );
}

/** Documents with their fingerprints and chunk texts, as both cache files list them. */
function isDocList(docs: unknown): docs is ChunkFile['docs'] {
  return (
    Array.isArray(docs) &&
    docs.every(
      (d: Partial<ChunkFile['docs'][number]> | null) =>
        typeof d === 'object' &&
        d !== null &&
        typeof d.id === 'string' &&
        typeof d.fingerprint === 'string' &&
        Array.isArray(d.texts) &&
        d.texts.every((t) => typeof t === 'string'),
    )
  );
}

/**
 * Whether parsed JSON is a chunks file. Checked by hand, not by a schema: at 100,000 chunks a schema
 * walk over every text cost a tenth of a second of each start.
 */
function isChunkFile(value: unknown): value is ChunkFile {
  const v = value as Partial<ChunkFile> | null;
  if (typeof v !== 'object' || v === null || v.version !== 2 || typeof v.contentHash !== 'string') return false;
  return sameChunking(v.chunking) && isDocList(v.docs);
}

/**
 * The chunks of the new and changed documents since a base version, and the base documents removed
 * or changed: what a start after an edit reads instead of chunking those documents again.
 */
interface ChangesFile {
  version: 1;
  contentHash: string;
  /** The base version's content hash: the file is read only beside that version's chunks file. */
  base: string;
  chunking: { chunkSize: number; chunkOverlap: number; version: number };
  removed: string[];
  docs: { id: string; fingerprint: string; texts: string[] }[];
}

function isChangesFile(value: unknown): value is ChangesFile {
  const v = value as Partial<ChangesFile> | null;
  if (typeof v !== 'object' || v === null || v.version !== 1 || typeof v.contentHash !== 'string') return false;
  const removed = Array.isArray(v.removed) && v.removed.every((id) => typeof id === 'string');
  return typeof v.base === 'string' && removed && sameChunking(v.chunking) && isDocList(v.docs);
}

/**
 * The knowledge's chunks: all of them in knowledge order (`whole`), or a base version's chunks with
 * the changes since (`changed`), when the cache holds a base and less than REBUILD_SHARE of its
 * chunks changed.
 */
export type LoadedChunks = (
  | { kind: 'whole'; chunks: Chunk[] }
  | { kind: 'changed'; changes: KnowledgeChanges; chunks: Chunk[] }
) & {
  /** Documents split into chunks by this call (the others were read from the cache). */
  chunkedDocs: number;
};

/** The chunks file's name: the knowledge's bytes and the chunking settings. */
function chunksFile(cacheDir: string, contentHash: string, kind: 'chunks' | 'changes' = 'chunks'): string {
  const key = createHash('sha256')
    .update(JSON.stringify({ contentHash, chunking: CHUNKING }))
    .digest('hex')
    .slice(0, 24);
  return path.join(cacheDir, `${kind}-${key}.json`);
}

async function readJson<T>(file: string, is: (v: unknown) => v is T): Promise<T | undefined> {
  try {
    const parsed: unknown = JSON.parse(await readFile(file, 'utf8'));
    return is(parsed) ? parsed : undefined;
  } catch {
    return undefined;
  }
}

/** The one chunks file of another knowledge version, if the cache holds one: the base an edit is indexed beside. */
async function readBaseChunkFile(cacheDir: string, current: string): Promise<ChunkFile | undefined> {
  let entries: string[];
  try {
    entries = (await readdir(cacheDir)).filter(
      (e) => e.startsWith('chunks-') && e.endsWith('.json') && path.join(cacheDir, e) !== current,
    );
  } catch {
    return undefined;
  }
  return entries.length === 1 ? readJson(path.join(cacheDir, entries[0]!), isChunkFile) : undefined;
}

function chunksOf(docs: ChunkFile['docs']): Chunk[] {
  return docs.flatMap((d) => d.texts.map((pageContent, part) => ({ pageContent, metadata: { docId: d.id, part } })));
}

function changesOf(base: ChunkFile, changes: ChangesFile): KnowledgeChanges {
  return {
    baseHash: base.contentHash,
    baseChunks: chunksOf(base.docs),
    baseDocIds: base.docs.map((d) => d.id),
    removedDocs: new Set(changes.removed),
    addedDocIds: changes.docs.map((d) => d.id),
    addedChunks: chunksOf(changes.docs),
  };
}

const changed = (changes: KnowledgeChanges, chunkedDocs: number): LoadedChunks => ({
  kind: 'changed',
  changes,
  chunks: allChunks(changes),
  chunkedDocs,
});

/**
 * The knowledge's chunks, read from the cache when this knowledge was chunked before, so a warm
 * start never loads the text splitter. Otherwise only the documents whose fingerprint differs from
 * the base's (the version whose indexes are cached whole) are split; when they are few (see
 * REBUILD_SHARE), they are returned as changes to index beside the base, else all the chunks are.
 * Either is written to the cache; one that cannot be read or written only costs the chunking.
 */
export async function loadChunks(kb: KnowledgeBase, cacheDir: string, logger: Logger): Promise<LoadedChunks> {
  const file = chunksFile(cacheDir, kb.contentHash);
  const cached = await readJson(file, isChunkFile);
  if (cached && cached.contentHash === kb.contentHash && cached.docs.every((d) => kb.byId.has(d.id)))
    return { kind: 'whole', chunks: chunksOf(cached.docs), chunkedDocs: 0 };
  const base = await readBaseChunkFile(cacheDir, file);
  const changesFile = chunksFile(cacheDir, kb.contentHash, 'changes');
  const cachedChanges = base && (await readJson(changesFile, isChangesFile));
  if (
    base &&
    cachedChanges &&
    cachedChanges.contentHash === kb.contentHash &&
    cachedChanges.base === base.contentHash &&
    cachedChanges.docs.every((d) => kb.byId.has(d.id))
  )
    return changed(changesOf(base, cachedChanges), 0);

  const baseDocs = new Map(base?.docs.map((d) => [d.id, d]));
  const fingerprints = kb.docs.map((doc) => documentFingerprint(doc, kb));
  const unchanged = kb.docs.map((doc, i) => baseDocs.get(doc.id)?.fingerprint === fingerprints[i]);
  const toChunk = kb.docs.filter((_, i) => !unchanged[i]);
  const fresh = await chunkDocuments(kb, toChunk);
  const freshDocs = toChunk.map((doc, i) => ({
    id: doc.id,
    fingerprint: fingerprints[kb.docs.indexOf(doc)]!,
    texts: fresh[i]!.map((c) => c.pageContent),
  }));
  if (base) {
    const kept = new Set(kb.docs.filter((_, i) => unchanged[i]).map((d) => d.id));
    const removed = base.docs.filter((d) => !kept.has(d.id));
    let baseCount = 0;
    for (const d of base.docs) baseCount += d.texts.length;
    let moved = 0;
    for (const d of [...removed, ...freshDocs]) moved += d.texts.length;
    if (moved <= REBUILD_SHARE * baseCount) {
      const written: ChangesFile = {
        version: 1,
        contentHash: kb.contentHash,
        base: base.contentHash,
        chunking: { ...CHUNKING },
        removed: removed.map((d) => d.id),
        docs: freshDocs,
      };
      await writeCacheFile(cacheDir, changesFile, written)
        .then(() => pruneFiles(cacheDir, 'changes-', changesFile))
        .catch((err: unknown) =>
          logger.warn(
            { file: changesFile, reason: err instanceof Error ? err.message : String(err) },
            'changes not cached',
          ),
        );
      return changed(changesOf(base, written), toChunk.length);
    }
    logger.info(
      { changedChunks: moved, baseChunks: baseCount, share: REBUILD_SHARE },
      'knowledge changed too much since the search index was built; building it again',
    );
  }
  let next = 0;
  const written: ChunkFile = {
    version: 2,
    contentHash: kb.contentHash,
    chunking: { ...CHUNKING },
    docs: kb.docs.map((doc, i) => (unchanged[i] ? baseDocs.get(doc.id)! : freshDocs[next++]!)),
  };
  await writeCacheFile(cacheDir, file, written).catch((err: unknown) =>
    logger.warn({ file, reason: err instanceof Error ? err.message : String(err) }, 'chunks not cached'),
  );
  return { kind: 'whole', chunks: chunksOf(written.docs), chunkedDocs: toChunk.length };
}

/**
 * All the chunks in knowledge order, from a base and its changes, stored as this version's chunks
 * file: for when the base's indexes cannot be read and everything is indexed again.
 */
export async function wholeChunks(
  kb: KnowledgeBase,
  changes: KnowledgeChanges,
  cacheDir: string,
  logger: Logger,
): Promise<Chunk[]> {
  const byDoc = new Map<string, string[]>();
  const add = (c: Chunk) => {
    const texts = byDoc.get(c.metadata.docId);
    if (texts) texts.push(c.pageContent);
    else byDoc.set(c.metadata.docId, [c.pageContent]);
  };
  for (const c of changes.baseChunks) if (!changes.removedDocs.has(c.metadata.docId)) add(c);
  for (const c of changes.addedChunks) add(c);
  const file = chunksFile(cacheDir, kb.contentHash);
  const written: ChunkFile = {
    version: 2,
    contentHash: kb.contentHash,
    chunking: { ...CHUNKING },
    docs: kb.docs.map((doc) => ({
      id: doc.id,
      fingerprint: documentFingerprint(doc, kb),
      texts: byDoc.get(doc.id) ?? [],
    })),
  };
  await writeCacheFile(cacheDir, file, written).catch((err: unknown) =>
    logger.warn({ file, reason: err instanceof Error ? err.message : String(err) }, 'chunks not cached'),
  );
  return chunksOf(written.docs);
}

/** Written aside and renamed, so an interrupted write never leaves half a file under the real name. */
async function writeCacheFile(cacheDir: string, file: string, content: ChunkFile | ChangesFile): Promise<void> {
  await mkdir(cacheDir, { recursive: true });
  const tmp = `${file}.tmp-${process.pid}`;
  await writeFile(tmp, JSON.stringify(content));
  await rename(tmp, file);
}

/** Removes the cache entries starting with `prefix` but `keep`, and temporary ones left by killed processes. */
async function pruneFiles(cacheDir: string, prefix: string, keep?: string): Promise<void> {
  for (const entry of await readdir(cacheDir)) {
    const other = path.join(cacheDir, entry) !== keep && !entry.includes('.tmp-');
    if (entry.startsWith(prefix) && (other || isStaleTemp(entry)))
      await rm(path.join(cacheDir, entry), { force: true });
  }
}

/**
 * Removes the chunks files of other knowledge versions and every changes file: called once the
 * indexes of this version are stored whole, so that an interrupted build still finds the base.
 */
export async function pruneChunkFiles(cacheDir: string, contentHash: string): Promise<void> {
  await pruneFiles(cacheDir, 'chunks-', chunksFile(cacheDir, contentHash));
  await pruneFiles(cacheDir, 'changes-');
}
