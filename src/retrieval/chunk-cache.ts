import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Logger } from 'pino';
import { z } from 'zod';
import type { KnowledgeBase } from '../knowledge/knowledge-base.js';
import { CHUNKING, type Chunk, chunkKnowledge } from './chunking.js';

const cachedChunks = z.array(
  z.object({ pageContent: z.string(), metadata: z.object({ docId: z.string(), part: z.number().int() }) }),
);

/** The chunks file's name: the knowledge's bytes and the chunking settings. */
function chunksFile(cacheDir: string, contentHash: string): string {
  const key = createHash('sha256')
    .update(JSON.stringify({ contentHash, chunking: CHUNKING }))
    .digest('hex')
    .slice(0, 24);
  return path.join(cacheDir, `chunks-${key}.json`);
}

/**
 * The knowledge's chunks, read from the cache when this knowledge was chunked before, so a warm
 * start never loads the text splitter; otherwise chunked and written beside the index (old chunk
 * files removed). A cache that cannot be read or written only costs the chunking.
 */
export async function loadChunks(kb: KnowledgeBase, cacheDir: string, logger: Logger): Promise<Chunk[]> {
  const file = chunksFile(cacheDir, kb.contentHash);
  try {
    const parsed = cachedChunks.safeParse(JSON.parse(await readFile(file, 'utf8')));
    if (parsed.success && parsed.data.every((c) => kb.byId.has(c.metadata.docId))) return parsed.data;
    logger.warn({ file }, 'cached chunks are malformed; chunking again');
  } catch {
    // No cache yet: chunk below.
  }
  const chunks = await chunkKnowledge(kb);
  try {
    await mkdir(cacheDir, { recursive: true });
    const tmp = `${file}.tmp-${process.pid}`;
    await writeFile(tmp, JSON.stringify(chunks));
    await rename(tmp, file);
    for (const entry of await readdir(cacheDir)) {
      if (entry.startsWith('chunks-') && path.join(cacheDir, entry) !== file && !entry.includes('.tmp-'))
        await rm(path.join(cacheDir, entry), { force: true });
    }
  } catch (err) {
    logger.warn({ file, reason: err instanceof Error ? err.message : String(err) }, 'chunks not cached');
  }
  return chunks;
}
