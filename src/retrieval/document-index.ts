import MiniSearch from 'minisearch';
import type { KnowledgeBase } from '../knowledge/knowledge-base.js';
import { documentWords, stemTerm, words } from '../text/normalize.js';
import { STOPWORDS } from '../text/stopwords.js';

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
  private readonly search: MiniSearch<{ id: string; text: string }>;

  constructor(kb: KnowledgeBase) {
    this.search = new MiniSearch({
      fields: ['text'],
      tokenize: (text) => documentWords(text),
      processTerm: (term) => (STOPWORDS.has(term) ? null : stemTerm(term)),
      searchOptions: { tokenize: (text) => words(text) },
    });
    this.search.addAll(
      kb.docs.map((d) => {
        const lists =
          d.type === 'role'
            ? [...d.backgrounds, ...d.transferable, ...d.skills.map((s) => kb.byId.get(s)?.title ?? s)]
            : [];
        return { id: d.id, text: [d.title, d.aliases.join(', '), d.summary, d.body, lists.join(', ')].join('\n') };
      }),
    );
  }

  query(text: string): DocumentHit[] {
    return this.search.search(text, { combineWith: 'OR' }).map((r) => ({ docId: String(r.id), score: r.score }));
  }
}
