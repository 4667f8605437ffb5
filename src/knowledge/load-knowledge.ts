import path from 'node:path';
import type { Logger } from 'pino';
import { KnowledgeError } from '../errors.js';
import { hashKnowledgeFiles, readKnowledge } from './check-knowledge.js';
import { folderHashMemo } from './folder-hash-memo.js';
import type { KnowledgeBase } from './knowledge-base.js';
import { readCachedKnowledge, readParsedFiles, writeCachedKnowledge } from './knowledge-cache.js';

/** How to name a file in an error: relative to where the command runs when that is shorter. */
function displayPath(file: string): string {
  const rel = path.relative(process.cwd(), file);
  return rel.startsWith('..') ? file : rel;
}

/**
 * Reads and validates every Markdown file under `dir` by the rules `career-bot validate` checks.
 * All-or-nothing: a problem that blocks loading (see KnowledgeProblem.blocksLoading) throws a
 * KnowledgeError naming the first such file and field and how many more problems there are, so a
 * half-valid knowledge base is never served.
 *
 * With `cache`, a folder whose files hash as one loaded before is read from the knowledge cache
 * (knowledge-cache.ts) instead of parsed; after an edit only the files whose bytes changed are
 * parsed, and the new version is cached.
 */
export async function loadKnowledge(dir: string, cache?: { cacheDir: string; logger: Logger }): Promise<KnowledgeBase> {
  const read = cache && (await hashKnowledgeFiles(dir, folderHashMemo(cache.cacheDir)));
  if (cache && read) {
    const cached = await readCachedKnowledge(cache.cacheDir, read.hash);
    if (cached) return cached;
  }
  const previous = cache ? await readParsedFiles(cache.cacheDir) : undefined;
  const { kb, problems, fileHashes } = await readKnowledge(dir, {
    previous,
    ...(read?.texts ? { texts: read.texts } : {}),
    ...(read?.fileHashes ? { fileHashes: read.fileHashes } : {}),
  });
  if (kb) {
    // The cache only saves time: one that cannot be written costs the next start the parsing.
    if (cache)
      await writeCachedKnowledge(cache.cacheDir, kb, fileHashes).catch((err: unknown) =>
        cache.logger.warn({ reason: err instanceof Error ? err.message : String(err) }, 'knowledge not cached'),
      );
    return kb;
  }
  const first = problems.find((p) => p.blocksLoading)!;
  const more = problems.length - 1;
  const rest = more
    ? ` (and ${more} more problem${more === 1 ? '' : 's'}: career-bot validate ${dir} lists them all)`
    : '';
  throw new KnowledgeError(displayPath(first.file), first.field, `${first.message}${rest}`);
}
