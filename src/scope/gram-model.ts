import * as z from 'zod';
import { readModelFile } from '../model-file.js';
import { GRAM_BUCKETS, messageGrams } from './message-grams.js';
import { sparseLogOdds, sparseProbability } from './sparse-logistic.js';

/** Tens of thousands of integers: checked in one pass, not element by element through zod (16 ms on a cold start). */
const integers = (min: number) =>
  z.custom<number[]>(
    (v) => Array.isArray(v) && v.every((x) => Number.isInteger(x) && x >= min),
    min === 0 ? 'must be an array of whole numbers of 0 or more' : 'must be an array of whole numbers',
  );

/** Tens of thousands of integers, checked in one pass. */
export const keptWeights = { indexSteps: integers(0), hundredths: integers(Number.NEGATIVE_INFINITY) };

/**
 * A logistic regression over a message's grams, as fitted by fit-gram-model.ts. Only buckets with a
 * weight that matters are kept: `indexSteps` are the gaps between successive kept buckets and
 * `hundredths` their weights times 100, which keeps a file near 100 KB.
 */
export const gramModelFile = z.object({
  buckets: z.number().int().positive(),
  bias: z.number(),
  threshold: z.number().min(0).max(1),
  /** Below this a message is surely not of the kind; 0 (never) where the fitting chose none. */
  floor: z.number().min(0).max(1).default(0),
  /** Below this, lower still, a message is not of the kind whatever else it says; 0 (never) where none was chosen. */
  veto: z.number().min(0).max(1).default(0),
  /** Below this, above the floor, a message leans away from the kind: not sure alone, only with another model agreeing; 0 where none was chosen. */
  leaning: z.number().min(0).max(1).default(0),
  ...keptWeights,
  fitted: z.object({ examples: z.number(), check: z.string() }),
});
// As written: a file fitted before the floor and the veto existed has neither.
export type GramModelFile = z.input<typeof gramModelFile>;

/** Kept weights written back into their buckets. */
export function expandWeights(kept: { indexSteps: number[]; hundredths: number[] }, into: Float32Array): void {
  let index = 0;
  kept.indexSteps.forEach((step, i) => {
    index += step;
    into[index] = kept.hundredths[i]! / 100;
  });
}

/**
 * How likely a message is of one kind, from the grams of its words. Loaded on first use: most
 * questions never need one. `refit` is the command that fits it, named when its file is stale.
 */
export class GramModel {
  private loaded?: {
    weights: Float32Array;
    bias: number;
    threshold: number;
    floor: number;
    veto: number;
    leaning: number;
  };

  protected constructor(
    private readonly source: () => GramModelFile | undefined,
    private readonly refit: string,
  ) {}

  protected static read(file: string): () => GramModelFile {
    return () => readModelFile(file, gramModelFile);
  }

  private model() {
    if (this.loaded) return this.loaded;
    const m = this.source();
    const weights = new Float32Array(m?.buckets ?? 0);
    if (m) {
      if (m.buckets !== GRAM_BUCKETS)
        throw new Error(`model has ${m.buckets} buckets, the code hashes into ${GRAM_BUCKETS}; run ${this.refit}`);
      expandWeights(m, weights);
    }
    this.loaded = {
      weights,
      bias: m?.bias ?? 0,
      threshold: m ? m.threshold : Number.POSITIVE_INFINITY,
      floor: m?.floor ?? 0,
      veto: m?.veto ?? 0,
      leaning: m?.leaning ?? 0,
    };
    return this.loaded;
  }

  /** Zero for a message without words: the model weighs words, and the rules read emoji and other scripts. */
  probability(message: string): number {
    return this.probabilityOf(messageGrams(message));
  }

  protected probabilityOf(grams: number[]): number {
    const m = this.model();
    return m.weights.length && grams.length ? sparseProbability(grams, m.weights, m.bias) : 0;
  }

  /** At or above the threshold the fitting chose. */
  protected accepts(message: string): boolean {
    return this.probability(message) >= this.model().threshold;
  }

  /**
   * What the message's own grams add to the bias, in log-odds: zero for a message in words the model
   * never learned, whatever the bias makes of it.
   */
  protected gramsLogOdds(message: string): number {
    return sparseLogOdds(messageGrams(message), this.model().weights);
  }

  /** Has words, and reads below the floor the fitting chose: surely not of the kind. */
  protected refuses(message: string): boolean {
    return this.below(message, this.model().floor);
  }

  /** Has words, and reads below the veto the fitting chose, far under the floor. */
  protected vetoes(message: string): boolean {
    return this.below(message, this.model().veto);
  }

  private below(message: string, bound: number): boolean {
    return this.gramsBelowFloor(messageGrams(message), bound);
  }

  /** Some grams, reading below the leaning bound the fitting chose. */
  protected gramsLeanAway(grams: number[]): boolean {
    return this.gramsBelowFloor(grams, this.model().leaning);
  }

  /** Some grams, reading below `bound` (the floor by default). */
  protected gramsBelowFloor(grams: number[], bound = this.model().floor): boolean {
    return grams.length > 0 && this.probabilityOf(grams) < bound;
  }
}
