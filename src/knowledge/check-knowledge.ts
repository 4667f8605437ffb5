import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import type matter from 'gray-matter';
import type { z } from 'zod';
import type { KnowledgeBase, KnowledgeDoc } from './knowledge-base.js';
import { knowledgeBaseOf, type ParsedFile } from './knowledge-cache.js';
import { nameProblems } from './name-checks.js';
import { frontMatterSchema } from './schema.js';

/** gray-matter (with its YAML parser) is loaded only when a file is parsed: a warm start reads the cache instead. */
let loaded: typeof matter | undefined;
function grayMatter(): typeof matter {
  loaded ??= createRequire(import.meta.url)('gray-matter') as typeof matter;
  return loaded;
}

/** One thing to fix in a knowledge folder. */
export interface KnowledgeProblem {
  /** The file as reached from the checked folder (`path.join(dir, 'roles/x.md')`); the folder itself for folder problems. */
  file: string;
  /** Front-matter field and index (`skills.0`), or `front matter`, `body`, `file name`, `file`, `directory`. */
  field: string;
  message: string;
  /**
   * Whether the bot refuses to serve the folder. A broken file, id or reference, or a name two files
   * share, would make answers wrong or lookups ambiguous. A Markdown file the bot ignores, or a name
   * with nothing to match, only leaves something out while the rest answers correctly, and a stray
   * `NOTES.MD` must not keep the bot from starting: validate reports those, loading goes on.
   */
  blocksLoading: boolean;
}

export interface KnowledgeCheck {
  /** The knowledge base: from readKnowledge when nothing blocks loading, from checkKnowledge only with no problem. */
  kb?: KnowledgeBase;
  problems: KnowledgeProblem[];
  /** Each file read, by its path in the folder: the hash of its bytes (what the knowledge cache keys a parsed file by). */
  fileHashes?: Map<string, string>;
  /** How many files were parsed; the others were taken from `previous` because their bytes had not changed. */
  parsedFiles?: number;
}

type Report = (field: string, message: string) => void;

const MARKDOWN_NAME = /\.(md|markdown|mdown|mkdn|mkd)$/i;

/** Knowledge files (ending in lowercase `.md`) and Markdown files that would be skipped for their name. */
async function listFiles(dir: string): Promise<{ knowledge: string[]; misnamed: string[] }> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const knowledge: string[] = [];
  const misnamed: string[] = [];
  for (const e of entries) {
    // The README documents the folder in any spelling; it is not knowledge.
    if (!e.isFile() || !MARKDOWN_NAME.test(e.name) || e.name.replace(MARKDOWN_NAME, '').toLowerCase() === 'readme')
      continue;
    (e.name.endsWith('.md') ? knowledge : misnamed).push(path.join(e.parentPath, e.name));
  }
  return { knowledge: knowledge.sort(), misnamed: misnamed.sort() };
}

function fieldOf(issue: z.core.$ZodIssue): string {
  if (issue.path.length > 0) return issue.path.map(String).join('.');
  // zod reports unknown keys at the object level; name the keys instead.
  if (issue.code === 'unrecognized_keys') return issue.keys.join(', ');
  return 'front matter';
}

/**
 * A file's document, or its problems and the ids it may be meant to define (its declared id and its
 * file name), so that references to it are not blamed on the files that make them.
 */
function parseFile(raw: string, rel: string, report: Report): { doc?: KnowledgeDoc; ids: string[] } {
  const fileId = path.basename(rel, '.md');
  let parsed: matter.GrayMatterFile<string>;
  try {
    // gray-matter memoises by input text; an empty options object turns that off.
    parsed = grayMatter()(raw, {});
  } catch (err) {
    const reason = (err instanceof Error ? err.message.split('\n')[0]! : String(err)).replace(/:\s*$/, '');
    report('front matter', `is not valid YAML (${reason})`);
    return { ids: [fileId] };
  }
  if (Object.keys(parsed.data).length === 0) {
    report('front matter', 'is missing: start the file with a --- YAML block ---');
    return { ids: [fileId] };
  }
  const result = frontMatterSchema().safeParse(parsed.data);
  for (const issue of result.error?.issues ?? []) report(fieldOf(issue), issue.message);
  const body = parsed.content.trim();
  if (body.length === 0) report('body', 'is empty: write the content below the front matter');
  if (!result.success || body.length === 0) {
    const id: unknown = parsed.data.id;
    return { ids: typeof id === 'string' ? [id, fileId] : [fileId] };
  }
  const { team_sections: teamSections, ...fields } = result.data;
  return { doc: { ...fields, teamSections, body, path: rel } as KnowledgeDoc, ids: [result.data.id] };
}

/** Duplicate ids and `skills`/`related` that name no such file; ids a broken file may define are not reported. */
function checkReferences(docs: KnowledgeDoc[], brokenIds: Set<string>, report: (doc: KnowledgeDoc) => Report): void {
  const ids = new Map<string, KnowledgeDoc>();
  for (const doc of docs) {
    const clash = ids.get(doc.id);
    if (clash) report(doc)('id', `"${doc.id}" is already used by ${clash.path}`);
    else ids.set(doc.id, doc);
  }
  const missing = (id: string, type: KnowledgeDoc['type']) => {
    const target = ids.get(id);
    return target ? target.type !== type : !brokenIds.has(id);
  };
  for (const doc of docs) {
    if (doc.type !== 'role') continue;
    doc.skills.forEach((s, i) => {
      if (missing(s, 'skill')) report(doc)(`skills.${i}`, `"${s}" is not the id of any skill file`);
    });
    doc.related.forEach((r, i) => {
      if (r === doc.id) report(doc)(`related.${i}`, 'a role cannot be related to itself');
      else if (missing(r, 'role')) report(doc)(`related.${i}`, `"${r}" is not the id of any role file`);
    });
  }
}

function reasonOf(err: unknown): string {
  const code = (err as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'does not exist';
  if (code === 'ENOTDIR') return 'is not a folder';
  return `cannot be read (${code ?? String(err)})`;
}

/** What the content hash covers of one file: its path in the folder and the hash of its bytes (fileHash). */
function hashFile(hash: ReturnType<typeof createHash>, rel: string, bytesHash: string): void {
  hash.update(rel).update('\0').update(bytesHash).update('\0');
}

/** The hash of one file's bytes: a parsed document is reused while its file's hash is unchanged. */
export function fileHash(raw: string): string {
  return createHash('sha256').update(raw).digest('hex').slice(0, 32);
}

/**
 * The content hash `readKnowledge` would give the folder, without parsing a file: the key of the
 * knowledge cache. Undefined when the folder or a file cannot be read (reading it reports why).
 * With it, the text of the files it read by absolute path, and every file's hash: what
 * `readKnowledge` is then given, so that no file is read twice, and a file remembered unchanged
 * (same stamps) is not read at all.
 */
export async function hashKnowledgeFiles(
  dir: string,
  remembered?: RememberedHash,
): Promise<{ hash: string; texts?: Map<string, string>; fileHashes?: Map<string, string> } | undefined> {
  try {
    const { knowledge } = await listFiles(dir);
    const stamps = remembered && fileStamps(dir, knowledge);
    const known = stamps && remembered.read(stamps);
    if (known) return { hash: known };
    const before = stamps ? remembered.fileHashes(stamps) : new Map<string, string>();
    const hash = createHash('sha256');
    const texts = new Map<string, string>();
    const fileHashes = new Map<string, string>();
    // Synchronous reads: a warm start at 100,000 chunks reads 16,000 small files, and a promise each costs more than the read.
    for (const file of knowledge) {
      const rel = relativeTo(dir, file);
      let bytesHash = before.get(rel);
      if (bytesHash === undefined) {
        const raw = readFileSync(file, 'utf8');
        texts.set(file, raw);
        bytesHash = fileHash(raw);
      }
      fileHashes.set(file, bytesHash);
      hashFile(hash, rel, bytesHash);
    }
    const digest = hash.digest('hex');
    if (stamps) remembered.write(stamps, digest, [...fileHashes.values()]);
    return { hash: digest, texts, fileHashes };
  } catch {
    return undefined;
  }
}

/** The folder's hash, and each file's, as remembered by the files' stamps (see folder-hash-memo.ts). */
export interface RememberedHash {
  /** The folder's hash when every file carries the stamps it was remembered with. */
  read(stamps: FileStamp[]): string | undefined;
  /** The hashes of the files (by path in the folder) that carry the stamps they were remembered with. */
  fileHashes(stamps: FileStamp[]): Map<string, string>;
  /** `hashes`: each file's hash, in the order of `stamps`. */
  write(stamps: FileStamp[], hash: string, hashes: string[]): void;
}

/** One file as the file system describes it: what changes whenever its bytes do. */
export type FileStamp = [path: string, size: number, mtimeMs: number, ctimeMs: number];

function fileStamps(dir: string, files: string[]): FileStamp[] {
  return files.map((file) => {
    const s = statSync(file);
    return [relativeTo(dir, file), s.size, s.mtimeMs, s.ctimeMs];
  });
}

/** A listed file's path in the folder: its name after the folder's (path.relative costs 50 ms over 16,000 files). */
function relativeTo(dir: string, file: string): string {
  const prefix = dir.endsWith(path.sep) ? dir : dir + path.sep;
  return file.startsWith(prefix) ? file.slice(prefix.length) : path.relative(dir, file);
}

/**
 * Reads every knowledge file under `dir` and collects every problem of the folder, not only the
 * first; the knowledge base is built when no problem blocks loading. The one set of rules behind
 * both `checkKnowledge` (validate) and `loadKnowledge` (start-up).
 */
export async function readKnowledge(
  dir: string,
  opts: {
    /**
     * Documents parsed from the folder before, by path: a file whose bytes hash the same is not
     * parsed again (at 100,000 chunks parsing and schema checks take ~20 s; an edit changes a file).
     * Cross-file checks (ids, references, shared names) always run over every document.
     */
    previous?: ReadonlyMap<string, ParsedFile>;
    /** Files already read, by absolute path (from hashKnowledgeFiles); the others are read here. */
    texts?: ReadonlyMap<string, string>;
    /**
     * Files' hashes known without reading them, by absolute path (from hashKnowledgeFiles): a file
     * whose known hash is that of a document in `previous` is taken from there unread.
     */
    fileHashes?: ReadonlyMap<string, string>;
  } = {},
): Promise<KnowledgeCheck> {
  const problems: KnowledgeProblem[] = [];
  const reporter =
    (rel: string, blocksLoading = true): Report =>
    (field, message) =>
      problems.push({ file: path.join(dir, rel), field, message, blocksLoading });
  let listing: Awaited<ReturnType<typeof listFiles>>;
  try {
    listing = await listFiles(dir);
  } catch (err) {
    reporter('.')('directory', `${reasonOf(err)} (set CAREER_BOT_KNOWLEDGE_DIR to the knowledge folder)`);
    return { problems };
  }
  if (listing.knowledge.length === 0) reporter('.')('directory', 'holds no .md knowledge files');

  const hash = createHash('sha256');
  const docs: KnowledgeDoc[] = [];
  const brokenIds = new Set<string>();
  const fileHashes = new Map<string, string>();
  let parsedFiles = 0;
  for (const file of listing.knowledge) {
    const rel = path.relative(dir, file);
    const knownHash = opts.fileHashes?.get(file);
    const unread = knownHash !== undefined ? opts.previous?.get(rel) : undefined;
    if (unread && unread.hash === knownHash && !opts.texts?.has(file)) {
      hashFile(hash, rel, knownHash);
      fileHashes.set(rel, knownHash);
      docs.push(unread.doc);
      continue;
    }
    let raw: string;
    try {
      // Synchronous, as in hashKnowledgeFiles: at 100,000 chunks a promise per file cost half a second of an edit.
      raw = opts.texts?.get(file) ?? readFileSync(file, 'utf8');
    } catch (err) {
      reporter(rel)('file', reasonOf(err));
      brokenIds.add(path.basename(rel, '.md'));
      continue;
    }
    const bytesHash = fileHash(raw);
    hashFile(hash, rel, bytesHash);
    fileHashes.set(rel, bytesHash);
    const prior = opts.previous?.get(rel);
    if (prior && prior.hash === bytesHash) {
      docs.push(prior.doc);
      continue;
    }
    parsedFiles += 1;
    const { doc, ids } = parseFile(raw, rel, reporter(rel));
    if (doc) docs.push(doc);
    else for (const id of ids) brokenIds.add(id);
  }
  checkReferences(docs, brokenIds, (doc) => reporter(doc.path));
  for (const p of nameProblems({ docs })) reporter(p.path, p.kind === 'shared')(p.field, p.message);
  for (const file of listing.misnamed) {
    const rel = path.relative(dir, file);
    reporter(rel, false)(
      'file name',
      `the bot ignores this file: only names ending in lowercase ".md" are read; rename it to ${path.basename(rel).replace(MARKDOWN_NAME, '.md')}`,
    );
  }
  if (problems.some((p) => p.blocksLoading)) return { problems, fileHashes, parsedFiles };
  return { kb: knowledgeBaseOf(docs, hash.digest('hex'), fileHashes), problems, fileHashes, parsedFiles };
}

/** Every problem of a knowledge folder, each naming its file and field; `kb` only when there are none. */
export async function checkKnowledge(dir: string): Promise<KnowledgeCheck> {
  const { kb, problems } = await readKnowledge(dir);
  return problems.length === 0 ? { kb, problems } : { problems };
}
