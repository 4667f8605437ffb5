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

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** FNV-1a of `prefix` followed by `text[from..to)`, without building the string. */
function fnv1a(prefix: number, text: string, from: number, to: number): number {
  let h = prefix;
  for (let i = from; i < to; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, FNV_PRIME);
  }
  return h;
}

/** The hash state after a feature kind's prefix ("w:", "b:", "c:"). */
const prefixHash = (prefix: string) => fnv1a(FNV_OFFSET, prefix, 0, prefix.length);
const WORD = prefixHash('w:');
const BIGRAM = prefixHash('b:');
const CHAR = prefixHash('c:');
const SPACE = ' '.charCodeAt(0);
const LT = '<'.charCodeAt(0);
const GT = '>'.charCodeAt(0);

const bucketOf = (h: number) => (h >>> 0) % DIMENSIONS;

/** Scratch space of `features`: a weight per bucket and which buckets the text touched. */
const weightOf = new Float64Array(DIMENSIONS);
const touched = new Uint16Array(DIMENSIONS);

/**
 * Weighted hashed features of a text, before IDF: its buckets in ascending order and their summed
 * weights. Each feature is the FNV-1a hash of a kind prefix and a string ("w:" a word, "b:" two
 * words, "c:" a character 3- or 4-gram of the word padded with < and >), hashed without building
 * the strings: at 100,000 chunks this runs over every word of the knowledge.
 */
function features(text: string): { buckets: Uint16Array; weights: Float64Array } {
  const terms = contentTerms(text);
  let count = 0;
  const add = (h: number, weight: number) => {
    const bucket = bucketOf(h);
    if (weightOf[bucket] === 0) touched[count++] = bucket;
    weightOf[bucket]! += weight;
  };
  let previousHash = 0;
  for (let i = 0; i < terms.length; i++) {
    const term = terms[i]!;
    add(fnv1a(WORD, term, 0, term.length), WORD_WEIGHT);
    if (i > 0) add(fnv1a(previousHash, term, 0, term.length), BIGRAM_WEIGHT);
    // The pair's hash continues from "b:", this word and a space: the next word's pair starts here.
    previousHash = Math.imul(fnv1a(BIGRAM, term, 0, term.length) ^ SPACE, FNV_PRIME);
    // The n-grams of "<term>": the padding is hashed as its character codes, without a new string.
    const length = term.length + 2;
    const grams = Math.max(0, length - 2) + Math.max(0, length - 3);
    const weight = CHAR_WEIGHT / grams;
    for (let n = 3; n <= 4; n++)
      for (let j = 0; j + n <= length; j++) {
        let h = CHAR;
        for (let c = j; c < j + n; c++) {
          const code = c === 0 ? LT : c === length - 1 ? GT : term.charCodeAt(c - 1);
          h = Math.imul(h ^ code, FNV_PRIME);
        }
        add(h, weight);
      }
  }
  const buckets = touched.slice(0, count).sort();
  const weights = new Float64Array(count);
  for (let j = 0; j < count; j++) {
    weights[j] = weightOf[buckets[j]!]!;
    weightOf[buckets[j]!] = 0;
  }
  return { buckets, weights };
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
  /**
   * When fitted in this process: how many of the texts it was fitted on use each dimension, which
   * is how many postings each dimension gets when those texts are indexed.
   */
  readonly documentFrequency?: Float64Array;

  private constructor(idf: Float64Array, documentFrequency?: Float64Array) {
    super({});
    this.idf = idf;
    this.documentFrequency = documentFrequency;
  }

  static fit(texts: string[]): LocalEmbeddings {
    const df = new Float64Array(DIMENSIONS);
    for (const text of texts) for (const bucket of features(text).buckets) df[bucket]! += 1;
    const n = texts.length;
    return new LocalEmbeddings(
      df.map((d) => Math.log((n + 1) / (d + 1)) + 1),
      df,
    );
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
    const { buckets, weights } = features(text);
    let sum = 0;
    for (let j = 0; j < weights.length; j++) {
      const w = (1 + Math.log(weights[j]! + 1)) * this.idf[buckets[j]!]!;
      weights[j] = w;
      sum += w * w;
    }
    const norm = Math.sqrt(sum);
    const values = new Float32Array(weights.length);
    if (norm > 0) for (let j = 0; j < weights.length; j++) values[j] = weights[j]! / norm;
    return { indices: buckets, values };
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
