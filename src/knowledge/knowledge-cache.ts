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
}

export function knowledgeBaseOf(docs: KnowledgeDoc[], contentHash: string): KnowledgeBase {
  return {
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
    return knowledgeBaseOf(cached.docs, contentHash);
  } catch {
    return undefined;
  }
}

/** Caches a validated knowledge base (written aside, then renamed) and removes other versions. */
export async function writeCachedKnowledge(cacheDir: string, kb: KnowledgeBase): Promise<void> {
  const file = fileFor(cacheDir, kb.contentHash);
  await mkdir(cacheDir, { recursive: true });
  const tmp = `${file}.tmp-${process.pid}`;
  await writeFile(tmp, JSON.stringify({ contentHash: kb.contentHash, docs: kb.docs } satisfies CachedKnowledge));
  await rename(tmp, file);
  for (const entry of await readdir(cacheDir)) {
    if (entry.startsWith('knowledge-') && path.join(cacheDir, entry) !== file && !entry.includes('.tmp-'))
      await rm(path.join(cacheDir, entry), { force: true });
  }
}
