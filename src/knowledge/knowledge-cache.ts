import { mkdir, readdir, readFile, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { unpack, writePacked } from '../packing/packed.js';
import { TextTable, type TextTableState } from '../packing/text-table.js';
import type { KnowledgeBase, KnowledgeDoc, RoleDoc, SkillDoc, SourceDoc } from './knowledge-base.js';

/**
 * The parsed and validated knowledge, cached by its content hash beside the search index: a warm
 * start hashes the files and reads this instead of parsing and checking every file again (at
 * 100,000 chunks, seconds of YAML and schema work). Validation depends only on the files' paths
 * and bytes, which the hash covers, so a cached knowledge base is one that passed it.
 */

const fileFor = (cacheDir: string, contentHash: string) =>
  path.join(cacheDir, `knowledge-${contentHash.slice(0, 24)}.pack`);
const CACHE_FILE = /^knowledge-[0-9a-f]+\.pack$/;

/**
 * The cache file (packed.ts): the documents without their bodies, and the bodies as one text table
 * in the same order, decoded only when read. At 100,000 chunks the bodies are three quarters of
 * the knowledge, and a warm start reads almost none of them.
 */
interface CachedKnowledge {
  contentHash: string;
  docs: Omit<KnowledgeDoc, 'body'>[];
  bodies: TextTableState;
  /** Hash of each file's bytes by its path in the folder (`doc.path`): after an edit, unchanged files are not parsed again. */
  fileHashes?: Record<string, string>;
}

/** The cached documents, each body read from the table the first time it is asked for. */
async function readCacheFile(file: string): Promise<{ cached: CachedKnowledge; docs: KnowledgeDoc[] } | undefined> {
  const cached = unpack<CachedKnowledge>(await readFile(file));
  if (typeof cached.contentHash !== 'string' || !Array.isArray(cached.docs)) return undefined;
  const bodies = TextTable.fromState(cached.bodies);
  if (!bodies || bodies.length !== cached.docs.length) return undefined;
  const docs = cached.docs.map((doc, i) => {
    Object.defineProperty(doc, 'body', { get: () => bodies.at(i), enumerable: true });
    storedBody.set(doc, { from: bodies, at: i });
    return doc as KnowledgeDoc;
  });
  return { cached, docs };
}

/**
 * Where a document read from the cache keeps its body: writing the next version copies the bytes of
 * the bodies that did not change instead of decoding and encoding them again.
 */
const storedBody = new WeakMap<object, { from: TextTable; at: number }>();

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
    const read = await readCacheFile(fileFor(cacheDir, contentHash));
    if (!read || read.cached.contentHash !== contentHash) return undefined;
    const { cached, docs } = read;
    return knowledgeBaseOf(
      docs,
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
    const entries = (await readdir(cacheDir)).filter((e) => CACHE_FILE.test(e));
    if (entries.length !== 1) return parsed;
    const read = await readCacheFile(path.join(cacheDir, entries[0]!));
    const fileHashes = read?.cached.fileHashes;
    if (!read || !fileHashes) return parsed;
    for (const doc of read.docs) {
      const hash = fileHashes[doc.path];
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
    docs: kb.docs.map(({ body: _, ...rest }) => rest),
    bodies: TextTable.joined(kb.docs.map((d) => storedBody.get(d) ?? { text: d.body })).toState(),
    ...(fileHashes ? { fileHashes: Object.fromEntries(fileHashes) } : {}),
  };
  await writePacked(tmp, cached);
  await rename(tmp, file);
  for (const entry of await readdir(cacheDir)) {
    if (entry.startsWith('knowledge-') && path.join(cacheDir, entry) !== file && !entry.includes('.tmp-'))
      await rm(path.join(cacheDir, entry), { force: true });
  }
}
