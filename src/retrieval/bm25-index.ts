import { MAX_PREFIXED, SpellingIndex, type SpellingIndexState } from '../text/spelling-index.js';

export interface Bm25Hit {
  /** Position of the document in the order it was added. */
  doc: number;
  score: number;
}

export interface Bm25Field {
  name: string;
  boost: number;
}

/** BM25+ parameters (Lv & Zhai), the values MiniSearch used here before: k1, b and the lower bound d. */
const K1 = 1.2;
const B = 0.7;
const D = 0.5;
/** Weights of a near spelling and of a longer word a typed word starts, as fractions of an exact match. */
const FUZZY_WEIGHT = 0.45;
const PREFIX_WEIGHT = 0.375;
/**
 * Postings one search reads at most before it bounds its work (see `bounded`): far above what a
 * question reads in today's knowledge (a few thousand), so that is searched exactly; at 100,000
 * passages a question of common words would otherwise read millions.
 */
export const MAX_POSTINGS = 80_000;
/** Hits returned: more than any ranking here looks at, few enough that a common word costs little. */
const MAX_HITS = 200;

/**
 * One field's postings for every term, by term id (the term's position in the spelling index):
 * term t's documents and how often it occurs in each are at offsets[t] .. offsets[t + 1].
 */
interface FieldPostings {
  offsets: Int32Array;
  docs: Int32Array;
  counts: Uint16Array;
}

/** A sealed index as stored in the index cache; the options (tokenizers) come from the code. */
export interface Bm25State {
  count: number;
  avgLength: number[];
  fieldLengths: Uint16Array[];
  spelling: SpellingIndexState;
  postings: FieldPostings[];
}

/** One field's postings of one indexed term in one part, as a search reads them. */
interface PostingList {
  part: Part;
  field: number;
  start: number;
  end: number;
  /** Query weight × field boost × IDF: what a posting's BM25 part is multiplied by. */
  scale: number;
  /** Which of the question's terms this list stands for (an expansion shares its term's number). */
  termNo: number;
}

/**
 * Documents indexed together: a whole sealed index, or (see `withChanges`) the sealed index of an
 * earlier version with some documents removed, or the documents added since. Each has its own
 * terms and postings and its own scratch space for scoring a search.
 */
class Part {
  scores: Float64Array;
  /** Per document: how many of the query's terms matched it, and the last term that did. */
  matched: Uint16Array;
  lastTerm: Int32Array;
  /** The documents the current search has scored (the first `found`), so that resetting costs only those. */
  touched: Int32Array;
  found = 0;

  constructor(
    readonly postings: FieldPostings[],
    readonly fieldLengths: Uint16Array[],
    readonly spelling: SpellingIndex,
    /** Documents of the part, removed ones included. */
    readonly size: number,
    /** What a hit on the part's document 0 is numbered: the part's documents come after the earlier parts'. */
    readonly firstDoc: number,
    /** Documents removed since the part was sealed: never scored, and not counted in the statistics. */
    readonly removed?: { docs: Uint8Array; postingsByField: Int32Array[] },
  ) {
    this.scores = new Float64Array(size);
    this.matched = new Uint16Array(size);
    this.lastTerm = new Int32Array(size).fill(-1);
    this.touched = new Int32Array(size);
  }

  /** Postings of a term in a field, live documents only (how many of them use the term). */
  liveCount(field: number, term: number): number {
    const { offsets } = this.postings[field]!;
    const removed = this.removed ? this.removed.postingsByField[field]![term]! : 0;
    return offsets[term + 1]! - offsets[term]! - removed;
  }

  /** Whether a live document uses the word (the spelling index keeps the words of removed ones). */
  uses(word: string): boolean {
    const id = this.spelling.idOf(word);
    if (id === undefined) return false;
    for (let f = 0; f < this.postings.length; f++) if (this.liveCount(f, id) > 0) return true;
    return false;
  }

  reset(): void {
    for (let i = 0; i < this.found; i++) {
      const doc = this.touched[i]!;
      this.scores[doc] = 0;
      this.matched[doc] = 0;
      this.lastTerm[doc] = -1;
    }
    this.found = 0;
  }
}

/** Entries of OpenPostings' first block and of its largest: blocks double up to that. */
const FIRST_BLOCK = 1 << 12;
const LARGEST_BLOCK = 1 << 20;

/**
 * One field's postings while documents are added: (term id, document, count) in the order added,
 * in blocks of typed arrays, so that at 100,000 passages they take a few bytes each and are never
 * copied to grow. `seal` sorts them by term.
 */
class OpenPostings {
  private blocks: { terms: Int32Array; docs: Int32Array; counts: Uint16Array }[] = [];
  private used = 0;

  add(term: number, doc: number, count: number): void {
    let block = this.blocks.at(-1);
    if (!block || this.used === block.terms.length) {
      const size = Math.min(LARGEST_BLOCK, FIRST_BLOCK << this.blocks.length);
      block = { terms: new Int32Array(size), docs: new Int32Array(size), counts: new Uint16Array(size) };
      this.blocks.push(block);
      this.used = 0;
    }
    block.terms[this.used] = term;
    block.docs[this.used] = doc;
    block.counts[this.used++] = count;
  }

  /** Each entry in the order added. */
  forEach(visit: (term: number, doc: number, count: number) => void): void {
    this.blocks.forEach((block, b) => {
      const end = b === this.blocks.length - 1 ? this.used : block.terms.length;
      for (let i = 0; i < end; i++) visit(block.terms[i]!, block.docs[i]!, block.counts[i]!);
    });
  }
}

export interface Bm25Options {
  fields: Bm25Field[];
  /** Words of a document's text, in order (a word may repeat). */
  tokenize: (text: string) => string[];
  /** Words of a query: bounded, as questions are capped and knowledge files are not. */
  tokenizeQuery: (text: string) => string[];
  /** A word's indexed term, or null to leave it out (stopwords). */
  processTerm: (word: string) => string | null;
  /** Edits tolerated for a query term; 0 for none. */
  fuzzy: (term: string) => number;
  /** Whether a query term also matches longer terms it starts. */
  prefix: (term: string) => boolean;
}

/**
 * BM25+ over a few weighted fields, with typo and prefix expansion, on typed arrays: the work of a
 * query is the length of the postings it touches, bounded expansions included, and memory is a few
 * bytes a posting. It scores as MiniSearch did (same BM25+ formula, per-field statistics, field
 * boosts, fuzzy and prefix weights) so answers did not move when it replaced MiniSearch, whose
 * unbounded fuzzy search and per-result objects cost tens of milliseconds at 100,000 passages.
 */
export class Bm25Index {
  /** Postings while documents are added; replaced by `parts` when sealed. */
  private fieldTerms: OpenPostings[];
  private fieldLengths: Uint16Array[];
  private spelling = new SpellingIndex();
  /** Documents added so far; once sealed, the documents searched (removed ones not counted). */
  private count = 0;
  private avgLength: number[];
  private parts: Part[] = [];
  /** With changes: each document's place in a fresh build's order, by which equal scores rank. */
  private order?: Int32Array;

  constructor(private readonly opts: Bm25Options) {
    this.fieldTerms = opts.fields.map(() => new OpenPostings());
    this.fieldLengths = opts.fields.map(() => new Uint16Array(0));
    this.avgLength = opts.fields.map(() => 0);
  }

  /** Adds documents as field texts, in the order of `fields`; call `seal` before searching. */
  addAll(documents: string[][]): void {
    if (this.parts.length > 0) throw new Error('Bm25Index: documents were added after the index was sealed');
    const lengths = this.opts.fields.map((_, f) => {
      const grown = new Uint16Array(this.count + documents.length);
      grown.set(this.fieldLengths[f]!);
      return grown;
    });
    for (const fields of documents) {
      const doc = this.count++;
      fields.forEach((text, f) => {
        const { length, counts } = this.fieldTermCounts(text);
        lengths[f]![doc] = length;
        const open = this.fieldTerms[f]!;
        for (const [term, n] of counts) {
          let id = this.spelling.idOf(term);
          if (id === undefined) {
            id = this.spelling.size;
            this.spelling.add(term);
          }
          open.add(id, doc, Math.min(65_535, n));
        }
      });
    }
    this.fieldLengths = lengths;
  }

  /** A field text's length (distinct words, as MiniSearch counted) and its terms with how often each occurs. */
  private fieldTermCounts(text: string): { length: number; counts: Map<string, number> } {
    const words = this.opts.tokenize(text);
    const counts = new Map<string, number>();
    for (const word of words) {
      const term = this.opts.processTerm(word);
      if (term) counts.set(term, (counts.get(term) ?? 0) + 1);
    }
    return { length: Math.min(65_535, new Set(words).size), counts };
  }

  /** Freezes the postings into typed arrays by term id (a fraction of the memory of JS arrays). */
  seal(): this {
    const terms = this.spelling.size;
    const postings = this.fieldTerms.map((open) => {
      const offsets = new Int32Array(terms + 1);
      open.forEach((term) => {
        offsets[term + 1]! += 1;
      });
      for (let t = 0; t < terms; t++) offsets[t + 1]! += offsets[t]!;
      const docs = new Int32Array(offsets[terms]!);
      const counts = new Uint16Array(docs.length);
      // Entries were added document by document, so each term's documents come out ascending.
      const fill = offsets.slice(0, terms);
      open.forEach((term, doc, count) => {
        const at = fill[term]!++;
        docs[at] = doc;
        counts[at] = count;
      });
      return { offsets, docs, counts };
    });
    this.fieldTerms = [];
    this.parts = [new Part(postings, this.fieldLengths, this.spelling, this.count, 0)];
    this.avgLength = this.fieldLengths.map((l) => {
      let total = 0;
      for (const n of l) total += n;
      return this.count ? total / this.count : 0;
    });
    return this;
  }

  /**
   * This index after an edit, without it being built again: the documents marked in `removed` (by
   * position) are left out, and `added` (field texts, as for `addAll`) are indexed apart and
   * numbered after this index's documents. It searches as one index over the documents that remain
   * and the added ones: statistics (document count, average lengths, how many documents use a term),
   * typo and prefix expansions and so scores are those of a fresh build over them. `order` gives
   * each document (the added ones numbered after this index's) its place in a fresh build's order,
   * by which equal scores rank.
   */
  withChanges(removed: Uint8Array, added: string[][], order: Int32Array): Bm25Index {
    const base = this.parts[0];
    if (!base || this.parts.length !== 1 || base.removed)
      throw new Error('Bm25Index: changes apply to a sealed index once');
    const postingsByField = base.postings.map(({ offsets, docs }) => {
      const out = new Int32Array(offsets.length - 1);
      for (let t = 0; t < out.length; t++)
        for (let p = offsets[t]!, end = offsets[t + 1]!; p < end; p++) if (removed[docs[p]!]) out[t]! += 1;
      return out;
    });
    let removedCount = 0;
    for (let doc = 0; doc < base.size; doc++) if (removed[doc]) removedCount += 1;
    const extra = new Bm25Index(this.opts);
    extra.addAll(added);
    extra.seal();
    const addedPart = extra.parts[0]!;
    const index = new Bm25Index(this.opts);
    index.fieldTerms = [];
    index.order = order;
    index.count = base.size - removedCount + addedPart.size;
    index.parts = [
      new Part(base.postings, base.fieldLengths, base.spelling, base.size, 0, { docs: removed, postingsByField }),
      new Part(addedPart.postings, addedPart.fieldLengths, addedPart.spelling, addedPart.size, base.size),
    ];
    index.avgLength = this.opts.fields.map((_, f) => {
      let total = 0;
      const lengths = base.fieldLengths[f]!;
      for (let doc = 0; doc < base.size; doc++) if (!removed[doc]) total += lengths[doc]!;
      for (const n of addedPart.fieldLengths[f]!) total += n;
      return index.count ? total / index.count : 0;
    });
    return index;
  }

  /** The sealed index, for the index cache (an index with changes is not stored: its earlier version is). */
  toState(): Bm25State {
    const part = this.parts[0];
    if (!part) throw new Error('Bm25Index: seal() the index before storing it');
    if (this.parts.length !== 1) throw new Error('Bm25Index: an index with changes is not stored');
    return {
      count: this.count,
      avgLength: this.avgLength,
      fieldLengths: part.fieldLengths,
      spelling: part.spelling.toState(),
      postings: part.postings,
    };
  }

  /** An index stored by `toState`, searched with the same options it was built with. */
  static fromState(opts: Bm25Options, state: Bm25State): Bm25Index {
    const index = new Bm25Index(opts);
    index.count = state.count;
    index.avgLength = state.avgLength;
    index.fieldTerms = [];
    index.parts = [
      new Part(state.postings, state.fieldLengths, SpellingIndex.fromState(state.spelling), state.count, 0),
    ];
    return index;
  }

  /** Documents searched: removed ones not counted. */
  get size(): number {
    return this.count;
  }

  /**
   * The best documents for `text` (any of its terms may match), best first, at most MAX_HITS. Exact
   * while the postings of the question's terms fit `maxPostings` (see MAX_POSTINGS); beyond it, the
   * work is bounded as `bounded` says.
   */
  search(text: string, maxPostings = MAX_POSTINGS): Bm25Hit[] {
    if (this.parts.length === 0) throw new Error('Bm25Index: seal() the index before searching');
    const occurrences = new Map<string, number>();
    for (const word of this.opts.tokenizeQuery(text)) {
      const term = this.opts.processTerm(word);
      if (term) occurrences.set(term, (occurrences.get(term) ?? 0) + 1);
    }
    const lists: PostingList[] = [];
    let termNo = 0;
    for (const [term, times] of occurrences) {
      for (const { indexed, weight } of this.expansions(term)) this.listsOf(indexed, weight * times, termNo, lists);
      termNo += 1;
    }
    let total = 0;
    for (const list of lists) total += list.end - list.start;
    if (total <= maxPostings) for (const list of lists) this.read(list);
    else this.bounded(lists, maxPostings);
    const hits = this.parts.length === 1 ? this.best(this.parts[0]!) : this.parts.flatMap((p) => this.best(p));
    for (const part of this.parts) part.reset();
    if (!this.order) return hits;
    const { order } = this;
    return hits.sort((a, b) => b.score - a.score || order[a.doc]! - order[b.doc]!).slice(0, MAX_HITS);
  }

  /** Whether some document searched uses the term. */
  private uses(term: string): boolean {
    return this.parts.some((p) => p.uses(term));
  }

  /** The indexed terms a query term stands for, with their weights: itself, longer words it starts, near spellings. */
  private expansions(term: string): { indexed: string; weight: number }[] {
    const out = [{ indexed: term, weight: 1 }];
    const prefixed = new Set<string>();
    if (this.opts.prefix(term)) {
      for (const longer of this.startingWith(term)) {
        prefixed.add(longer);
        const distance = longer.length - term.length;
        out.push({ indexed: longer, weight: (PREFIX_WEIGHT * longer.length) / (longer.length + 0.3 * distance) });
      }
    }
    // A term the index holds is spelled right: "make" is not a typo of the Customer Maker's title.
    if (this.uses(term)) return out;
    const seen = new Set<string>();
    for (const part of this.parts)
      for (const near of part.spelling.near(term, this.opts.fuzzy(term))) {
        if (prefixed.has(near.word) || seen.has(near.word) || (part.removed && !this.uses(near.word))) continue;
        seen.add(near.word);
        out.push({ indexed: near.word, weight: (FUZZY_WEIGHT * near.word.length) / (near.word.length + near.edits) });
      }
    return out;
  }

  /** Words the searched documents use that start with `prefix`, as one spelling index over them all would list them. */
  private startingWith(prefix: string): string[] {
    if (this.parts.length === 1 && !this.parts[0]!.removed) return this.parts[0]!.spelling.startingWith(prefix);
    const words = new Set<string>();
    for (const part of this.parts) for (const w of part.spelling.startingWith(prefix)) if (this.uses(w)) words.add(w);
    return [...words].sort((a, b) => a.length - b.length || (a < b ? -1 : 1)).slice(0, MAX_PREFIXED);
  }

  /** An indexed term's postings in each field and part, as lists to read, with the weight each posting's score gets. */
  private listsOf(term: string, weight: number, termNo: number, lists: PostingList[]): void {
    const ids = this.parts.map((p) => p.spelling.idOf(term));
    this.opts.fields.forEach(({ boost }, field) => {
      let length = 0;
      this.parts.forEach((p, i) => {
        if (ids[i] !== undefined) length += p.liveCount(field, ids[i]);
      });
      if (length === 0) return;
      const idf = Math.log(1 + (this.count - length + 0.5) / (length + 0.5));
      this.parts.forEach((part, i) => {
        const id = ids[i];
        if (id === undefined) return;
        const { offsets } = part.postings[field]!;
        const start = offsets[id]!;
        const end = offsets[id + 1]!;
        if (start < end) lists.push({ part, field, start, end, scale: weight * boost * idf, termNo });
      });
    });
  }

  /**
   * Over budget (a large knowledge base, and a question of words most passages share), the lists
   * that can add most to a score are read whole while they fit (the first always is). The others
   * only add to the documents found that way, each looked up in the list (sorted by document), as
   * long as those lookups fit a budget of the same size; a list beyond that is not read. So the score of a
   * document found is exact but for those last lists, and the documents missed are those that
   * match only the commonest words.
   */
  private bounded(lists: PostingList[], maxPostings: number): void {
    const order = lists.map((_, i) => i).sort((a, b) => lists[b]!.scale - lists[a]!.scale || a - b);
    let budget = maxPostings;
    const rest: PostingList[] = [];
    for (const i of order) {
      const list = lists[i]!;
      const length = list.end - list.start;
      if (length <= budget || budget === maxPostings) {
        this.read(list);
        budget -= length;
      } else rest.push(list);
    }
    let lookupBudget = maxPostings;
    for (const list of rest) {
      const lookups = list.part.found * Math.ceil(Math.log2(list.end - list.start + 1));
      if (lookups > lookupBudget) continue;
      this.addToFound(list);
      lookupBudget -= lookups;
    }
  }

  /** Scores every live document of a list. */
  private read(list: PostingList): void {
    const { part, scale, termNo } = list;
    const { docs, counts } = part.postings[list.field]!;
    const lengths = part.fieldLengths[list.field]!;
    const avg = this.avgLength[list.field]! || 1;
    const removed = part.removed?.docs;
    const { scores, lastTerm, matched, touched } = part;
    for (let i = list.start; i < list.end; i++) {
      const doc = docs[i]!;
      if (removed?.[doc]) continue;
      const tf = counts[i]!;
      const norm = K1 * (1 - B + (B * lengths[doc]!) / avg);
      scores[doc]! += scale * (D + (tf * (K1 + 1)) / (tf + norm));
      if (lastTerm[doc] !== termNo) {
        if (lastTerm[doc] === -1) touched[part.found++] = doc;
        lastTerm[doc] = termNo;
        matched[doc]! += 1;
      }
    }
  }

  /** Adds a list's scores to the documents its part found already, by binary search in the list. */
  private addToFound(list: PostingList): void {
    const { part, scale, termNo } = list;
    const { docs, counts } = part.postings[list.field]!;
    const lengths = part.fieldLengths[list.field]!;
    const avg = this.avgLength[list.field]! || 1;
    for (let t = 0; t < part.found; t++) {
      const doc = part.touched[t]!;
      let lo = list.start;
      let hi = list.end;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (docs[mid]! < doc) lo = mid + 1;
        else hi = mid;
      }
      if (lo === list.end || docs[lo] !== doc) continue;
      const tf = counts[lo]!;
      const norm = K1 * (1 - B + (B * lengths[doc]!) / avg);
      part.scores[doc]! += scale * (D + (tf * (K1 + 1)) / (tf + norm));
      if (part.lastTerm[doc] !== termNo) {
        part.lastTerm[doc] = termNo;
        part.matched[doc]! += 1;
      }
    }
  }

  /**
   * The MAX_HITS best of a part's touched documents, without sorting them all: a sample of their
   * scores says roughly where the best 2 × MAX_HITS begin, and only those are collected and sorted.
   * Exact: every document scoring at least the floor is collected, and when fewer than MAX_HITS are, all are.
   */
  private best(part: Part): Bm25Hit[] {
    const { touched, found, scores, matched, firstDoc } = part;
    // A document matching more of the question's terms ranks higher: the score is multiplied by
    // how many distinct terms it matched (MiniSearch's "quality").
    const final = (doc: number) => scores[doc]! * matched[doc]!;
    let floor = Number.NEGATIVE_INFINITY;
    if (found > SAMPLED_ABOVE * MAX_HITS) {
      const sample = new Float64Array(Math.ceil(found / SAMPLE_STRIDE));
      for (let i = 0, j = 0; i < found; i += SAMPLE_STRIDE) sample[j++] = final(touched[i]!);
      sample.sort();
      floor = sample[sample.length - 1 - Math.ceil((2 * MAX_HITS) / SAMPLE_STRIDE)]!;
    }
    for (;;) {
      const kept: Bm25Hit[] = [];
      for (let i = 0; i < found; i++) {
        const doc = touched[i]!;
        const score = final(doc);
        if (score >= floor) kept.push({ doc: firstDoc + doc, score });
      }
      if (kept.length >= MAX_HITS || floor === Number.NEGATIVE_INFINITY) return kept.sort(byScore).slice(0, MAX_HITS);
      floor = Number.NEGATIVE_INFINITY;
    }
  }
}

/** One touched document in SAMPLE_STRIDE is sampled to place the floor of the best, when there are over SAMPLED_ABOVE × MAX_HITS. */
const SAMPLE_STRIDE = 16;
const SAMPLED_ABOVE = 8;

/** Best first; equal scores keep the order the documents were added in. */
function byScore(a: Bm25Hit, b: Bm25Hit): number {
  return b.score - a.score || a.doc - b.doc;
}
