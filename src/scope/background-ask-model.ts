import path from 'node:path';
import { PACKAGE_ROOT } from '../config.js';
import { GramModel } from './gram-model.js';

export const BACKGROUND_ASK_MODEL_PATH = path.join(PACKAGE_ROOT, 'src', 'scope', 'background-ask-model.json');
const REFIT = 'npm run fit:background-ask';

/**
 * How likely a message tells of someone's background and asks where it fits ("Say a bloke's done
 * twelve years in the army on signals. Where does he land in all this?", "kak aku lulusan
 * keperawatan, kira2 bisa masuk kemana?"). The intent rules decide first; this only reads a message
 * they take for a plain description request that names no role or skill.
 */
export class BackgroundAskModel extends GramModel {
  /** Never sure: the rules alone. */
  static untrained(): BackgroundAskModel {
    return new BackgroundAskModel(() => undefined, REFIT);
  }

  static fromFile(file = BACKGROUND_ASK_MODEL_PATH): BackgroundAskModel {
    return new BackgroundAskModel(GramModel.read(file), REFIT);
  }

  asksWhereItFits(message: string): boolean {
    return this.accepts(message);
  }
}
