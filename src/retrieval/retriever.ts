import type { KnowledgeDoc } from '../knowledge/knowledge-base.js';
import type { Chunk } from './chunking.js';
import type { NameMatch } from './name-matcher.js';
import type { TermCoverage } from './vocabulary.js';

/** Where one document stood in each search that found it: what a learned ranking reads. */
export interface EntitySignals {
  /** Position (0 = first) in each list that found the document; absent when one did not. */
  ranks: { names?: number; lexical?: number; dense?: number; documents?: number };
  /** Its best passage's BM25 score over the best passage's of all (0 when not found). */
  lexicalRatio: number;
  /** Its best passage's cosine similarity to the question (0 when not among the nearest). */
  denseSimilarity: number;
  /** Its whole-document BM25 score over the first document's (0 when not found). */
  documentRatio: number;
}

export interface RankedEntity {
  doc: KnowledgeDoc;
  /** Fused score, higher is better. */
  score: number;
  signals: EntitySignals;
}

export interface ScoredChunk {
  chunk: Chunk;
  score: number;
}

/** What retrieval hands the rest of the core: ranked documents and passages, and how well the words were known. */
export interface Evidence {
  /** Documents (roles, skills, sources) best first. */
  entities: RankedEntity[];
  /** Passages best first. */
  chunks: ScoredChunk[];
  /** Titles and aliases the searched text names. */
  names: NameMatch[];
  signals: TermCoverage & {
    denseTop: number;
    lexicalTop: number;
    /** The largest IDF share of the question's words that one of the best documents contains. */
    bestDocShare: number;
  };
}

/** The retrieval port: the engine asks it for names in a text and for evidence about a question. */
export interface Retriever {
  /** Titles and aliases the text mentions. */
  mentions(text: string): NameMatch[];
  /** `names`: the question's mentions when the caller already found them. */
  retrieve(question: string, names?: NameMatch[]): Promise<Evidence>;
}
