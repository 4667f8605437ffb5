import type { KnowledgeBase, KnowledgeDoc } from '../knowledge/knowledge-base.js';
import { nameKey, words } from '../text/normalize.js';
import { soundCodes, soundsAlike } from '../text/sounds-alike.js';
import { SpellingIndex, type SpellingIndexState } from '../text/spelling-index.js';
import { STOPWORDS } from '../text/stopwords.js';
import { sameInitial, typoDistance } from '../text/typo-distance.js';

export interface NameMatch {
  docId: string;
  /** The title or alias that matched, as written in the knowledge file. */
  name: string;
  exact: boolean;
  /** A related but different profession ("customer success manager" for the Customer Maker), not the role's name. */
  similar: boolean;
  /** Token span [start, end) of the match in the normalized query. */
  start: number;
  end: number;
  /** Higher is a stronger match: longer names, exact beats fuzzy. */
  score: number;
}

interface NameEntry {
  docId: string;
  name: string;
  similar: boolean;
  key: string;
  words: string[];
  tokens: number;
}

/** A name matcher as stored in the index cache: its names, column by column, and its first words. */
export interface NameMatcherState {
  docIds: string[];
  names: string[];
  keys: string[];
  similar: Uint8Array;
  firstWords: SpellingIndexState;
}

/** Shortest typed word that may stand for a longer one: "sci", "dev", "sec", "dir". */
const MIN_PREFIX = 3;
/** Shortest word looked up by its sounds: shorter ones share their few sounds with too many words. */
const MIN_SOUNDED = 5;
/** Typed words that start every word of a name stand for it with none whole: "robot tech", "virt real". */
const MIN_LONG_START = 4;
/** Misspellings of a name's first word that are looked up; the whole name is then checked by wordsMatch. */
const FIRST_WORD_EDITS = 2;
/**
 * Names a misspelt or shortened first word may stand for, at most: a word that begins thousands
 * of names (a catalogue whose ids all start "gen-") says nothing of which one "get" would be, and
 * trying them all would cost a question milliseconds.
 */
const MAX_NAMES_PER_GUESS = 64;

/**
 * How far typed words are from a name's words, or undefined when they do not match. Either the
 * whole spelling is within the typo budget (each word still starting with its own letter, words of
 * three letters or fewer exact: "as architect" is not "aws architect"), or, for names of two or more
 * words, each typed word is the name's word, a typo of it, its start ("data sci", "alliance
 * dir") or a contraction ("network engr"), with at least one word whole, or each the start of
 * its word and at least MIN_LONG_START letters long ("robot tech"). A prefix or contraction costs
 * one edit.
 */
/**
 * A typed word that differs from a name's word only in a final "s" for another letter is another word,
 * a plural or an inflection (Serbian "radiš" for "radio"), not a typo of it.
 */
const pluralOfAnother = (typed: string, name: string): boolean =>
  typed.length === name.length &&
  typed.endsWith('s') &&
  !name.endsWith('s') &&
  typed.slice(0, -1) === name.slice(0, -1);

/**
 * A name's word that is the typed word with "r" or "er" added names whoever works with the typed
 * thing, so the typed word is the thing itself ("tribes", folded to "tribe", for "triber"), not a typo.
 */
const agentNounOf = (typed: string, name: string): boolean => name === `${typed}r` || name === `${typed}er`;

const anotherWord = (typed: string, name: string): boolean => pluralOfAnother(typed, name) || agentNounOf(typed, name);

/** Shortest one-word name matched by its sounds alone. */
const MIN_SOUNDED_NAME = 6;

export function wordsMatch(typed: string[], name: string[]): number | undefined {
  const typedKey = typed.join(' ');
  const nameKey = name.join(' ');
  if (typedKey === nameKey) return 0;
  const sameShape = typed.every(
    (w, i) =>
      sameInitial(w, name[i]!) &&
      (w.length > 3 || name[i]!.length > 3 ? true : w === name[i]) &&
      !anotherWord(w, name[i]!),
  );
  if (sameShape && Math.abs(typedKey.length - nameKey.length) <= typoBudget(nameKey.length)) {
    const edits = typoDistance(typedKey, nameKey);
    if (edits <= typoBudget(nameKey.length)) return edits;
  }
  // A one-word name spelled by ear, or written back from another alphabet ("traibar" from "трайбър"): the same
  // sounds, in a word long enough for sounds to tell words apart.
  if (name.length < 2) {
    const [t, n] = [typed[0]!, name[0]!];
    return n.length >= MIN_SOUNDED_NAME && soundsAlike(t, n) === 0 && !anotherWord(t, n)
      ? typoDistance(t, n)
      : undefined;
  }
  let cost = 0;
  let whole = 0;
  let longStarts = 0;
  for (let i = 0; i < name.length; i++) {
    const t = typed[i]!;
    const n = name[i]!;
    if (t === n) whole += 1;
    else if (t.length >= MIN_PREFIX && (n.startsWith(t) || isContraction(t, n))) {
      cost += 1;
      if (t.length >= MIN_LONG_START && n.startsWith(t)) longStarts += 1;
    } else if (
      sameInitial(t, n) &&
      !anotherWord(t, n) &&
      Math.abs(t.length - n.length) <= typoBudget(n.length) &&
      typoDistance(t, n) <= typoBudget(n.length)
    )
      cost += typoDistance(t, n);
    else {
      // Spelled by ear ("clowd arkitect"): a word that sounds the same counts as whole.
      const apart = soundsAlike(t, n);
      if (apart === undefined) return undefined;
      cost += typoDistance(t, n);
      if (apart === 0) whole += 1;
    }
  }
  return whole > 0 || longStarts === name.length ? cost : undefined;
}

/**
 * A word written without its vowels or middle, as in "engr", "mgr", "dept": the same first and
 * last letter, and the typed letters in order within the word.
 */
function isContraction(typed: string, word: string): boolean {
  if (typed[0] !== word[0] || typed.at(-1) !== word.at(-1) || typed.length >= word.length) return false;
  let j = 0;
  for (const ch of word) if (ch === typed[j]) j += 1;
  return j === typed.length;
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
  /** Names by their first word, and the first words by spelling: a question only tries names it could match. */
  private readonly byFirstWord = new Map<string, NameEntry[]>();
  private firstWords = new SpellingIndex();
  /**
   * First words of names by how they sound: "costumer" for "customer" is two letters changed, which
   * the spelling index does not find, but the same sounds.
   */
  private readonly firstWordsBySound = new Map<string, Set<string>>();
  /** First words of names filed by `applyChanges` that `firstWords` lacks. */
  private addedFirstWords?: SpellingIndex;

  constructor(docs: KnowledgeDoc[]) {
    this.entries = [];
    for (const doc of docs) this.fileDocument(doc, this.firstWords);
  }

  /** Files a document's title, id, aliases and similar titles, each once, spelling first words into `spelling`. */
  private fileDocument(doc: KnowledgeDoc, spelling: SpellingIndex): void {
    const seen = new Set<string>();
    const similar = doc.type === 'role' ? doc.similar : [];
    for (const name of [doc.title, doc.id.replace(/-/g, ' '), ...doc.aliases, ...similar]) {
      const key = nameKey(name);
      if (!key || seen.has(key)) continue;
      seen.add(key);
      this.file({ docId: doc.id, name, similar: similar.includes(name), key });
      const first = key.split(' ')[0]!;
      if (!this.firstWords.has(first)) spelling.add(first);
    }
  }

  /**
   * Brings the matcher up to date after an edit, in place: the names of removed or changed documents
   * are dropped and those of `added` filed. First words new to it are spelled apart (filing them
   * with the others would sort every word's keys again); names it drops leave their first word
   * spelled, which finds no name.
   */
  applyChanges(removedDocs: ReadonlySet<string>, added: KnowledgeDoc[]): void {
    const gone = this.entries.filter((e) => removedDocs.has(e.docId));
    if (gone.length > 0) {
      const kept = this.entries.filter((e) => !removedDocs.has(e.docId));
      this.entries.length = 0;
      this.entries.push(...kept);
      for (const e of gone) {
        const first = e.words[0]!;
        const named = this.byFirstWord.get(first)?.filter((other) => !removedDocs.has(other.docId));
        if (named?.length) this.byFirstWord.set(first, named);
        else this.byFirstWord.delete(first);
        this.oneWordDocs.get(e.key)?.delete(e.docId);
      }
    }
    if (added.length === 0) return;
    this.addedFirstWords ??= new SpellingIndex();
    for (const doc of added) this.fileDocument(doc, this.addedFirstWords);
  }

  /** Adds a name to the lookups by document and first word. */
  private file(named: { docId: string; name: string; similar: boolean; key: string }): void {
    const words = named.key.split(' ');
    const entry: NameEntry = {
      docId: named.docId,
      name: named.name,
      similar: named.similar,
      key: named.key,
      words,
      tokens: words.length,
    };
    this.entries.push(entry);
    if (words.length === 1)
      this.oneWordDocs.set(entry.key, (this.oneWordDocs.get(entry.key) ?? new Set()).add(entry.docId));
    const first = words[0]!;
    const sameFirst = this.byFirstWord.get(first);
    if (sameFirst) sameFirst.push(entry);
    else {
      this.byFirstWord.set(first, [entry]);
      // Sounded once per first word, not per name: a large catalogue shares its first words widely.
      if (first.length >= MIN_SOUNDED)
        for (const code of soundCodes(first))
          this.firstWordsBySound.set(code, (this.firstWordsBySound.get(code) ?? new Set()).add(first));
    }
  }

  static forKnowledge(kb: KnowledgeBase): NameMatcher {
    return new NameMatcher(kb.docs);
  }

  toState(): NameMatcherState {
    if (this.addedFirstWords)
      throw new Error('NameMatcher: a matcher with changes is not stored; its earlier version is');
    return {
      docIds: this.entries.map((e) => e.docId),
      names: this.entries.map((e) => e.name),
      keys: this.entries.map((e) => e.key),
      similar: Uint8Array.from(this.entries, (e) => (e.similar ? 1 : 0)),
      firstWords: this.firstWords.toState(),
    };
  }

  /** A matcher stored by `toState`: its names are filed again, its spelling index is read as it is. */
  static fromState(state: NameMatcherState): NameMatcher {
    const matcher = new NameMatcher([]);
    // The first words' spelling index is read whole below; filing only fills the lookups.
    state.keys.forEach((key, i) => {
      matcher.file({ docId: state.docIds[i]!, name: state.names[i]!, similar: state.similar[i] === 1, key });
    });
    matcher.firstWords = SpellingIndex.fromState(state.firstWords);
    return matcher;
  }

  /**
   * Names whose first word the typed word may be: itself, a misspelling of it, or its start. Every
   * way wordsMatch accepts keeps the first letter (or one vowel for another), so the rest are never
   * tried, and the work grows with the question, not with the number of names.
   */
  private candidates(typed: string): NameEntry[] {
    const guesses: string[] = [];
    // A word of question scaffolding is spelled as meant: "people coming from logistics" says nothing of coding.
    if (STOPWORDS.has(typed)) return [...(this.byFirstWord.get(typed) ?? [])];
    for (const spelling of this.addedFirstWords ? [this.firstWords, this.addedFirstWords] : [this.firstWords]) {
      for (const near of spelling.near(typed, FIRST_WORD_EDITS))
        if (sameInitial(typed, near.word)) guesses.push(near.word);
      if (typed.length >= MIN_PREFIX) guesses.push(...spelling.startingWith(typed));
    }
    if (typed.length >= MIN_SOUNDED)
      for (const code of soundCodes(typed))
        for (const w of this.firstWordsBySound.get(code) ?? []) if (sameInitial(typed, w)) guesses.push(w);
    const out = [...(this.byFirstWord.get(typed) ?? [])];
    for (const w of new Set(guesses)) {
      const named = w === typed ? undefined : this.byFirstWord.get(w);
      if (named && named.length <= MAX_NAMES_PER_GUESS) out.push(...named);
    }
    return out;
  }

  /** Matches in `text`, strongest first; a match inside a longer one (the skill in a role's title) is dropped. */
  find(text: string): NameMatch[] {
    const tokens = nameKey(text).split(' ').filter(Boolean);
    const all: NameMatch[] = [];
    for (let start = 0; start < tokens.length; start++) {
      for (const entry of this.candidates(tokens[start]!)) {
        if (start + entry.tokens > tokens.length) continue;
        // A one-word name shared by two documents ("germany") names neither. A word inside a longer
        // name does not count: "robotics" alone is the skill, "robotics specialist" the role.
        if (entry.tokens === 1 && (this.oneWordDocs.get(entry.key)?.size ?? 0) > 1) continue;
        const edits = wordsMatch(tokens.slice(start, start + entry.tokens), entry.words);
        if (edits === undefined) continue;
        all.push({
          docId: entry.docId,
          name: entry.name,
          exact: edits === 0,
          similar: entry.similar,
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
