import type { KnowledgeBase } from '../knowledge/knowledge-base.js';
import { documentWords, stemTerm, words } from '../text/normalize.js';
import { STOPWORDS } from '../text/stopwords.js';
import { Bm25Index, type Bm25Options, type Bm25State } from './bm25-index.js';
import type { Chunk } from './chunking.js';

export interface LexicalHit {
  chunk: number;
  score: number;
}

/** Typos: one edit from four letters on, two from eight. */
function allowedEdits(term: string): number {
  if (term.length >= 8) return 2;
  if (term.length >= 4) return 1;
  return 0;
}

const OPTIONS: Bm25Options = {
  fields: [
    { name: 'title', boost: 2.5 },
    { name: 'aliases', boost: 1.5 },
    { name: 'text', boost: 1 },
  ],
  tokenize: documentWords,
  tokenizeQuery: words,
  processTerm: (term) => (STOPWORDS.has(term) ? null : stemTerm(term)),
  fuzzy: allowedEdits,
  prefix: (term) => term.length >= 5,
};

/** A chunk's fields: its document's title and aliases, and its text. */
function fieldsOf(c: Chunk, kb: KnowledgeBase): string[] {
  const doc = kb.byId.get(c.metadata.docId)!;
  return [doc.title, doc.aliases.join(' ; '), c.pageContent];
}

/** BM25 search over the chunks, titles and aliases weighted above the text, with fuzzy terms for typos. */
export class LexicalIndex {
  private constructor(private readonly index: Bm25Index) {}

  static build(chunks: Chunk[], kb: KnowledgeBase): LexicalIndex {
    const index = new Bm25Index(OPTIONS);
    index.addAll(chunks.map((c) => fieldsOf(c, kb)));
    return new LexicalIndex(index.seal());
  }

  /**
   * The index after an edit, without reading the unchanged chunks: those marked in `removed` are
   * left out and `added` (the new and changed documents' chunks) numbered after this index's own,
   * as the chunks they stand for are; `order`: chunkOrder (see Bm25Index.withChanges).
   */
  withChanges(removed: Uint8Array, added: Chunk[], kb: KnowledgeBase, order: Int32Array): LexicalIndex {
    return new LexicalIndex(
      this.index.withChanges(
        removed,
        added.map((c) => fieldsOf(c, kb)),
        order,
      ),
    );
  }

  static fromState(state: Bm25State): LexicalIndex {
    return new LexicalIndex(Bm25Index.fromState(OPTIONS, state));
  }

  toState(): Bm25State {
    return this.index.toState();
  }

  query(text: string): LexicalHit[] {
    return this.index.search(text).map((h) => ({ chunk: h.doc, score: h.score }));
  }
}
