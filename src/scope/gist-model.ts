import path from 'node:path';
import { PACKAGE_ROOT } from '../config.js';
import { GramModel } from './gram-model.js';
import { termGrams } from './message-grams.js';

export const GIST_MODEL_PATH = path.join(PACKAGE_ROOT, 'src', 'scope', 'gist-model.json');
const REFIT = 'npm run fit:gist';

/**
 * How likely a message in the middle of a conversation goes on about it, read from its gist alone: the
 * words it shares with the knowledge and the English of the words the glosses read ("wifi", "printer", "bus";
 * "skills", "background"). A message in another language is carried by default, and the grams of its own
 * words mostly tell its language, which people use for follow-ups and errands alike; its gist tells what it
 * is about in any language ("wifi indihome rumah lemot bgt…": "wifi", "network").
 */
export class GistModel extends GramModel {
  /** Never sure: the rules and the other models alone. */
  static untrained(): GistModel {
    return new GistModel(() => undefined, REFIT);
  }

  static fromFile(file = GIST_MODEL_PATH): GistModel {
    return new GistModel(GramModel.read(file), REFIT);
  }

  /** The gist reads below the floor the fitting chose: surely about something else. Never for an empty gist. */
  speaksOfAnotherMatter(gist: readonly string[]): boolean {
    return this.gramsBelowFloor(termGrams(gist));
  }

  /**
   * The gist reads below the leaning bound, above the floor: unlikely to go on about the subject, though not
   * surely so; it takes another model agreeing. Never for an empty gist.
   */
  leansToAnotherMatter(gist: readonly string[]): boolean {
    return this.gramsLeanAway(termGrams(gist));
  }

  /** The probability the gist goes on about the conversation's subject; 0 for an empty gist. */
  probabilityOfGist(gist: readonly string[]): number {
    return this.probabilityOf(termGrams(gist));
  }
}
