import { distance } from 'fastest-levenshtein';
import type { KnowledgeDoc } from '../knowledge/knowledge-base.js';
import { NameMatcher, typoBudget } from '../retrieval/name-matcher.js';
import { nameKey } from '../text/normalize.js';

export type LookupResult<T extends KnowledgeDoc> =
  | { found: true; doc: T }
  | { found: false; suggestions: T[] };

/**
 * Resolves what a person types as a name ("Urban Mechanics", "SDN", "custmer makr") to one document:
 * exact id, title or alias (plurals and punctuation folded), then a typo-tolerant match, then a name
 * mentioned inside the text. Otherwise the closest names are offered as suggestions.
 */
export class EntityLookup<T extends KnowledgeDoc> {
  private readonly names: { doc: T; key: string }[];
  private readonly matcher: NameMatcher;

  constructor(private readonly docs: T[]) {
    this.names = docs.flatMap((doc) =>
      [doc.id, doc.id.replace(/-/g, ' '), doc.title, ...doc.aliases].map((n) => ({ doc, key: nameKey(n) })),
    );
    this.matcher = new NameMatcher(docs);
  }

  resolve(query: string): LookupResult<T> {
    const key = nameKey(query);
    if (!key) return { found: false, suggestions: this.docs.slice(0, 3) };
    const exact = this.names.find((n) => n.key === key);
    if (exact) return { found: true, doc: exact.doc };

    const ranked = this.closest(key);
    const best = ranked[0];
    if (best && best.edits <= typoBudget(best.key.length)) return { found: true, doc: best.doc };

    const containing = new Set(this.names.filter((n) => ` ${n.key} `.includes(` ${key} `)).map((n) => n.doc));
    if (containing.size === 1) return { found: true, doc: [...containing][0]! };

    const mentioned = this.matcher.find(query)[0];
    if (mentioned) return { found: true, doc: this.docs.find((d) => d.id === mentioned.docId)! };

    const suggestions: T[] = [];
    for (const r of ranked) if (!suggestions.includes(r.doc) && suggestions.length < 3) suggestions.push(r.doc);
    return { found: false, suggestions };
  }

  /**
   * Documents whose names best complete what has been typed so far (for autocomplete): prefix matches
   * first, then word-prefix, then substring, then the closest spellings.
   */
  suggest(typed: string, limit: number): T[] {
    const key = nameKey(typed);
    if (!key) return this.docs.slice(0, limit);
    const rank = (n: { key: string }): number => {
      if (n.key.startsWith(key)) return 0;
      if (n.key.split(' ').some((w) => w.startsWith(key))) return 1;
      if (n.key.includes(key)) return 2;
      return 3 + distance(key, n.key.slice(0, key.length + 2)) / Math.max(key.length, 1);
    };
    const ranked = this.names.map((n) => ({ doc: n.doc, rank: rank(n) })).sort((a, b) => a.rank - b.rank);
    const out: T[] = [];
    for (const r of ranked) if (!out.includes(r.doc) && out.length < limit) out.push(r.doc);
    return out;
  }

  /** Names by similarity to `key`: edit distance relative to length, with shared words as a tiebreak. */
  private closest(key: string): { doc: T; key: string; edits: number }[] {
    const words = new Set(key.split(' '));
    return this.names
      .map((n) => {
        const edits = distance(key, n.key);
        const shared = n.key.split(' ').filter((w) => words.has(w)).length;
        return { ...n, edits, rank: edits / Math.max(key.length, n.key.length) - shared * 0.2 };
      })
      .sort((a, b) => a.rank - b.rank);
  }
}
