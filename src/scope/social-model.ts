import path from 'node:path';
import * as z from 'zod';
import { PACKAGE_ROOT } from '../config.js';
import { readModelFile } from '../model-file.js';
import { GRAM_BUCKETS, messageGrams } from './message-grams.js';
import { sparseProbability } from './sparse-logistic.js';

/** Tens of thousands of integers: checked in one pass, not element by element through zod (16 ms on a cold start). */
const integers = (min: number) =>
  z.custom<number[]>(
    (v) => Array.isArray(v) && v.every((x) => Number.isInteger(x) && x >= min),
    min === 0 ? 'must be an array of whole numbers of 0 or more' : 'must be an array of whole numbers',
  );

/**
 * Weights fitted by fit-social-model.ts, shipped beside it as social-model.json. Only buckets with a
 * weight that matters are kept: `indexSteps` are the gaps between successive kept buckets and
 * `hundredths` their weights times 100, which keeps the file near 100 KB.
 */
export const socialModelFile = z.object({
  buckets: z.number().int().positive(),
  bias: z.number(),
  threshold: z.number().min(0).max(1),
  indexSteps: integers(0),
  hundredths: integers(Number.NEGATIVE_INFINITY),
  fitted: z.object({ examples: z.number(), social: z.number(), check: z.string() }),
});
export type SocialModelFile = z.infer<typeof socialModelFile>;

export const SOCIAL_MODEL_PATH = path.join(PACKAGE_ROOT, 'src', 'scope', 'social-model.json');

/**
 * How likely a message is conversation with the bot (a greeting, thanks, a goodbye, a question about
 * what it is or can do) rather than a question about careers, from the grams of its words. The rules
 * in social-message.ts decide first; this only weighs a message they do not recognise, in whatever
 * dialect or language it came. Loaded on first use: most questions never need it.
 */
export class SocialModel {
  private loaded?: { weights: Float32Array; bias: number; threshold: number };

  private constructor(private readonly source: () => SocialModelFile | undefined) {}

  /** Never sure of anything: the rules alone, as tests that compare with and without the model use. */
  static untrained(): SocialModel {
    return new SocialModel(() => undefined);
  }

  static fromFile(file = SOCIAL_MODEL_PATH): SocialModel {
    return new SocialModel(() => readModelFile(file, socialModelFile));
  }

  static fromWeights(m: SocialModelFile): SocialModel {
    return new SocialModel(() => m);
  }

  private model() {
    if (this.loaded) return this.loaded;
    const m = this.source();
    const weights = new Float32Array(m?.buckets ?? 0);
    if (m) {
      if (m.buckets !== GRAM_BUCKETS)
        throw new Error(
          `social model has ${m.buckets} buckets, the code hashes into ${GRAM_BUCKETS}; run npm run fit:social`,
        );
      let index = 0;
      m.indexSteps.forEach((step, i) => {
        index += step;
        weights[index] = m.hundredths[i]! / 100;
      });
    }
    this.loaded = { weights, bias: m?.bias ?? 0, threshold: m ? m.threshold : Number.POSITIVE_INFINITY };
    return this.loaded;
  }

  /** Zero for a message without words: the model weighs words, and the rules read emoji and other scripts. */
  probability(message: string): number {
    const m = this.model();
    const grams = messageGrams(message);
    return m.weights.length && grams.length ? sparseProbability(grams, m.weights, m.bias) : 0;
  }

  isSocial(message: string): boolean {
    return this.probability(message) >= this.model().threshold;
  }
}
