import path from 'node:path';
import { PACKAGE_ROOT } from '../config.js';
import { GramModel, type GramModelFile } from './gram-model.js';

export const SOCIAL_MODEL_PATH = path.join(PACKAGE_ROOT, 'src', 'scope', 'social-model.json');
const REFIT = 'npm run fit:social';
/**
 * How much the grams must add, in log-odds. Chosen by judging the tuning part's greetings and off-topic
 * questions each with a model fitted without its writer's fold: at 0.25, 10 more off-topic questions
 * declined for 1 greeting lost; at 0.5, 13 for 4; at 1, 18 for 8.
 */
const MIN_GRAMS_LOG_ODDS = 0.25;

/**
 * How likely a message is conversation with the bot (a greeting, thanks, a goodbye, a question about
 * what it is or can do) rather than a question about careers. The rules in social-message.ts decide
 * first; this only weighs a message they do not recognise, in whatever dialect or language it came.
 */
export class SocialModel extends GramModel {
  /** Never sure of anything: the rules alone, as tests that compare with and without the model use. */
  static untrained(): SocialModel {
    return new SocialModel(() => undefined, REFIT);
  }

  static fromFile(file = SOCIAL_MODEL_PATH): SocialModel {
    return new SocialModel(GramModel.read(file), REFIT);
  }

  static fromWeights(m: GramModelFile): SocialModel {
    return new SocialModel(() => m, REFIT);
  }

  /**
   * Fitted on short greetings against longer questions, the model's bias alone reads as conversation
   * (0.77 today, over its threshold of 0.74): a message in words it never learned ("bugün dolar kaç TL") would
   * be taken for a greeting. Its own grams must speak for conversation too.
   */
  isSocial(message: string): boolean {
    return this.accepts(message) && this.gramsLogOdds(message) >= MIN_GRAMS_LOG_ODDS;
  }
}
