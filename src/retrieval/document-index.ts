import type { KnowledgeBase } from '../knowledge/knowledge-base.js';
import { documentWords, stemTerm, words } from '../text/normalize.js';
import { STOPWORDS } from '../text/stopwords.js';
import { Bm25Index } from './bm25-index.js';

export interface DocumentHit {
  docId: string;
  score: number;
}

/**
 * BM25 over whole documents, front matter lists included: a question that describes a role in
 * words spread over its summary, body, backgrounds and skills ("guards the networks, sensors and data
 * from attacks") matches the role as a whole, where the passage index sees only pieces.
 */
export class DocumentIndex {
  private readonly index: Bm25Index;
  private readonly ids: string[];

  constructor(kb: KnowledgeBase) {
    this.index = new Bm25Index({
      fields: [{ name: 'text', boost: 1 }],
      tokenize: documentWords,
      tokenizeQuery: words,
      processTerm: (term) => (STOPWORDS.has(term) ? null : stemTerm(term)),
      fuzzy: () => 0,
      prefix: () => false,
    });
    this.ids = kb.docs.map((d) => d.id);
    this.index.addAll(
      kb.docs.map((d) => {
        const lists =
          d.type === 'role'
            ? [...d.backgrounds, ...d.transferable, ...d.skills.map((s) => kb.byId.get(s)?.title ?? s)]
            : [];
        return [[d.title, d.aliases.join(', '), d.summary, d.body, lists.join(', ')].join('\n')];
      }),
    );
    this.index.seal();
  }

  query(text: string): DocumentHit[] {
    return this.index.search(text).map((h) => ({ docId: this.ids[h.doc]!, score: h.score }));
  }
}
