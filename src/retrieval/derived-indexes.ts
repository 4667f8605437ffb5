import { readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Logger } from 'pino';
import type { KnowledgeBase } from '../knowledge/knowledge-base.js';
import type { Bm25State } from './bm25-index.js';
import type { Chunk } from './chunking.js';
import { DocumentIndex } from './document-index.js';
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

const FILE = 'derived.pack';

/** Builds the indexes from the knowledge and its chunks: what a warm start reads instead. */
export function buildDerived(kb: KnowledgeBase, chunks: Chunk[]): DerivedIndexes {
  const textByDoc = new Map<string, string>();
  for (const c of chunks) textByDoc.set(c.metadata.docId, `${textByDoc.get(c.metadata.docId) ?? ''}\n${c.pageContent}`);
  return {
    lexical: LexicalIndex.build(chunks, kb),
    documents: DocumentIndex.build(kb),
    vocabulary: new Vocabulary([...textByDoc.values()]),
    names: NameMatcher.forKnowledge(kb),
  };
}

/**
 * The indexes stored in `dir` (the index cache folder of this knowledge version), or undefined
 * when there are none or they cannot be read: the caller then builds them.
 */
export async function readDerived(
  dir: string,
  kb: KnowledgeBase,
  chunkCount: number,
  logger: Logger,
): Promise<DerivedIndexes | undefined> {
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

/** Stores the indexes beside the vectors; written aside and renamed, so a crash never leaves half a file. */
export async function writeDerived(dir: string, derived: DerivedIndexes, kb: KnowledgeBase, chunkCount: number) {
  const state: DerivedState = {
    chunkCount,
    docCount: kb.docs.length,
    lexical: derived.lexical.toState(),
    documents: derived.documents.toState(),
    vocabulary: derived.vocabulary.toState(),
    names: derived.names.toState(),
  };
  const file = path.join(dir, FILE);
  const tmp = `${file}.tmp-${process.pid}`;
  await writeFile(tmp, pack(state));
  await rename(tmp, file);
}
