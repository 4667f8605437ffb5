import type { KnowledgeDoc } from '../knowledge/knowledge-base.js';
import { NameMatcher, typoBudget, wordsMatch } from '../retrieval/name-matcher.js';
import { nameInEnglish } from '../text/domain-words.js';
import { nameKey } from '../text/normalize.js';
import { typoDistance } from '../text/typo-distance.js';

export type LookupResult<T extends KnowledgeDoc> =
  | { found: true; doc: T }
  /** `closest`: the name is a related but different profession, and the suggestion is its closest role. */
  | { found: false; suggestions: T[]; closest?: boolean };

/** Words that qualify a title without changing the role: "senior cloud architect" is a cloud architect. */
const SENIORITY = new Set([
  'senior',
  'sr',
  'junior',
  'jr',
  'lead',
  'principal',
  'chief',
  'head',
  'staff',
  'associate',
  'assistant',
  'trainee',
  'intern',
  'entry',
  'level',
  'mid',
  'experienced',
  'expert',
  'a',
  'an',
  'the',
  // "head of alliances": the seniority's own preposition.
  'of',
]);

/** How different two spellings may be, relative to the longer, and still be offered as "did you mean". */
const SUGGESTION_DISTANCE = 0.4;

interface NameEntry<T> {
  doc: T;
  key: string;
  words: string[];
}

/**
 * Resolves what a person types as a name ("Urban Mechanics", "sec analyst", "data sci", "senior
 * cloud architect", "analyst cyber security", "custmer makr") to one document: exact id, title or
 * alias (plurals and punctuation folded); then the same with seniority words dropped; then a name
 * whose every word is typed, in any order, whole, misspelt or as its start; then a name mentioned
 * inside the text. Otherwise only genuinely close names are offered as suggestions.
 */
export class EntityLookup<T extends KnowledgeDoc> {
  private readonly names: NameEntry<T>[];
  private readonly matcher: NameMatcher;

  constructor(private readonly docs: T[]) {
    this.names = docs.flatMap((doc) =>
      [doc.id, doc.id.replace(/-/g, ' '), doc.title, ...doc.aliases].map((n) => {
        const key = nameKey(n);
        return { doc, key, words: key.split(' ') };
      }),
    );
    this.matcher = new NameMatcher(docs);
  }

  /** A name typed in another language is looked up again in English when it finds nothing as typed. */
  resolve(query: string): LookupResult<T> {
    const asTyped = this.resolveAsTyped(query);
    if (asTyped.found) return asTyped;
    const english = nameInEnglish(query);
    if (!english) return asTyped;
    const translated = this.resolveAsTyped(english);
    return translated.found || translated.suggestions.length > 0 ? translated : asTyped;
  }

  private resolveAsTyped(query: string): LookupResult<T> {
    const key = nameKey(query);
    if (!key) return { found: false, suggestions: [] };
    const typed = key.split(' ');
    const core = typed.filter((w) => !SENIORITY.has(w));
    for (const words of [typed, core]) {
      const exact = this.names.find((n) => n.key === words.join(' '));
      if (exact) return { found: true, doc: exact.doc };
    }
    const unordered = this.unordered(core);
    if (unordered) return { found: true, doc: unordered };

    const closest = this.closest(core.join(' '));
    const best = closest[0];
    if (best && best.edits <= typoBudget(best.key.length)) return { found: true, doc: best.doc };

    // One typed word that only one document's names contain: "triber", "anthropologist".
    if (core.length === 1) {
      const containing = new Set(this.names.filter((n) => n.words.includes(core[0]!)).map((n) => n.doc));
      if (containing.size === 1) return { found: true, doc: [...containing][0]! };
    }
    const mentioned = this.matcher.find(query)[0];
    const mentionedDoc = mentioned && this.docs.find((d) => d.id === mentioned.docId)!;
    // A related but different profession is not this role: offer it, never present it as the match.
    if (mentioned?.similar) return { found: false, suggestions: [mentionedDoc!], closest: true };
    if (mentionedDoc) return { found: true, doc: mentionedDoc };

    const suggestions: T[] = [];
    for (const c of closest) {
      const close = c.edits / Math.max(c.key.length, core.join(' ').length) <= SUGGESTION_DISTANCE || c.shared > 0;
      if (close && !suggestions.includes(c.doc) && suggestions.length < 3) suggestions.push(c.doc);
    }
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
      return 3 + typoDistance(key, n.key.slice(0, key.length + 2)) / Math.max(key.length, 1);
    };
    const ranked = this.names.map((n) => ({ doc: n.doc, rank: rank(n) })).sort((a, b) => a.rank - b.rank);
    const out: T[] = [];
    for (const r of ranked) if (!out.includes(r.doc) && out.length < limit) out.push(r.doc);
    return out;
  }

  /**
   * The one document with a multi-word name whose words the typed words cover in some order, each
   * word matched at most once; the cheapest match wins, and a tie between documents is no answer.
   */
  private unordered(typed: string[]): T | undefined {
    if (typed.length < 2) return undefined;
    let best: { doc: T; cost: number } | undefined;
    let tie = false;
    for (const n of this.names) {
      // The typed words may be the start of a longer name: "neuro implant" for "neuro implant technician".
      if (n.words.length < typed.length) continue;
      const cost = bestAssignment(typed, n.words.slice(0, typed.length), n.words.length - typed.length);
      if (cost === undefined) continue;
      if (!best || cost < best.cost) [best, tie] = [{ doc: n.doc, cost }, false];
      else if (cost === best.cost && best.doc !== n.doc) tie = true;
    }
    return best && !tie ? best.doc : undefined;
  }

  /** Names by similarity to `key`: edit distance relative to length, with shared words as a tiebreak. */
  private closest(key: string): { doc: T; key: string; edits: number; shared: number }[] {
    const words = new Set(key.split(' '));
    return this.names
      .map((n) => {
        const edits = typoDistance(key, n.key);
        const shared = n.words.filter((w) => words.has(w) && !SENIORITY.has(w)).length;
        return { ...n, edits, shared, rank: edits / Math.max(key.length, n.key.length) - shared * 0.2 };
      })
      .sort((a, b) => a.rank - b.rank);
  }
}

/**
 * The cheapest way to pair each typed word with a distinct word of the name's start (few words: try
 * every order); each name word left untyped costs one.
 */
function bestAssignment(typed: string[], name: string[], missing: number): number | undefined {
  let best: number | undefined;
  const permute = (rest: string[], chosen: string[]) => {
    if (rest.length === 0) {
      const matched = wordsMatch(chosen, name);
      const cost = matched === undefined ? undefined : matched + missing;
      if (cost !== undefined && (best === undefined || cost < best)) best = cost;
      return;
    }
    for (const [i, w] of rest.entries()) permute([...rest.slice(0, i), ...rest.slice(i + 1)], [...chosen, w]);
  };
  if (typed.length <= 4) permute(typed, []);
  return best;
}
