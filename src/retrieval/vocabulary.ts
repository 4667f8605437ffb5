import { documentWords, stemTerm, words } from '../text/normalize.js';
import { SpellingIndex, type SpellingIndexState } from '../text/spelling-index.js';
import { STOPWORDS } from '../text/stopwords.js';
import { sameInitial } from '../text/typo-distance.js';
import { typoBudget } from './name-matcher.js';
import { updatedSpelling } from './spelling-update.js';

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
  private readonly documentCount: number;
  private readonly maxIdf: number;
  private readonly resolved = new Map<string, string | undefined>();
  /** Documents using each known word: kept when built or patched, read from the state when loaded. */
  private wordDocs?: Map<string, number>;
  private readonly storedWordDocs?: Int32Array;

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
   * This vocabulary after an edit: the texts of the documents removed or changed are subtracted and
   * those of the new or changed ones added, without reading the others. Frequencies and known words
   * come out as a fresh build's; words first seen in `added` are filed last among the spellings,
   * which can only change which of two equally near spellings a typo resolves to. Undefined when
   * the vocabulary was stored without word counts (then it is built again).
   */
  patched(removed: string[], added: string[], documentCount: number): Vocabulary | undefined {
    const wordDocs =
      this.wordDocs ??
      (this.storedWordDocs &&
        new Map(Array.from(this.storedWordDocs, (n, id) => [this.spelling.wordAt(id), n] as const)));
    if (!wordDocs) return undefined;
    const df = new Map(this.df);
    const surface = new Map(this.surface);
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
        const n = (df.get(stem) ?? 0) - 1;
        if (n > 0) df.set(stem, n);
        else df.delete(stem);
      }
      for (const word of seen) {
        const n = (wordDocs.get(word) ?? 0) - 1;
        if (n > 0) wordDocs.set(word, n);
        else {
          wordDocs.delete(word);
          surface.delete(word);
        }
      }
    }
    for (const text of added) {
      const { stems, seen } = count(text);
      for (const stem of stems) df.set(stem, (df.get(stem) ?? 0) + 1);
      for (const word of seen) {
        wordDocs.set(word, (wordDocs.get(word) ?? 0) + 1);
        surface.set(word, stemTerm(word));
      }
    }
    const previous = this.spelling.toState();
    const keep = Uint8Array.from(previous.words, (w) => (surface.has(w) ? 1 : 0));
    const newWords: string[] = [];
    for (const word of surface.keys()) if (!this.spelling.has(word)) newWords.push(word);
    const { state: spelling } = updatedSpelling(previous, keep, newWords);
    const words = spelling.words;
    const stems = [...df.keys()];
    const stemId = new Map(stems.map((s, i) => [s, i]));
    return Vocabulary.fromState({
      documentCount,
      stems,
      df: Int32Array.from(df.values()),
      spelling,
      surfaceStems: Int32Array.from(words, (w) => stemId.get(surface.get(w)!)!),
      wordDocs: Int32Array.from(words, (w) => wordDocs.get(w)!),
    });
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
    const closest = this.spelling.near(word, budget).find((c) => sameInitial(word, c.word));
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
