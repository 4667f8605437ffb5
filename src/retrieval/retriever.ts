import type { KnowledgeDoc } from '../knowledge/knowledge-base.js';
import type { Chunk } from './chunking.js';
import type { NameMatch } from './name-matcher.js';
import type { TermCoverage } from './vocabulary.js';

export interface RankedEntity {
  doc: KnowledgeDoc;
  /** Fused score, higher is better. */
  score: number;
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
