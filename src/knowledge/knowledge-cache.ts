import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { KnowledgeBase, KnowledgeDoc, RoleDoc, SkillDoc, SourceDoc } from './knowledge-base.js';

/**
 * The parsed and validated knowledge, cached by its content hash beside the search index: a warm
 * start hashes the files and reads this instead of parsing and checking every file again (at
 * 100,000 chunks, seconds of YAML and schema work). Validation depends only on the files' paths
 * and bytes, which the hash covers, so a cached knowledge base is one that passed it.
 */

const fileFor = (cacheDir: string, contentHash: string) =>
  path.join(cacheDir, `knowledge-${contentHash.slice(0, 24)}.json`);

interface CachedKnowledge {
  contentHash: string;
  docs: KnowledgeDoc[];
  /** Hash of each file's bytes by its path in the folder (`doc.path`): after an edit, unchanged files are not parsed again. */
  fileHashes?: Record<string, string>;
}

/** A document parsed before, with the hash of the bytes it was parsed from. */
export interface ParsedFile {
  hash: string;
  doc: KnowledgeDoc;
}

export function knowledgeBaseOf(
  docs: KnowledgeDoc[],
  contentHash: string,
  fileHashes?: ReadonlyMap<string, string>,
): KnowledgeBase {
  return {
    ...(fileHashes ? { fileHashes } : {}),
    docs,
    byId: new Map(docs.map((d) => [d.id, d])),
    roles: docs.filter((d): d is RoleDoc => d.type === 'role'),
    skills: docs.filter((d): d is SkillDoc => d.type === 'skill'),
    sources: docs.filter((d): d is SourceDoc => d.type === 'source'),
    contentHash,
  };
}

/** The cached knowledge for this content hash, or undefined (none, or unreadable: then it is parsed again). */
export async function readCachedKnowledge(cacheDir: string, contentHash: string): Promise<KnowledgeBase | undefined> {
  try {
    const cached = JSON.parse(await readFile(fileFor(cacheDir, contentHash), 'utf8')) as CachedKnowledge;
    if (cached.contentHash !== contentHash || !Array.isArray(cached.docs)) return undefined;
    return knowledgeBaseOf(
      cached.docs,
      contentHash,
      cached.fileHashes ? new Map(Object.entries(cached.fileHashes)) : undefined,
    );
  } catch {
    return undefined;
  }
}

/**
 * The documents of the knowledge cached last (whatever its content hash), by path with their files'
 * hashes: what an edited folder reuses for the files that did not change. Empty when there is none.
 */
export async function readParsedFiles(cacheDir: string): Promise<Map<string, ParsedFile>> {
  const parsed = new Map<string, ParsedFile>();
  try {
    const entries = (await readdir(cacheDir)).filter((e) => /^knowledge-[0-9a-f]+\.json$/.test(e));
    if (entries.length !== 1) return parsed;
    const cached = JSON.parse(await readFile(path.join(cacheDir, entries[0]!), 'utf8')) as CachedKnowledge;
    if (!Array.isArray(cached.docs) || !cached.fileHashes) return parsed;
    for (const doc of cached.docs) {
      const hash = cached.fileHashes[doc.path];
      if (hash) parsed.set(doc.path, { hash, doc });
    }
  } catch {
    // No usable cache: every file is parsed.
  }
  return parsed;
}

/** Caches a validated knowledge base (written aside, then renamed) and removes other versions. */
export async function writeCachedKnowledge(
  cacheDir: string,
  kb: KnowledgeBase,
  fileHashes: ReadonlyMap<string, string> | undefined = kb.fileHashes,
): Promise<void> {
  const file = fileFor(cacheDir, kb.contentHash);
  await mkdir(cacheDir, { recursive: true });
  const tmp = `${file}.tmp-${process.pid}`;
  const cached: CachedKnowledge = {
    contentHash: kb.contentHash,
    docs: kb.docs,
    ...(fileHashes ? { fileHashes: Object.fromEntries(fileHashes) } : {}),
  };
  await writeFile(tmp, JSON.stringify(cached));
  await rename(tmp, file);
  for (const entry of await readdir(cacheDir)) {
    if (entry.startsWith('knowledge-') && path.join(cacheDir, entry) !== file && !entry.includes('.tmp-'))
      await rm(path.join(cacheDir, entry), { force: true });
  }
}
