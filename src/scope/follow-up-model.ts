import path from 'node:path';
import { PACKAGE_ROOT } from '../config.js';
import { GramModel } from './gram-model.js';

export const FOLLOW_UP_MODEL_PATH = path.join(PACKAGE_ROOT, 'src', 'scope', 'follow-up-model.json');
const REFIT = 'npm run fit:follow-up';

/**
 * How likely a message that names nothing goes on about what the conversation was about ("a skills
 * kakie nado dlya etogo?", "ano pa yung related jobs sa kanila?") rather than being conversation with
 * the bot or a question about something else. The rules decide first: this only reads, in a
 * conversation about a role, a message they would decline or leave to the scope model.
 */
export class FollowUpModel extends GramModel {
  /** Never sure: the rules alone. */
  static untrained(): FollowUpModel {
    return new FollowUpModel(() => undefined, REFIT);
  }

  static fromFile(file = FOLLOW_UP_MODEL_PATH): FollowUpModel {
    return new FollowUpModel(GramModel.read(file), REFIT);
  }

  continuesSubject(message: string): boolean {
    return this.accepts(message);
  }

  /**
   * Reads as surely about something else ("Pre anong oras nagsasara Albert Heijn dito pag Sunday?"), below
   * the floor the fitting chose; never for a message without words the model weighs (another script).
   */
  speaksOfAnotherMatter(message: string): boolean {
    return this.refuses(message);
  }

  /**
   * Reads lower still, below the veto ("wifes bread machine quit kneading. belt or motor"): so far from
   * any follow-up that only a message pointing back and asking about the role is taken for one.
   */
  speaksOnlyOfAnotherMatter(message: string): boolean {
    return this.vetoes(message);
  }
}
