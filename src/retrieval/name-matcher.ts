import { distance } from 'fastest-levenshtein';
import type { KnowledgeBase, KnowledgeDoc } from '../knowledge/knowledge-base.js';
import { nameKey, words } from '../text/normalize.js';

export interface NameMatch {
  docId: string;
  /** The title or alias that matched, as written in the knowledge file. */
  name: string;
  exact: boolean;
  /** Token span [start, end) of the match in the normalized query. */
  start: number;
  end: number;
  /** Higher is a stronger match: longer names, exact beats fuzzy. */
  score: number;
}

interface NameEntry {
  docId: string;
  name: string;
  key: string;
  tokens: number;
}

/** Edits tolerated when a name is misspelled: none for short names, then about one in six letters. */
export function typoBudget(length: number): number {
  if (length < 5) return 0;
  return Math.max(1, Math.floor(length / 6));
}

/** The question's words inside name matches: known to the knowledge base even when misspelled. */
export function wordsInMatches(text: string, matches: NameMatch[]): Set<string> {
  const tokens = words(text);
  const known = new Set<string>();
  for (const m of matches) for (const w of tokens.slice(m.start, m.end)) known.add(w);
  return known;
}

/** Finds knowledge titles and aliases mentioned in free text, exactly or with typos. */
export class NameMatcher {
  private readonly entries: NameEntry[];
  /** For each one-word name, the documents that carry it as a whole title or alias. */
  private readonly oneWordDocs = new Map<string, Set<string>>();

  constructor(docs: KnowledgeDoc[]) {
    const seen = new Set<string>();
    this.entries = [];
    for (const doc of docs) {
      for (const name of [doc.title, doc.id.replace(/-/g, ' '), ...doc.aliases]) {
        const key = nameKey(name);
        if (!key || seen.has(`${doc.id}\0${key}`)) continue;
        seen.add(`${doc.id}\0${key}`);
        this.entries.push({ docId: doc.id, name, key, tokens: key.split(' ').length });
        if (!key.includes(' ')) this.oneWordDocs.set(key, (this.oneWordDocs.get(key) ?? new Set()).add(doc.id));
      }
    }
  }

  static forKnowledge(kb: KnowledgeBase): NameMatcher {
    return new NameMatcher(kb.docs);
  }

  /** Matches in `text`, strongest first; a match inside a longer one (the skill in a role's title) is dropped. */
  find(text: string): NameMatch[] {
    const tokens = nameKey(text).split(' ').filter(Boolean);
    const all: NameMatch[] = [];
    for (const entry of this.entries) {
      // A one-word name shared by two documents ("germany") names neither. A word inside a longer
      // name does not count: "robotics" alone is the skill, "robotics specialist" the role.
      if (entry.tokens === 1 && (this.oneWordDocs.get(entry.key)?.size ?? 0) > 1) continue;
      for (let start = 0; start + entry.tokens <= tokens.length; start++) {
        const window = tokens.slice(start, start + entry.tokens).join(' ');
        if (Math.abs(window.length - entry.key.length) > typoBudget(entry.key.length)) continue;
        const edits = window === entry.key ? 0 : distance(window, entry.key);
        if (edits > typoBudget(entry.key.length)) continue;
        // Fuzzy matches must still start with the same letter: "sdn" is not "dan".
        if (edits > 0 && window[0] !== entry.key[0]) continue;
        all.push({
          docId: entry.docId,
          name: entry.name,
          exact: edits === 0,
          start,
          end: start + entry.tokens,
          score: entry.tokens * 2 + entry.key.length / 100 - edits * 1.5,
        });
      }
    }
    all.sort((a, b) => b.score - a.score);
    const kept: NameMatch[] = [];
    for (const m of all) {
      const inside = kept.some((k) => k.start <= m.start && m.end <= k.end && k.end - k.start > m.end - m.start);
      if (inside) continue;
      if (kept.some((k) => k.docId === m.docId)) continue;
      kept.push(m);
    }
    return kept;
  }
}
