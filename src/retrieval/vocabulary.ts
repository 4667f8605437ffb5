import { documentWords, stemTerm, words } from '../text/normalize.js';
import { SpellingIndex, type SpellingIndexState } from '../text/spelling-index.js';
import { STOPWORDS } from '../text/stopwords.js';
import { sameInitial } from '../text/typo-distance.js';
import { typoBudget } from './name-matcher.js';

export interface TermCoverage {
  /** Share of the question's information (IDF mass) the knowledge base knows, 0..1. */
  coverage: number;
  known: string[];
  unknown: string[];
}

/** A vocabulary as stored in the index cache. */
export interface VocabularyState {
  documentCount: number;
  stems: string[];
  /** Document frequency of each stem. */
  df: Int32Array;
  /** The known words (in the spelling index's order) and, for each, its stem's position in `stems`. */
  spelling: SpellingIndexState;
  surfaceStems: Int32Array;
  /**
   * For each known word, how many documents use it: what an edit subtracts, so a word the knowledge
   * no longer uses is forgotten. Absent in caches written before incremental indexing.
   */
  wordDocs?: Int32Array;
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
  private readonly df = new Map<string, number>();
  /** Each known word's stem. */
  private readonly surface = new Map<string, string>();
  private readonly spelling = new SpellingIndex();
  private documentCount: number;
  private maxIdf: number;
  private readonly resolved = new Map<string, string | undefined>();
  /** Documents using each known word: kept when built or patched, read from the state when loaded. */
  private wordDocs?: Map<string, number>;
  private readonly storedWordDocs?: Int32Array;
  /** After `applyChanges`: the word counts it changed, and the words first used by added texts. */
  private changedWordDocs?: Map<string, number>;
  private addedSpelling?: SpellingIndex;

  /** `documents`: the knowledge's texts, one per document; `state`: a vocabulary stored by `toState` instead. */
  constructor(documents: string[], state?: VocabularyState) {
    if (state) {
      this.documentCount = state.documentCount;
      this.spelling = SpellingIndex.fromState(state.spelling);
      state.stems.forEach((stem, i) => {
        this.df.set(stem, state.df[i]!);
      });
      state.surfaceStems.forEach((s, id) => {
        this.surface.set(this.spelling.wordAt(id), state.stems[s]!);
      });
      this.storedWordDocs = state.wordDocs;
    } else {
      this.documentCount = documents.length;
      this.wordDocs = new Map();
      for (const text of documents) {
        const stems = new Set<string>();
        const seen = new Set<string>();
        for (const word of documentContentWords(text)) {
          const stem = stemTerm(word);
          stems.add(stem);
          seen.add(word);
          this.surface.set(word, stem);
          this.spelling.add(word);
        }
        for (const stem of stems) this.df.set(stem, (this.df.get(stem) ?? 0) + 1);
        for (const word of seen) this.wordDocs.set(word, (this.wordDocs.get(word) ?? 0) + 1);
      }
    }
    this.maxIdf = this.idfOf(0);
  }

  static fromState(state: VocabularyState): Vocabulary {
    return new Vocabulary([], state);
  }

  /** The vocabulary for the index cache: stems with their document frequencies, and each known word's stem. */
  toState(): VocabularyState {
    if (this.changedWordDocs)
      throw new Error('Vocabulary: a vocabulary with changes is not stored; its earlier version is');
    const stems = [...this.df.keys()];
    const stemId = new Map(stems.map((s, i) => [s, i]));
    const spelling = this.spelling.toState();
    const wordDocs = this.wordDocs
      ? Int32Array.from(spelling.words, (w) => this.wordDocs!.get(w)!)
      : this.storedWordDocs;
    return {
      documentCount: this.documentCount,
      stems,
      df: Int32Array.from(this.df.values()),
      spelling,
      surfaceStems: Int32Array.from(spelling.words, (w) => stemId.get(this.surface.get(w)!)!),
      ...(wordDocs ? { wordDocs } : {}),
    };
  }

  /**
   * Brings this vocabulary up to date after an edit, in place: the texts of the documents removed or
   * changed are subtracted and those of the new or changed ones added, without reading the others.
   * Frequencies and known words come out as a fresh build's; words first used by an added text are
   * spelled apart (filing them with the others would sort every word's keys again), so a typo
   * equally near an old word and a new one resolves to the old. False, and nothing changed, when the
   * vocabulary was stored without word counts.
   */
  applyChanges(removed: string[], added: string[], documentCount: number): boolean {
    if (!this.wordDocs && !this.storedWordDocs) return false;
    this.changedWordDocs ??= new Map();
    const changed = this.changedWordDocs;
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
      for (const stem of stems) {
        const n = (this.df.get(stem) ?? 0) - 1;
        if (n > 0) this.df.set(stem, n);
        else this.df.delete(stem);
      }
      for (const word of seen) {
        const n = Math.max(0, this.documentsUsing(word) - 1);
        changed.set(word, n);
        if (n === 0) this.surface.delete(word);
      }
    }
    for (const text of added) {
      const { stems, seen } = count(text);
      for (const stem of stems) this.df.set(stem, (this.df.get(stem) ?? 0) + 1);
      for (const word of seen) {
        changed.set(word, this.documentsUsing(word) + 1);
        if (this.surface.has(word)) continue;
        this.surface.set(word, stemTerm(word));
        if (this.spelling.has(word)) continue;
        this.addedSpelling ??= new SpellingIndex();
        this.addedSpelling.add(word);
      }
    }
    this.documentCount = documentCount;
    this.maxIdf = this.idfOf(0);
    this.resolved.clear();
    return true;
  }

  /** How many documents use a known word. */
  private documentsUsing(word: string): number {
    const changed = this.changedWordDocs?.get(word);
    if (changed !== undefined) return changed;
    if (this.wordDocs) return this.wordDocs.get(word) ?? 0;
    const id = this.spelling.idOf(word);
    return id === undefined ? 0 : (this.storedWordDocs?.[id] ?? 0);
  }

  private idfOf(df: number): number {
    return Math.log((this.documentCount + 1) / (df + 0.5));
  }

  /** How informative a stem is: inverse document frequency, highest for stems the knowledge lacks. */
  weight(stem: string): number {
    const df = this.df.get(stem);
    return df === undefined ? this.maxIdf : this.idfOf(df);
  }

  /** Whether the knowledge uses this very word (not a misspelling of one). */
  has(word: string): boolean {
    return this.surface.has(word);
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
    if (this.df.has(stem)) return stem;
    const budget = typoBudget(word.length);
    if (budget === 0) return undefined;
    let near = this.spelling.near(word, budget);
    if (this.changedWordDocs) {
      // Words no document uses any more stay in the spelling index; new ones are spelled apart.
      near = [...near, ...(this.addedSpelling?.near(word, budget) ?? [])]
        .filter((c) => this.surface.has(c.word))
        .sort((a, b) => a.edits - b.edits);
    }
    const closest = near.find((c) => sameInitial(word, c.word));
    return closest && this.surface.get(closest.word);
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
