import { readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Logger } from 'pino';
import type { KnowledgeBase } from '../knowledge/knowledge-base.js';
import type { Bm25State } from './bm25-index.js';
import type { Chunk } from './chunking.js';
import { DocumentIndex } from './document-index.js';
import type { IndexPrefetch } from './index-prefetch.js';
import { documentOrder, type KnowledgeChanges, removedDocMask } from './knowledge-changes.js';
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
 * The base's indexes searched as the knowledge is now (see KnowledgeChanges): the lexical and
 * document indexes leave out what was removed or changed and search the added chunks and documents
 * beside the base's; the vocabulary and the name matcher subtract and add theirs. `removedChunks`
 * and `order`: removedChunkMask and chunkOrder of the changes.
 */
export function derivedWithChanges(
  base: DerivedIndexes,
  kb: KnowledgeBase,
  changes: KnowledgeChanges,
  removedChunks: Uint8Array,
  order: Int32Array,
): DerivedIndexes {
  const removedTexts = textsByDocument(changes.baseChunks.filter((_, i) => removedChunks[i]));
  const addedTexts = textsByDocument(changes.addedChunks);
  const live = new Set<string>();
  changes.baseChunks.forEach((c, i) => {
    if (!removedChunks[i]) live.add(c.metadata.docId);
  });
  for (const id of addedTexts.keys()) live.add(id);
  base.vocabulary.applyChanges([...removedTexts.values()], [...addedTexts.values()], live.size);
  const added = changes.addedDocIds.map((id) => kb.byId.get(id)!);
  base.names.applyChanges(changes.removedDocs, added);
  return {
    lexical: base.lexical.withChanges(removedChunks, changes.addedChunks, kb, order),
    documents: base.documents.withChanges(removedDocMask(changes), added, kb, documentOrder(changes, kb)),
    vocabulary: base.vocabulary,
    names: base.names,
  };
}

/**
 * The indexes stored in `dir` (the index cache folder of this knowledge version), or undefined
 * when there are none or they cannot be read: the caller then builds them.
 */
export async function readDerived(
  dir: string,
  docIds: readonly string[],
  chunkCount: number,
  logger: Logger,
  files: Pick<IndexPrefetch, 'read'> = { read: (file) => readFile(file) },
): Promise<DerivedIndexes | undefined> {
  let buffer: Buffer;
  try {
    buffer = await files.read(path.join(dir, FILE));
  } catch {
    return undefined;
  }
  try {
    const state = unpack<DerivedState>(buffer);
    if (state.chunkCount !== chunkCount || state.docCount !== docIds.length) return undefined;
    return {
      lexical: LexicalIndex.fromState(state.lexical),
      documents: DocumentIndex.fromState(state.documents, docIds),
      vocabulary: Vocabulary.fromState(state.vocabulary),
      names: NameMatcher.fromState(state.names),
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
