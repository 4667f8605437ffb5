import { Embeddings } from '@langchain/core/embeddings';
import { contentTerms } from '../text/normalize.js';
import type { SparseVector } from './sparse-vector-index.js';

/** Serializable state of a fitted LocalEmbeddings: what the index cache stores beside the vectors. */
export interface LocalEmbeddingsState {
  model: string;
  dimensions: number;
  /** Inverse document frequency per hashed bucket, fitted on the knowledge chunks. */
  idf: number[];
}

const DIMENSIONS = 1024;
export const LOCAL_EMBEDDING_MODEL = `local-hashed-ngrams-v1-d${DIMENSIONS}`;

/** Feature weights: whole words carry topic, word pairs carry phrasing, character n-grams absorb typos. */
const WORD_WEIGHT = 1;
const BIGRAM_WEIGHT = 0.6;
const CHAR_WEIGHT = 0.35;

function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Weighted hashed features of a text: [bucket, weight] pairs, before IDF. */
function features(text: string): Map<number, number> {
  const terms = contentTerms(text);
  const out = new Map<number, number>();
  const add = (feature: string, weight: number) => {
    const bucket = fnv1a(feature) % DIMENSIONS;
    out.set(bucket, (out.get(bucket) ?? 0) + weight);
  };
  terms.forEach((term, i) => {
    add(`w:${term}`, WORD_WEIGHT);
    if (i > 0) add(`b:${terms[i - 1]} ${term}`, BIGRAM_WEIGHT);
    const padded = `<${term}>`;
    const grams: string[] = [];
    for (let n = 3; n <= 4; n++) {
      for (let j = 0; j + n <= padded.length; j++) grams.push(padded.slice(j, j + n));
    }
    for (const g of grams) add(`c:${g}`, CHAR_WEIGHT / grams.length);
  });
  return out;
}

/**
 * A model-free embedding: TF-IDF-weighted hashed word, word-pair and character n-gram features, L2-normalized.
 * Nothing to download; it is fitted on the knowledge chunks (the IDF) and stored with the index.
 * It implements LangChain's Embeddings so an OpenAI-compatible model can replace it by configuration.
 */
export class LocalEmbeddings extends Embeddings {
  readonly model = LOCAL_EMBEDDING_MODEL;
  readonly dimensions = DIMENSIONS;
  private idf: Float64Array;

  private constructor(idf: Float64Array) {
    super({});
    this.idf = idf;
  }

  static fit(texts: string[]): LocalEmbeddings {
    const df = new Float64Array(DIMENSIONS);
    for (const text of texts) for (const bucket of features(text).keys()) df[bucket]! += 1;
    const n = texts.length;
    return new LocalEmbeddings(df.map((d) => Math.log((n + 1) / (d + 1)) + 1));
  }

  static fromState(state: LocalEmbeddingsState): LocalEmbeddings {
    if (state.model !== LOCAL_EMBEDDING_MODEL || state.idf.length !== DIMENSIONS) {
      throw new Error(`embedding state is for ${state.model}, not ${LOCAL_EMBEDDING_MODEL}`);
    }
    return new LocalEmbeddings(Float64Array.from(state.idf));
  }

  toState(): LocalEmbeddingsState {
    return { model: this.model, dimensions: DIMENSIONS, idf: Array.from(this.idf) };
  }

  /** The embedding as its non-zero entries, in ascending dimension order; what the exact sparse index stores. */
  sparse(text: string): SparseVector {
    const entries = [...features(text)].sort((a, b) => a[0] - b[0]);
    const indices = Uint16Array.from(entries, ([bucket]) => bucket);
    const weights = entries.map(([bucket, tf]) => (1 + Math.log(tf + 1)) * this.idf[bucket]!);
    const norm = Math.sqrt(weights.reduce((sum, w) => sum + w * w, 0));
    return { indices, values: Float32Array.from(weights, (w) => (norm > 0 ? w / norm : 0)) };
  }

  embedText(text: string): number[] {
    const vec = new Array<number>(DIMENSIONS).fill(0);
    const { indices, values } = this.sparse(text);
    indices.forEach((d, j) => {
      vec[d] = values[j]!;
    });
    return vec;
  }

  override async embedDocuments(texts: string[]): Promise<number[][]> {
    return texts.map((t) => this.embedText(t));
  }

  override async embedQuery(text: string): Promise<number[]> {
    return this.embedText(text);
  }
}
