import path from 'node:path';
import { PACKAGE_ROOT } from '../config.js';
import { GramModel, type GramModelFile } from './gram-model.js';

export const SOCIAL_MODEL_PATH = path.join(PACKAGE_ROOT, 'src', 'scope', 'social-model.json');
const REFIT = 'npm run fit:social';

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

  isSocial(message: string): boolean {
    return this.accepts(message);
  }
}
