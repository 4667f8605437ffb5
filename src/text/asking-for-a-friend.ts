import { dropPhrase } from './drop-phrase.js';

/**
 * "asking for a friend", "asking for me, obviously": an aside on who wants to know. It asks nothing,
 * and its "for me" is no request to find where the asker fits.
 */
const ASIDE = /\b(just )?asking for (a friend|me|myself|my ?self)( obviously| lol| haha| tbh)?\b/gi;

/** The message without such asides, or as it was when nothing else would remain. */
export const withoutAskingForAFriend = (message: string): string => dropPhrase(message, ASIDE);
