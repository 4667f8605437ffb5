import type { KnowledgeBase } from '../knowledge/knowledge-base.js';
import { contentTerms, nameKey, stemTerm } from '../text/normalize.js';
import { withoutFrame } from '../text/question-frame.js';
import type { Chunk } from './chunking.js';
import type { DocumentIndex } from './document-index.js';
import type { LexicalIndex } from './lexical-index.js';
import { type NameMatch, type NameMatcher, wordsInMatches } from './name-matcher.js';
import type { EntitySignals, Evidence, RankedEntity, Retriever } from './retriever.js';
import type { VectorIndex } from './vector-index.js';
import type { Vocabulary } from './vocabulary.js';

/** RRF constant: small because there are only a few dozen entities to separate. */
const RRF_K = 4;
/** How far the whole-document search's first document must outscore its second for the lead to count, and what it counts. */
const DOCUMENT_LEAD_RATIO = 2;
const DOCUMENT_LEAD_WEIGHT = 0.8;
const WEIGHTS = { names: 1.6, lexical: 1, dense: 0.8, documents: 1.2 } as const;
const DENSE_CANDIDATES = 30;

/** Ranks keyed items by their best position in a list of hits. */
function ranksOf<T>(hits: T[], key: (h: T) => string): Map<string, number> {
  const ranks = new Map<string, number>();
  for (const hit of hits) {
    const k = key(hit);
    if (!ranks.has(k)) ranks.set(k, ranks.size);
  }
  return ranks;
}

/** Each key's score at its best position in a list of hits (hits come best first). */
function firstScores<T>(hits: T[], key: (h: T) => string, score: (h: T) => number): Map<string, number> {
  const best = new Map<string, number>();
  for (const hit of hits) if (!best.has(key(hit))) best.set(key(hit), score(hit));
  return best;
}

/** Documents whose share of the question's words is measured: the best few, not all. */
const SHARE_CANDIDATES = 3;

/** Documents whose stems are kept once measured; the memo starts over when full. */
const MAX_REMEMBERED_DOCS = 4096;

/**
 * Dense (hnswlib), lexical (BM25) and name/alias matches fused by reciprocal rank, at two levels:
 * documents as entities (a role is one thing, however many chunks it has) and passages for quoting.
 */
export class HybridRetriever implements Retriever {
  /** Each document's chunks, as [first, end) positions: a document's chunks (those searched) are consecutive. */
  private readonly chunkRange = new Map<string, [number, number]>();
  /** Word stems of the documents measured so far, for how much of a question one document explains. */
  private readonly docStems = new Map<string, Set<string>>();

  constructor(
    private readonly kb: KnowledgeBase,
    private readonly chunks: Chunk[],
    private readonly vectors: VectorIndex,
    private readonly lexical: LexicalIndex,
    private readonly documents: DocumentIndex,
    private readonly names: NameMatcher,
    private readonly vocabulary: Vocabulary,
    /** Chunks left in the indexes by an edit that removed or changed their document (never found; see KnowledgeChanges). */
    removed?: Uint8Array,
  ) {
    chunks.forEach((c, i) => {
      if (removed?.[i]) return;
      const range = this.chunkRange.get(c.metadata.docId);
      if (range) range[1] = i + 1;
      else this.chunkRange.set(c.metadata.docId, [i, i + 1]);
    });
  }

  /** A document's stems, measured when a question first needs them rather than for every document at start. */
  private stemsOf(docId: string): Set<string> | undefined {
    let stems = this.docStems.get(docId);
    if (stems) return stems;
    const range = this.chunkRange.get(docId);
    if (!range) return undefined;
    stems = new Set<string>();
    for (let i = range[0]; i < range[1]; i++) for (const t of contentTerms(this.chunks[i]!.pageContent)) stems.add(t);
    if (this.docStems.size >= MAX_REMEMBERED_DOCS) this.docStems.clear();
    this.docStems.set(docId, stems);
    return stems;
  }

  private bestShare(entities: RankedEntity[], question: string): number {
    const stems = this.vocabulary.questionStems(question);
    return Math.max(0, ...entities.slice(0, SHARE_CANDIDATES).map((e) => this.share(e.doc.id, stems)));
  }

  /** IDF share of the question's (typo-resolved) words found in one document's text. */
  private share(docId: string, stems: string[]): number {
    const known = this.stemsOf(docId);
    let inside = 0;
    let total = 0;
    for (const stem of new Set(stems)) {
      const w = this.vocabulary.weight(stem);
      total += w;
      if (known?.has(stem)) inside += w;
    }
    return total > 0 ? inside / total : 0;
  }

  /**
   * Titles and aliases the text mentions. A near-spelling counts only as a typo: "data analysis" is
   * a phrase of its own, written in words the knowledge uses, not a misspelt "data analyst".
   */
  mentions(text: string): NameMatch[] {
    const matches = this.names.find(text);
    if (matches.every((m) => m.exact)) return matches;
    const tokens = nameKey(text).split(' ');
    return matches.filter((m) => m.exact || !this.otherWords(tokens.slice(m.start, m.end), nameKey(m.name).split(' ')));
  }

  /** Some typed word differs from the name's word and is itself a word of the knowledge, with another stem. */
  private otherWords(typed: string[], name: string[]): boolean {
    return typed.some((t, i) => {
      const n = name[i] ?? '';
      return t !== n && !n.startsWith(t) && this.vocabulary.has(t) && stemTerm(t) !== stemTerm(n);
    });
  }

  /** `names`: the question's mentions when the caller already found them. */
  async retrieve(question: string, names: NameMatch[] = this.mentions(question)): Promise<Evidence> {
    const dense = await this.vectors.search(question, DENSE_CANDIDATES);
    const unframed = withoutFrame(question);
    const lexical = this.lexical.query(unframed);
    // The whole question's own best BM25 score is a signal only the scope model reads, and rules
    // settle most questions first: searched for when read, once.
    const index = this.lexical;
    let lexicalTop: number | undefined;

    const docOf = (i: number) => this.chunks[i]!.metadata.docId;
    const documents = this.documents.query(question);
    const rank = {
      names: ranksOf(names, (m) => m.docId),
      lexical: ranksOf(lexical, (h) => docOf(h.chunk)),
      dense: ranksOf(dense, (h) => docOf(h.chunk)),
      documents: ranksOf(documents, (h) => h.docId),
    };
    const entityScores = new Map<string, number>();
    for (const list of ['names', 'lexical', 'dense', 'documents'] as const) {
      for (const [id, r] of rank[list])
        entityScores.set(id, (entityScores.get(id) ?? 0) + WEIGHTS[list] / (RRF_K + r + 1));
    }
    // Ranks alone forget by how much the whole-document search prefers its first document: when it
    // scores twice the next, that lead counts ("rented servers our data sits on": the Cloud
    // Architect's document leads six to one, while chunk search follows the word "data").
    const [first, second] = documents;
    if (first && second && first.score >= DOCUMENT_LEAD_RATIO * second.score)
      entityScores.set(first.docId, (entityScores.get(first.docId) ?? 0) + DOCUMENT_LEAD_WEIGHT / (RRF_K + 1));
    const lexicalBest = firstScores(
      lexical,
      (h) => docOf(h.chunk),
      (h) => h.score,
    );
    const denseBest = firstScores(
      dense,
      (h) => docOf(h.chunk),
      (h) => h.similarity,
    );
    const documentBest = firstScores(
      documents,
      (h) => h.docId,
      (h) => h.score,
    );
    const lexicalFirst = lexical[0]?.score || 1;
    const documentFirst = documents[0]?.score || 1;
    const signalsOf = (id: string): EntitySignals => ({
      ranks: {
        names: rank.names.get(id),
        lexical: rank.lexical.get(id),
        dense: rank.dense.get(id),
        documents: rank.documents.get(id),
      },
      lexicalRatio: (lexicalBest.get(id) ?? 0) / lexicalFirst,
      denseSimilarity: denseBest.get(id) ?? 0,
      documentRatio: (documentBest.get(id) ?? 0) / documentFirst,
    });
    const entities = [...entityScores]
      .map(([id, score]) => ({ doc: this.kb.byId.get(id)!, score, signals: signalsOf(id) }))
      .sort((a, b) => b.score - a.score);

    const chunkLists: [Map<string, number>, number][] = [
      [ranksOf(lexical, (h) => String(h.chunk)), WEIGHTS.lexical],
      [ranksOf(dense, (h) => String(h.chunk)), WEIGHTS.dense],
    ];
    const chunkScores = new Map<number, number>();
    for (const [ranks, weight] of chunkLists) {
      for (const [key, rank] of ranks)
        chunkScores.set(Number(key), (chunkScores.get(Number(key)) ?? 0) + weight / (RRF_K + rank + 1));
    }
    const chunks = [...chunkScores]
      .map(([i, score]) => ({ chunk: this.chunks[i]!, score }))
      .sort((a, b) => b.score - a.score);

    return {
      entities,
      chunks,
      names,
      signals: {
        ...this.vocabulary.coverage(question, wordsInMatches(question, names)),
        denseTop: dense[0]?.similarity ?? 0,
        get lexicalTop() {
          lexicalTop ??= (unframed === question ? lexical : index.query(question))[0]?.score ?? 0;
          return lexicalTop;
        },
        bestDocShare: this.bestShare(entities, question),
      },
    };
  }
}
