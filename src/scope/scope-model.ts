import path from 'node:path';
import * as z from 'zod';
import { PACKAGE_ROOT } from '../config.js';
import { readModelFile } from '../model-file.js';
import { FEATURE_NAMES } from './scope-features.js';
import { ScopeWordingModel } from './scope-wording-model.js';

/** Weights fitted by fit-scope-model.ts; they ship beside it as scope-model.json. */
export const scopeModelFile = z.object({
  features: z.array(z.string()),
  mean: z.array(z.number()),
  std: z.array(z.number()),
  weights: z.array(z.number()),
  bias: z.number(),
  threshold: z.number(),
  fitted: z.object({ examples: z.number(), positives: z.number(), accuracy: z.number() }),
});
export type ScopeModelFile = z.infer<typeof scopeModelFile>;

/** Where the weights live: src/scope/, read from there by the built code too (it is not compiled). */
export const SCOPE_MODEL_PATH = path.join(PACKAGE_ROOT, 'src', 'scope', 'scope-model.json');

/**
 * Logistic regression over standardised retrieval features, the wording model's reading among them:
 * the probability a question is in scope.
 */
export class ScopeModel {
  constructor(
    private readonly m: ScopeModelFile,
    /** Fitted with these weights, and read for their `wording` feature. */
    readonly wording: ScopeWordingModel = ScopeWordingModel.untrained(),
  ) {
    if (m.features.join() !== FEATURE_NAMES.join()) {
      throw new Error(
        `${SCOPE_MODEL_PATH}: features ${m.features.join(', ')} do not match the code's; run npm run fit:scope`,
      );
    }
  }

  /** Undecided on everything: what the fitting script runs with, since it fits the real one. */
  static untrained(): ScopeModel {
    const n = FEATURE_NAMES.length;
    const zeros = new Array<number>(n).fill(0);
    return new ScopeModel({
      features: [...FEATURE_NAMES],
      mean: zeros,
      std: zeros.map(() => 1),
      weights: zeros,
      bias: 0,
      threshold: 0.5,
      fitted: { examples: 0, positives: 0, accuracy: 0 },
    });
  }

  static load(file = SCOPE_MODEL_PATH): ScopeModel {
    return new ScopeModel(readModelFile(file, scopeModelFile), ScopeWordingModel.fromFile());
  }

  probability(features: number[]): number {
    let z = this.m.bias;
    features.forEach((x, i) => {
      z += this.m.weights[i]! * ((x - this.m.mean[i]!) / this.m.std[i]!);
    });
    return 1 / (1 + Math.exp(-z));
  }

  inScope(features: number[]): boolean {
    return this.probability(features) >= this.m.threshold;
  }
}
