import { SpellingIndex, type SpellingIndexState } from '../text/spelling-index.js';
import { updatedSpelling } from './spelling-update.js';

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

/** One field's postings of one indexed term, as a search reads them. */
interface PostingList {
  field: number;
  start: number;
  end: number;
  /** Query weight × field boost × IDF: what a posting's BM25 part is multiplied by. */
  scale: number;
  /** Which of the question's terms this list stands for (an expansion shares its term's number). */
  termNo: number;
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
  /** Postings while documents are added; replaced by `postings` when sealed. */
  private fieldTerms: OpenPostings[];
  private postings?: FieldPostings[];
  private fieldLengths: Uint16Array[];
  private avgLength: number[];
  private spelling = new SpellingIndex();
  private count = 0;
  private scores = new Float64Array(0);
  /** Per document: how many of the query's terms matched it, and the last term that did. */
  private matched = new Uint16Array(0);
  private lastTerm = new Int32Array(0);
  /** The documents the current search has scored (the first `found`), so that resetting costs only those. */
  private touched = new Int32Array(0);
  private found = 0;

  constructor(private readonly opts: Bm25Options) {
    this.fieldTerms = opts.fields.map(() => new OpenPostings());
    this.fieldLengths = opts.fields.map(() => new Uint16Array(0));
    this.avgLength = opts.fields.map(() => 0);
  }

  /** Adds documents as field texts, in the order of `fields`; call `seal` before searching. */
  addAll(documents: string[][]): void {
    if (this.postings) throw new Error('Bm25Index: documents were added after the index was sealed');
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
    lengths.forEach((l, f) => {
      this.fieldLengths[f] = l;
      let total = 0;
      for (const n of l) total += n;
      this.avgLength[f] = this.count ? total / this.count : 0;
    });
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

  /**
   * A sealed index for a new version of the documents, made from this one without re-reading the
   * documents that did not change: `forward` gives each current document's position in the new
   * version (-1: removed or changed), and `added` the new version's other documents with their field
   * texts. Postings, lengths and counts come out as `addAll` over the new version would make them,
   * so every score is the same; only words first seen in `added` get the last term ids (a fresh
   * build numbers terms by first occurrence), which can only reorder equally near spellings.
   * Terms no document uses any more are dropped.
   */
  patched(forward: Int32Array, added: { doc: number; fields: string[] }[], count: number): Bm25Index {
    if (!this.postings) throw new Error('Bm25Index: seal() the index before patching it');
    const fieldCount = this.opts.fields.length;
    const addedCounts = added.map((a) => a.fields.map((text) => this.fieldTermCounts(text)));
    // Live terms: those with a posting in a kept document, in their current order, then new ones.
    const oldTerms = this.spelling.size;
    const live = new Uint8Array(oldTerms);
    for (const { offsets, docs } of this.postings)
      for (let t = 0; t < oldTerms; t++)
        for (let p = offsets[t]!, end = offsets[t + 1]!; p < end && !live[t]; p++)
          if (forward[docs[p]!]! >= 0) live[t] = 1;
    const newTerms = new Set<string>();
    for (const fields of addedCounts)
      for (const { counts } of fields)
        for (const term of counts.keys()) {
          const t = this.spelling.idOf(term);
          if (t === undefined || !live[t]) newTerms.add(term);
        }
    const { state, newId } = updatedSpelling(this.spelling.toState(), live, [...newTerms]);
    const spelling = SpellingIndex.fromState(state);
    const terms = spelling.size;

    const index = new Bm25Index(this.opts);
    index.count = count;
    index.spelling = spelling;
    index.fieldTerms = [];
    index.fieldLengths = this.opts.fields.map((_, f) => {
      const lengths = new Uint16Array(count);
      this.fieldLengths[f]!.forEach((n, doc) => {
        if (forward[doc]! >= 0) lengths[forward[doc]!] = n;
      });
      added.forEach((a, i) => {
        lengths[a.doc] = addedCounts[i]![f]!.length;
      });
      return lengths;
    });
    index.avgLength = index.fieldLengths.map((l) => {
      let total = 0;
      for (const n of l) total += n;
      return count ? total / count : 0;
    });
    index.postings = [];
    for (let f = 0; f < fieldCount; f++) {
      const { offsets, docs, counts } = this.postings[f]!;
      // The added documents' postings by new term id, in document order.
      const extra = new Map<number, { docs: number[]; counts: number[] }>();
      const order = added.map((a, i) => ({ doc: a.doc, i })).sort((a, b) => a.doc - b.doc);
      for (const { doc, i } of order)
        for (const [term, n] of addedCounts[i]![f]!.counts) {
          const id = spelling.idOf(term)!;
          let list = extra.get(id);
          if (!list) {
            list = { docs: [], counts: [] };
            extra.set(id, list);
          }
          list.docs.push(doc);
          list.counts.push(Math.min(65_535, n));
        }
      const oldOf = new Int32Array(terms).fill(-1);
      newId.forEach((id, t) => {
        if (id >= 0) oldOf[id] = t;
      });
      const nextOffsets = new Int32Array(terms + 1);
      for (let id = 0; id < terms; id++) {
        let n = extra.get(id)?.docs.length ?? 0;
        const t = oldOf[id]!;
        if (t >= 0) for (let p = offsets[t]!, end = offsets[t + 1]!; p < end; p++) if (forward[docs[p]!]! >= 0) n += 1;
        nextOffsets[id + 1] = nextOffsets[id]! + n;
      }
      const nextDocs = new Int32Array(nextOffsets[terms]!);
      const nextCounts = new Uint16Array(nextDocs.length);
      for (let id = 0; id < terms; id++) {
        // Kept postings stay in document order (documents keep their relative order); the added
        // ones are merged in, so each term's postings are ascending as in a fresh build.
        let at = nextOffsets[id]!;
        const more = extra.get(id);
        let m = 0;
        const t = oldOf[id]!;
        if (t >= 0)
          for (let p = offsets[t]!, end = offsets[t + 1]!; p < end; p++) {
            const doc = forward[docs[p]!]!;
            if (doc < 0) continue;
            while (more && m < more.docs.length && more.docs[m]! < doc) {
              nextDocs[at] = more.docs[m]!;
              nextCounts[at++] = more.counts[m++]!;
            }
            nextDocs[at] = doc;
            nextCounts[at++] = counts[p]!;
          }
        while (more && m < more.docs.length) {
          nextDocs[at] = more.docs[m]!;
          nextCounts[at++] = more.counts[m++]!;
        }
      }
      index.postings.push({ offsets: nextOffsets, docs: nextDocs, counts: nextCounts });
    }
    index.ready();
    return index;
  }

  /** Freezes the postings into typed arrays by term id (a fraction of the memory of JS arrays). */
  seal(): this {
    const terms = this.spelling.size;
    this.postings = this.fieldTerms.map((open) => {
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
    this.ready();
    return this;
  }

  /** Scratch space for searching, sized to the documents. */
  private ready(): void {
    this.scores = new Float64Array(this.count);
    this.matched = new Uint16Array(this.count);
    this.lastTerm = new Int32Array(this.count).fill(-1);
    this.touched = new Int32Array(this.count);
  }

  /** The sealed index, for the index cache. */
  toState(): Bm25State {
    if (!this.postings) throw new Error('Bm25Index: seal() the index before storing it');
    return {
      count: this.count,
      avgLength: this.avgLength,
      fieldLengths: this.fieldLengths,
      spelling: this.spelling.toState(),
      postings: this.postings,
    };
  }

  /** An index stored by `toState`, searched with the same options it was built with. */
  static fromState(opts: Bm25Options, state: Bm25State): Bm25Index {
    const index = new Bm25Index(opts);
    index.count = state.count;
    index.avgLength = state.avgLength;
    index.fieldLengths = state.fieldLengths;
    index.spelling = SpellingIndex.fromState(state.spelling);
    index.postings = state.postings;
    index.fieldTerms = [];
    index.ready();
    return index;
  }

  get size(): number {
    return this.count;
  }

  /**
   * The best documents for `text` (any of its terms may match), best first, at most MAX_HITS. Exact
   * while the postings of the question's terms fit `maxPostings` (see MAX_POSTINGS); beyond it, the
   * work is bounded as `bounded` says.
   */
  search(text: string, maxPostings = MAX_POSTINGS): Bm25Hit[] {
    if (!this.postings) throw new Error('Bm25Index: seal() the index before searching');
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
    this.found = 0;
    let total = 0;
    for (const list of lists) total += list.end - list.start;
    if (total <= maxPostings) for (const list of lists) this.read(list);
    else this.bounded(lists, maxPostings);
    const { touched, found } = this;
    const hits = this.best();
    for (let i = 0; i < found; i++) {
      const doc = touched[i]!;
      this.scores[doc] = 0;
      this.matched[doc] = 0;
      this.lastTerm[doc] = -1;
    }
    return hits;
  }

  /** The indexed terms a query term stands for, with their weights: itself, longer words it starts, near spellings. */
  private expansions(term: string): { indexed: string; weight: number }[] {
    const out = [{ indexed: term, weight: 1 }];
    const prefixed = new Set<string>();
    if (this.opts.prefix(term)) {
      for (const longer of this.spelling.startingWith(term)) {
        prefixed.add(longer);
        const distance = longer.length - term.length;
        out.push({ indexed: longer, weight: (PREFIX_WEIGHT * longer.length) / (longer.length + 0.3 * distance) });
      }
    }
    // A term the index holds is spelled right: "make" is not a typo of the Customer Maker's title.
    if (this.spelling.has(term)) return out;
    for (const near of this.spelling.near(term, this.opts.fuzzy(term))) {
      if (prefixed.has(near.word)) continue;
      out.push({ indexed: near.word, weight: (FUZZY_WEIGHT * near.word.length) / (near.word.length + near.edits) });
    }
    return out;
  }

  /** An indexed term's postings in each field, as lists to read, with the weight each posting's score gets. */
  private listsOf(term: string, weight: number, termNo: number, lists: PostingList[]): void {
    const id = this.spelling.idOf(term);
    if (id === undefined) return;
    this.opts.fields.forEach(({ boost }, f) => {
      const { offsets } = this.postings![f]!;
      const start = offsets[id]!;
      const end = offsets[id + 1]!;
      if (start === end) return;
      const length = end - start;
      const idf = Math.log(1 + (this.count - length + 0.5) / (length + 0.5));
      lists.push({ field: f, start, end, scale: weight * boost * idf, termNo });
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
      const lookups = this.found * Math.ceil(Math.log2(list.end - list.start + 1));
      if (lookups > lookupBudget) continue;
      this.addToFound(list);
      lookupBudget -= lookups;
    }
  }

  /** Scores every document of a list. */
  private read(list: PostingList): void {
    const { docs, counts } = this.postings![list.field]!;
    const lengths = this.fieldLengths[list.field]!;
    const avg = this.avgLength[list.field]! || 1;
    const { scale, termNo } = list;
    for (let i = list.start; i < list.end; i++) {
      const doc = docs[i]!;
      const tf = counts[i]!;
      const norm = K1 * (1 - B + (B * lengths[doc]!) / avg);
      this.scores[doc]! += scale * (D + (tf * (K1 + 1)) / (tf + norm));
      if (this.lastTerm[doc] !== termNo) {
        if (this.lastTerm[doc] === -1) this.touched[this.found++] = doc;
        this.lastTerm[doc] = termNo;
        this.matched[doc]! += 1;
      }
    }
  }

  /** Adds a list's scores to the documents found already, by binary search in the list. */
  private addToFound(list: PostingList): void {
    const { docs, counts } = this.postings![list.field]!;
    const lengths = this.fieldLengths[list.field]!;
    const avg = this.avgLength[list.field]! || 1;
    const { scale, termNo } = list;
    for (let t = 0; t < this.found; t++) {
      const doc = this.touched[t]!;
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
      this.scores[doc]! += scale * (D + (tf * (K1 + 1)) / (tf + norm));
      if (this.lastTerm[doc] !== termNo) {
        this.lastTerm[doc] = termNo;
        this.matched[doc]! += 1;
      }
    }
  }

  /**
   * The MAX_HITS best of the touched documents, without sorting them all: a sample of their scores
   * says roughly where the best 2 × MAX_HITS begin, and only those are collected and sorted. Exact:
   * every document scoring at least the floor is collected, and when fewer than MAX_HITS are, all are.
   */
  private best(): Bm25Hit[] {
    const { touched, found, scores, matched } = this;
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
        if (score >= floor) kept.push({ doc, score });
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
