import path from 'node:path';
import * as z from 'zod';
import { PACKAGE_ROOT } from '../config.js';
import { readModelFile } from '../model-file.js';
import { BACKGROUND_FEATURE_NAMES, type BackgroundCandidate } from './background-candidates.js';

/** Weights fitted by fit-background-ranker.ts; they ship beside it as background-ranker.json. */
export const backgroundRankerFile = z.object({
  features: z.array(z.string()),
  mean: z.array(z.number()),
  std: z.array(z.number()),
  weights: z.array(z.number()),
  fitted: z.object({ questions: z.number(), hitAt1: z.number(), crossValidatedHitAt1: z.number() }),
});
export type BackgroundRankerFile = z.infer<typeof backgroundRankerFile>;

/** Where the weights live: src/ranking/, read from there by the built code too (it is not compiled). */
export const BACKGROUND_RANKER_PATH = path.join(PACKAGE_ROOT, 'src', 'ranking', 'background-ranker.json');

/**
 * Orders the roles a background fits by a linear score over standardised features: a softmax over
 * each question's candidates, fitted so the roles its labels accept come first.
 */
export class BackgroundRanker {
  constructor(private readonly m: BackgroundRankerFile) {
    const lengths = [m.mean.length, m.std.length, m.weights.length];
    if (
      m.features.join() !== BACKGROUND_FEATURE_NAMES.join() ||
      lengths.some((n) => n !== BACKGROUND_FEATURE_NAMES.length)
    ) {
      throw new Error(
        `${BACKGROUND_RANKER_PATH}: features ${m.features.join(', ')} do not match the code's; run npm run fit:background`,
      );
    }
  }

  /** Every candidate ties, keeping the order it was given: what the fitting script runs with, since it fits the real one. */
  static untrained(): BackgroundRanker {
    const n = BACKGROUND_FEATURE_NAMES.length;
    return new BackgroundRanker({
      features: [...BACKGROUND_FEATURE_NAMES],
      mean: new Array<number>(n).fill(0),
      std: new Array<number>(n).fill(1),
      weights: new Array<number>(n).fill(0),
      fitted: { questions: 0, hitAt1: 0, crossValidatedHitAt1: 0 },
    });
  }

  static load(file = BACKGROUND_RANKER_PATH): BackgroundRanker {
    return new BackgroundRanker(readModelFile(file, backgroundRankerFile));
  }

  score(features: readonly number[]): number {
    let z = 0;
    features.forEach((x, i) => {
      z += this.m.weights[i]! * ((x - this.m.mean[i]!) / this.m.std[i]!);
    });
    return z;
  }

  /** Candidates best first; equal scores keep their given order. */
  rank(candidates: BackgroundCandidate[]): BackgroundCandidate[] {
    const scored = candidates.map((c, i) => ({ c, i, z: this.score(c.features) }));
    return scored.sort((a, b) => b.z - a.z || a.i - b.i).map((s) => s.c);
  }
}
