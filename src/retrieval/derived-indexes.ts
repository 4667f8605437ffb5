import { readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Logger } from 'pino';
import type { KnowledgeBase } from '../knowledge/knowledge-base.js';
import type { Bm25State } from './bm25-index.js';
import type { Chunk } from './chunking.js';
import { DocumentIndex } from './document-index.js';
import type { KnowledgeDelta } from './knowledge-delta.js';
import { LexicalIndex } from './lexical-index.js';
import { NameMatcher, type NameMatcherState } from './name-matcher.js';
import { pack, unpack } from './packed.js';
import { Vocabulary, type VocabularyState } from './vocabulary.js';

/** Everything retrieval derives from the knowledge besides the vectors. */
export interface DerivedIndexes {
  lexical: LexicalIndex;
  documents: DocumentIndex;
  vocabulary: Vocabulary;
  names: NameMatcher;
}

interface DerivedState {
  /** Chunks and documents the state was built over: a state for other knowledge is never used. */
  chunkCount: number;
  docCount: number;
  lexical: Bm25State;
  documents: Bm25State;
  vocabulary: VocabularyState;
  names: NameMatcherState;
}

export const DERIVED_FILE = 'derived.pack';
const FILE = DERIVED_FILE;

/** Each document's chunks joined, in chunk order: the texts the vocabulary counts words over. */
function textsByDocument(chunks: Chunk[]): Map<string, string> {
  const textByDoc = new Map<string, string>();
  for (const c of chunks) textByDoc.set(c.metadata.docId, `${textByDoc.get(c.metadata.docId) ?? ''}\n${c.pageContent}`);
  return textByDoc;
}

/** Builds the indexes from the knowledge and its chunks: what a warm start reads instead. */
export function buildDerived(kb: KnowledgeBase, chunks: Chunk[]): DerivedIndexes {
  return {
    lexical: LexicalIndex.build(chunks, kb),
    documents: DocumentIndex.build(kb),
    vocabulary: new Vocabulary([...textsByDocument(chunks).values()]),
    names: NameMatcher.forKnowledge(kb),
  };
}

/**
 * The previous version's indexes brought up to date with `delta`: only new and changed documents
 * are read, and removed or changed ones subtracted (see Bm25Index.patched and Vocabulary.patched).
 * The name matcher is built again: it is filed from the front matter alone, which costs about as
 * much as reading it back. Undefined when the previous vocabulary has no word counts.
 */
export function patchDerived(
  previous: Omit<DerivedIndexes, 'names'>,
  kb: KnowledgeBase,
  chunks: Chunk[],
  delta: KnowledgeDelta,
): DerivedIndexes | undefined {
  const changedDoc = (docIds: string[], keep: (i: number) => boolean) => new Set(docIds.filter((_, i) => !keep(i)));
  const kept = new Set<number>();
  for (const p of delta.previousDoc) if (p >= 0) kept.add(p);
  const removedIds = changedDoc(delta.previousDocIds, (i) => kept.has(i));
  const addedIds = changedDoc(
    kb.docs.map((d) => d.id),
    (i) => delta.previousDoc[i]! >= 0,
  );
  const removedTexts = [...textsByDocument(delta.previousChunks.filter((c) => removedIds.has(c.metadata.docId)))];
  const addedTexts = [...textsByDocument(chunks.filter((c) => addedIds.has(c.metadata.docId)))];
  const vocabulary = previous.vocabulary.patched(
    removedTexts.map(([, text]) => text),
    addedTexts.map(([, text]) => text),
    textsByDocument(chunks).size,
  );
  if (!vocabulary) return undefined;
  return {
    lexical: previous.lexical.patched(chunks, kb, delta),
    documents: previous.documents.patched(kb, delta),
    vocabulary,
    names: NameMatcher.forKnowledge(kb),
  };
}

/**
 * The indexes stored in `dir` (the index cache folder of this knowledge version), or undefined
 * when there are none or they cannot be read: the caller then builds them.
 */
export async function readDerived(
  dir: string,
  kb: { docs: readonly { id: string }[] },
  chunkCount: number,
  logger: Logger,
): Promise<DerivedIndexes | undefined>;
/** With `names: false`, without the name matcher: an update builds its own (see patchDerived). */
export async function readDerived(
  dir: string,
  kb: { docs: readonly { id: string }[] },
  chunkCount: number,
  logger: Logger,
  opts: { names: false },
): Promise<Omit<DerivedIndexes, 'names'> | undefined>;
export async function readDerived(
  dir: string,
  kb: { docs: readonly { id: string }[] },
  chunkCount: number,
  logger: Logger,
  opts: { names: boolean } = { names: true },
): Promise<Omit<DerivedIndexes, 'names'> | undefined> {
  let buffer: Buffer;
  try {
    buffer = await readFile(path.join(dir, FILE));
  } catch {
    return undefined;
  }
  try {
    const state = unpack<DerivedState>(buffer);
    if (state.chunkCount !== chunkCount || state.docCount !== kb.docs.length) return undefined;
    return {
      lexical: LexicalIndex.fromState(state.lexical),
      documents: DocumentIndex.fromState(state.documents, kb),
      vocabulary: Vocabulary.fromState(state.vocabulary),
      ...(opts.names ? { names: NameMatcher.fromState(state.names) } : {}),
    };
  } catch (err) {
    logger.warn(
      { dir, reason: err instanceof Error ? err.message : String(err) },
      'cached indexes unreadable; rebuilding',
    );
    return undefined;
  }
}

/** The indexes as the bytes of `derived.pack`. */
export function packDerived(derived: DerivedIndexes, kb: KnowledgeBase, chunkCount: number): Buffer {
  const state: DerivedState = {
    chunkCount,
    docCount: kb.docs.length,
    lexical: derived.lexical.toState(),
    documents: derived.documents.toState(),
    vocabulary: derived.vocabulary.toState(),
    names: derived.names.toState(),
  };
  return pack(state);
}

/** Stores the indexes beside the vectors; written aside and renamed, so a crash never leaves half a file. */
export async function writeDerived(dir: string, derived: DerivedIndexes, kb: KnowledgeBase, chunkCount: number) {
  const file = path.join(dir, FILE);
  const tmp = `${file}.tmp-${process.pid}`;
  await writeFile(tmp, packDerived(derived, kb, chunkCount));
  await rename(tmp, file);
}
