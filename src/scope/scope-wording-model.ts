import path from 'node:path';
import { PACKAGE_ROOT } from '../config.js';
import { GramModel, type GramModelFile } from './gram-model.js';

export const SCOPE_WORDING_MODEL_PATH = path.join(PACKAGE_ROOT, 'src', 'scope', 'scope-wording-model.json');
const REFIT = 'npm run fit:scope';

/** Probabilities this close to 0 or 1 say no more: the feature stays within a few units. */
const CLAMP = 1e-3;

/**
 * How likely a question's wording is one about the careers the knowledge holds rather than anything
 * else, from the grams of its words: "brainchips?", "wie houdt de hackers uit de verkeerslichten?".
 * The retrieval features miss such questions when the words are misspelt, slang or foreign; grams keep
 * what a spelling shares. Fitted with the scope model (fit-scope-model.ts), which weighs it as one of
 * its features.
 */
export class ScopeWordingModel extends GramModel {
  static untrained(): ScopeWordingModel {
    return new ScopeWordingModel(() => undefined, REFIT);
  }

  static fromFile(file = SCOPE_WORDING_MODEL_PATH): ScopeWordingModel {
    return new ScopeWordingModel(GramModel.read(file), REFIT);
  }

  static fromWeights(m: GramModelFile): ScopeWordingModel {
    return new ScopeWordingModel(() => m, REFIT);
  }

  /** The probability as log-odds, the scale the scope model's other features are weighed on. */
  logOdds(message: string): number {
    return logOdds(this.probability(message));
  }
}

export function logOdds(p: number): number {
  const q = Math.min(Math.max(p, CLAMP), 1 - CLAMP);
  return Math.log(q / (1 - q));
}
