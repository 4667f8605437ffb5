import type { KnowledgeBase, KnowledgeDoc } from '../knowledge/knowledge-base.js';
import { documentWords, stemTerm, words } from '../text/normalize.js';
import { STOPWORDS } from '../text/stopwords.js';
import { Bm25Index, type Bm25Options, type Bm25State } from './bm25-index.js';

export interface DocumentHit {
  docId: string;
  score: number;
}

const OPTIONS: Bm25Options = {
  fields: [{ name: 'text', boost: 1 }],
  tokenize: documentWords,
  tokenizeQuery: words,
  processTerm: (term) => (STOPWORDS.has(term) ? null : stemTerm(term)),
  fuzzy: () => 0,
  prefix: () => false,
};

/** A document as one text: its names, summary, body and front-matter lists (skills by title). */
function documentText(d: KnowledgeDoc, kb: KnowledgeBase): string {
  const lists =
    d.type === 'role' ? [...d.backgrounds, ...d.transferable, ...d.skills.map((s) => kb.byId.get(s)?.title ?? s)] : [];
  return [d.title, d.aliases.join(', '), d.summary, d.body, lists.join(', ')].join('\n');
}

/**
 * BM25 over whole documents, front matter lists included: a question that describes a role in
 * words spread over its summary, body, backgrounds and skills ("guards the networks, sensors and data
 * from attacks") matches the role as a whole, where the passage index sees only pieces.
 */
export class DocumentIndex {
  private constructor(
    private readonly index: Bm25Index,
    private readonly ids: string[],
  ) {}

  static build(kb: KnowledgeBase): DocumentIndex {
    const index = new Bm25Index(OPTIONS);
    index.addAll(kb.docs.map((d) => [documentText(d, kb)]));
    return new DocumentIndex(
      index.seal(),
      kb.docs.map((d) => d.id),
    );
  }

  /**
   * The index after an edit, without reading the unchanged documents: those of this index marked
   * in `removed` are left out and `added` (new and changed documents) searched with the rest (see
   * Bm25Index.withChanges); `order`: documentOrder.
   */
  withChanges(removed: Uint8Array, added: KnowledgeDoc[], kb: KnowledgeBase, order: Int32Array): DocumentIndex {
    return new DocumentIndex(
      this.index.withChanges(
        removed,
        added.map((d) => [documentText(d, kb)]),
        order,
      ),
      [...this.ids, ...added.map((d) => d.id)],
    );
  }

  /** An index stored by `toState`, over the documents it was built over (`docIds`, in their order). */
  static fromState(state: Bm25State, docIds: readonly string[]): DocumentIndex {
    return new DocumentIndex(Bm25Index.fromState(OPTIONS, state), [...docIds]);
  }

  toState(): Bm25State {
    return this.index.toState();
  }

  query(text: string): DocumentHit[] {
    return this.index.search(text).map((h) => ({ docId: this.ids[h.doc]!, score: h.score }));
  }
}
