import { documentWords, stemTerm, words } from '../text/normalize.js';
import { SpellingIndex, type SpellingIndexState } from '../text/spelling-index.js';
import { STOPWORDS } from '../text/stopwords.js';
import { sameInitial } from '../text/typo-distance.js';
import { WordIds, type WordIdsState } from '../text/word-ids.js';
import { typoBudget } from './name-matcher.js';

/** A verb done again, "re" and six letters or more of a word: "restore" is no storing, nor "reserve" serving. */
const REDONE = /^re-?([a-z]{6,})$/;

export interface TermCoverage {
  /** Share of the question's information (IDF mass) the knowledge base knows, 0..1. */
  coverage: number;
  known: string[];
  unknown: string[];
}

/** A vocabulary as stored in the index cache. */
export interface VocabularyState {
  documentCount: number;
  stems: WordIdsState;
  /** Document frequency of each stem, by stem id. */
  df: Int32Array;
  /** The known words (in the spelling index's order) and, for each, its stem's id. */
  spelling: SpellingIndexState;
  surfaceStems: Int32Array;
  /** For each known word, how many documents use it: what an edit subtracts, so a word no document uses is forgotten. */
  wordDocs: Int32Array;
}

/** Resolved words kept in memory; the map starts over when full. */
const MAX_REMEMBERED = 20_000;

const contentWords = (text: string) => words(text).filter((w) => !STOPWORDS.has(w));
const documentContentWords = (text: string) => documentWords(text).filter((w) => !STOPWORDS.has(w));

/**
 * The knowledge base's vocabulary with document frequencies: what the bot can talk about.
 * Words are matched by stem ("printers" ~ "print"), then by spelling with a typo budget ("custmer").
 */
export class Vocabulary {
  private readonly stems: WordIds;
  private readonly df: Int32Array;
  private readonly spelling: SpellingIndex;
  private readonly surfaceStems: Int32Array;
  private readonly wordDocs: Int32Array;
  private documentCount: number;
  private maxIdf: number;
  private readonly resolved = new Map<string, string | undefined>();
  /**
   * What `applyChanges` changed: frequencies, words' stems (undefined: forgotten), word counts, and
   * the words first used by added texts, spelled apart (filing them with the others would sort every
   * word's keys again).
   */
  private changes?: {
    df: Map<string, number>;
    surface: Map<string, string | undefined>;
    wordDocs: Map<string, number>;
    spelling: SpellingIndex;
  };

  /**
   * `documents`: the knowledge's texts, one per document; `state`: a vocabulary stored by `toState`
   * instead, read as typed arrays with no per-word work.
   */
  constructor(documents: string[], state?: VocabularyState) {
    if (state) {
      this.stems = new WordIds(state.stems);
      this.spelling = SpellingIndex.fromState(state.spelling);
      this.df = state.df;
      this.surfaceStems = state.surfaceStems;
      this.wordDocs = state.wordDocs;
      this.documentCount = state.documentCount;
    } else {
      const df = new Map<string, number>();
      const surface = new Map<string, string>();
      const wordDocs = new Map<string, number>();
      this.spelling = new SpellingIndex();
      for (const text of documents) {
        const stems = new Set<string>();
        const seen = new Set<string>();
        for (const word of documentContentWords(text)) {
          const stem = stemTerm(word);
          stems.add(stem);
          seen.add(word);
          surface.set(word, stem);
          this.spelling.add(word);
        }
        for (const stem of stems) df.set(stem, (df.get(stem) ?? 0) + 1);
        for (const word of seen) wordDocs.set(word, (wordDocs.get(word) ?? 0) + 1);
      }
      this.stems = new WordIds();
      for (const stem of df.keys()) this.stems.add(stem);
      this.df = Int32Array.from(df.values());
      const known = Array.from({ length: this.spelling.size }, (_, id) => this.spelling.wordAt(id));
      this.surfaceStems = Int32Array.from(known, (w) => this.stems.idOf(surface.get(w)!)!);
      this.wordDocs = Int32Array.from(known, (w) => wordDocs.get(w)!);
      this.documentCount = documents.length;
    }
    this.maxIdf = this.idfOf(0);
  }

  static fromState(state: VocabularyState): Vocabulary {
    return new Vocabulary([], state);
  }

  /** The vocabulary for the index cache: stems with their document frequencies, and each known word's stem and count. */
  toState(): VocabularyState {
    if (this.changes) throw new Error('Vocabulary: a vocabulary with changes is not stored; its earlier version is');
    return {
      documentCount: this.documentCount,
      stems: this.stems.toState(),
      df: this.df,
      spelling: this.spelling.toState(),
      surfaceStems: this.surfaceStems,
      wordDocs: this.wordDocs,
    };
  }

  /**
   * Brings this vocabulary up to date after an edit, in place: the texts of the documents removed or
   * changed are subtracted and those of the new or changed ones added, without reading the others.
   * Frequencies and known words come out as a fresh build's; a typo equally near an old word and a
   * word first used by an added text resolves to the old one.
   */
  applyChanges(removed: string[], added: string[], documentCount: number): void {
    this.changes ??= { df: new Map(), surface: new Map(), wordDocs: new Map(), spelling: new SpellingIndex() };
    const changes = this.changes;
    const count = (text: string) => {
      const stems = new Set<string>();
      const seen = new Set<string>();
      for (const word of documentContentWords(text)) {
        seen.add(word);
        stems.add(stemTerm(word));
      }
      return { stems, seen };
    };
    for (const text of removed) {
      const { stems, seen } = count(text);
      for (const stem of stems) changes.df.set(stem, Math.max(0, this.frequency(stem) - 1));
      for (const word of seen) {
        const n = Math.max(0, this.documentsUsing(word) - 1);
        changes.wordDocs.set(word, n);
        if (n === 0) changes.surface.set(word, undefined);
      }
    }
    for (const text of added) {
      const { stems, seen } = count(text);
      for (const stem of stems) changes.df.set(stem, this.frequency(stem) + 1);
      for (const word of seen) {
        changes.wordDocs.set(word, this.documentsUsing(word) + 1);
        if (this.stemOf(word) !== undefined) continue;
        changes.surface.set(word, stemTerm(word));
        if (!this.spelling.has(word)) changes.spelling.add(word);
      }
    }
    this.documentCount = documentCount;
    this.maxIdf = this.idfOf(0);
    this.resolved.clear();
  }

  /** How many documents use a stem (0 when none). */
  private frequency(stem: string): number {
    const changed = this.changes?.df.get(stem);
    if (changed !== undefined) return changed;
    const id = this.stems.idOf(stem);
    return id === undefined ? 0 : this.df[id]!;
  }

  /** A known word's stem; undefined when no document uses the word. */
  private stemOf(word: string): string | undefined {
    if (this.changes?.surface.has(word)) return this.changes.surface.get(word);
    const id = this.spelling.idOf(word);
    return id === undefined ? undefined : this.stems.wordAt(this.surfaceStems[id]!);
  }

  /** How many documents use a known word. */
  private documentsUsing(word: string): number {
    const changed = this.changes?.wordDocs.get(word);
    if (changed !== undefined) return changed;
    const id = this.spelling.idOf(word);
    return id === undefined ? 0 : this.wordDocs[id]!;
  }

  private idfOf(df: number): number {
    return Math.log((this.documentCount + 1) / (df + 0.5));
  }

  /** How informative a stem is: inverse document frequency, highest for stems the knowledge lacks. */
  weight(stem: string): number {
    const df = this.frequency(stem);
    return df === 0 ? this.maxIdf : this.idfOf(df);
  }

  /** Whether the knowledge uses this very word (not a misspelling of one). */
  has(word: string): boolean {
    return this.stemOf(word) !== undefined;
  }

  /** Whether the knowledge uses some form of this word ("bartending" for "bartender"). */
  hasFormOf(word: string): boolean {
    return this.frequency(stemTerm(word)) > 0;
  }

  /** The known stem a (possibly misspelled) word stands for, if any; remembered, as questions repeat words. */
  resolveWord(word: string): string | undefined {
    if (this.resolved.has(word)) return this.resolved.get(word);
    if (this.resolved.size >= MAX_REMEMBERED) this.resolved.clear();
    const stem = this.lookUp(word);
    this.resolved.set(word, stem);
    return stem;
  }

  private lookUp(word: string): string | undefined {
    const stem = stemTerm(word);
    if (this.frequency(stem) > 0) return stem;
    // "recalibrates", "reinstalled", "reprogramming": doing again is doing, when the knowledge has the verb.
    const again = REDONE.exec(word)?.[1];
    if (again && this.hasFormOf(again)) return stemTerm(again);
    const budget = typoBudget(word.length);
    if (budget === 0) return undefined;
    let near = this.spelling.near(word, budget);
    if (this.changes) {
      // Words no document uses any more stay in the spelling index; new ones are spelled apart.
      near = [...near, ...this.changes.spelling.near(word, budget)]
        .filter((c) => this.has(c.word))
        .sort((a, b) => a.edits - b.edits);
    }
    const closest = near.find((c) => sameInitial(word, c.word));
    return closest && this.stemOf(closest.word);
  }

  /** Stems of the question's content words, typos resolved to the knowledge's own words. */
  questionStems(question: string): string[] {
    return contentWords(question).map((w) => this.resolveWord(w) ?? stemTerm(w));
  }

  /** How much of the question's content the knowledge covers, weighting rare words above common ones. */
  coverage(question: string, alreadyKnown: ReadonlySet<string> = new Set()): TermCoverage {
    const known: string[] = [];
    const unknown: string[] = [];
    let knownMass = 0;
    let totalMass = 0;
    for (const word of new Set(contentWords(question))) {
      const stem = this.resolveWord(word) ?? (alreadyKnown.has(word) ? stemTerm(word) : undefined);
      if (stem) {
        knownMass += this.weight(stem);
        totalMass += this.weight(stem);
        known.push(word);
      } else {
        totalMass += this.maxIdf;
        unknown.push(word);
      }
    }
    return { coverage: totalMass > 0 ? knownMass / totalMass : 0, known, unknown };
  }
}
