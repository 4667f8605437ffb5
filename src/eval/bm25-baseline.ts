import MiniSearch from 'minisearch';
import type { KnowledgeBase } from '../knowledge/knowledge-base.js';

/**
 * The yardstick: plain BM25 (MiniSearch's defaults, no stemming, fuzziness, names or fusion) over
 * the same knowledge files, one document per file. Roles are ranked by their file's score.
 */
export class Bm25Baseline {
  private readonly search = new MiniSearch<{ id: string; text: string }>({ fields: ['text'] });

  constructor(private readonly kb: KnowledgeBase) {
    this.search.addAll(
      kb.docs.map((d) => ({ id: d.id, text: [d.title, d.aliases.join(', '), d.summary, d.body].join('\n') })),
    );
  }

  rankRoles(question: string): string[] {
    return this.search
      .search(question)
      .map((r) => this.kb.byId.get(String(r.id))!)
      .filter((d) => d.type === 'role')
      .map((d) => d.id);
  }
}
