import type { KnowledgeBase, RoleDoc } from '../knowledge/knowledge-base.js';
import { contentTerms } from '../text/normalize.js';
import { RootIndex } from '../text/word-root.js';

export interface BackgroundMatch {
  role: RoleDoc;
  /** IDF mass of the person's words found in the role's backgrounds, transferable skills and skills. */
  score: number;
  /** The role's backgrounds and transferable skills that share a word with the person's. */
  why: string[];
  /**
   * The largest share of one of those items' words the person used: "paramedic" names a background
   * whole (1), "change of direction" only half of "creative direction".
   */
  wholeness: number;
}

/** Where a word appears in a role: in what it is written for (backgrounds, transferable skills) or elsewhere. */
const FITTED = 2;
const OTHER = 1;
/** Inverse document frequency below which a person's word is too common to say why a role fits. */
const MIN_WORD_WEIGHT = 0.5;
/** What a background's further words count when the person names it whole, beyond their FITTED weight. */
const PHRASE = 1;

/**
 * Roles ranked by how much of what a person says about themselves appears in each role's typical
 * backgrounds, transferable skills, skill names and summary. Backgrounds and transferable skills
 * count double: they are written for exactly this question.
 *
 * The roles' words are indexed once, so a question costs the roles sharing its words, not a pass
 * over every role.
 */
/**
 * Roles a match returns at most, best first: an answer names three, and a role further down can no
 * longer lead once fused with retrieval; a catalogue of thousands whose backgrounds share a common word
 * ("military") would otherwise have every one explained.
 */
const MAX_FITS = 50;

/** The share of an item's distinct words that the person used. */
function share(terms: string[], matched: ReadonlyMap<string, number>): number {
  const distinct = new Set(terms);
  return distinct.size ? [...distinct].filter((t) => matched.has(t)).length / distinct.size : 0;
}

export class BackgroundIndex {
  /** For each stem, the roles (by position) that carry it and how strongly (FITTED or OTHER). */
  private readonly postings = new Map<string, { role: number; strength: number }[]>();
  /** Per role, its backgrounds and transferable skills with their stems, for saying why. */
  private readonly fittedItems: { text: string; terms: string[] }[][];
  /** The indexed stems by root: "teacher" finds "teaching", "pharmacist" finds "pharmacy". */
  private readonly roots: RootIndex;

  constructor(private readonly kb: KnowledgeBase) {
    this.fittedItems = kb.roles.map((role, r) => {
      const items = [...role.backgrounds, ...role.transferable].map((text) => ({ text, terms: contentTerms(text) }));
      const strength = new Map<string, number>();
      const skillNames = role.skills.flatMap((id) => {
        const s = kb.byId.get(id);
        return s ? [s.title, ...s.aliases] : [];
      });
      for (const t of contentTerms([...skillNames, role.title, role.summary].join(' ; '))) strength.set(t, OTHER);
      for (const item of items) for (const t of item.terms) strength.set(t, FITTED);
      for (const [t, s] of strength) {
        const list = this.postings.get(t);
        if (list) list.push({ role: r, strength: s });
        else this.postings.set(t, [{ role: r, strength: s }]);
      }
      return items;
    });
    this.roots = new RootIndex(this.postings.keys());
  }

  /** Roles sharing the person's words, best first (at most MAX_FITS); roles sharing none are left out. */
  match(personTerms: ReadonlySet<string>, weight: (term: string) => number): BackgroundMatch[] {
    const scores = new Map<number, number>();
    /** Each stem found, at the weight of the person's word that found it. */
    const matched = new Map<string, number>();
    for (const t of personTerms) {
      // A word nearly every document uses ("work", "city") says nothing about the person.
      const w = weight(t);
      if (w < MIN_WORD_WEIGHT) continue;
      // Each of the person's words counts once per role, at its strongest relative there.
      const best = new Map<number, number>();
      for (const stem of this.roots.relatives(t)) {
        matched.set(stem, Math.max(matched.get(stem) ?? 0, w));
        for (const { role, strength } of this.postings.get(stem) ?? [])
          best.set(role, Math.max(best.get(role) ?? 0, strength));
      }
      for (const [role, strength] of best) scores.set(role, (scores.get(role) ?? 0) + strength * w);
    }
    // "army signals" is "military signals" whole: a background named by two of the person's words says
    // more than the two words found in two different backgrounds.
    for (const [role, score] of scores) scores.set(role, score + PHRASE * this.bestPhrase(role, matched));
    return [...scores]
      .filter(([, score]) => score > 0)
      .sort((a, b) => b[1] - a[1] || a[0] - b[0])
      .slice(0, MAX_FITS)
      .map(([r, score]) => {
        const items = this.fittedItems[r]!.filter((item) => item.terms.some((t) => matched.has(t)));
        return {
          role: this.kb.roles[r]!,
          score,
          why: items.map((i) => i.text),
          wholeness: Math.max(0, ...items.map((i) => share(i.terms, matched))),
        };
      });
  }

  /** The weight beyond its first word of the role's background that the most of the person's words name. */
  private bestPhrase(role: number, matched: ReadonlyMap<string, number>): number {
    let best = 0;
    for (const item of this.fittedItems[role]!) {
      const found = [...new Set(item.terms)].map((t) => matched.get(t) ?? 0).filter((w) => w > 0);
      if (found.length < 2) continue;
      best = Math.max(best, found.reduce((a, b) => a + b, 0) - Math.max(...found));
    }
    return best;
  }
}
