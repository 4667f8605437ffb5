import MiniSearch from 'minisearch';
import type { KnowledgeBase } from '../knowledge/knowledge-base.js';
import { documentWords, stemTerm, words } from '../text/normalize.js';
import { STOPWORDS } from '../text/stopwords.js';
import type { Chunk } from './chunking.js';

export interface LexicalHit {
  chunk: number;
  score: number;
}

interface IndexedChunk {
  id: number;
  title: string;
  aliases: string;
  text: string;
}

/** Typos: one edit from four letters on, two from eight. */
function allowedEdits(term: string): number {
  if (term.length >= 8) return 2;
  if (term.length >= 4) return 1;
  return 0;
}

/** BM25 search over the chunks (MiniSearch's BM25+), with fuzzy terms for typos. */
export class LexicalIndex {
  private readonly search: MiniSearch<IndexedChunk>;

  constructor(chunks: Chunk[], kb: KnowledgeBase) {
    this.search = new MiniSearch<IndexedChunk>({
      fields: ['title', 'aliases', 'text'],
      tokenize: (text) => documentWords(text),
      // Questions are capped in length and word count; knowledge files are not.
      searchOptions: { tokenize: (text) => words(text) },
      processTerm: (term) => (STOPWORDS.has(term) ? null : stemTerm(term)),
    });
    this.search.addAll(
      chunks.map((c, id) => {
        const doc = kb.byId.get(c.metadata.docId)!;
        return { id, title: doc.title, aliases: doc.aliases.join(' ; '), text: c.pageContent };
      }),
    );
  }

  query(text: string): LexicalHit[] {
    return this.search
      .search(text, {
        boost: { title: 2.5, aliases: 1.5, text: 1 },
        fuzzy: (term) => allowedEdits(term),
        prefix: (term) => term.length >= 5,
        combineWith: 'OR',
      })
      .map((r) => ({ chunk: r.id as number, score: r.score }));
  }
}
