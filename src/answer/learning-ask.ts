import { words } from '../text/normalize.js';
import { STOPWORDS } from '../text/stopwords.js';

/**
 * "is 67 too old to learn spanish?", "whats the best way to learn Irish…", "any advice on learning the fiddle at
 * sixty-three?": the asker wants to learn something for its own sake. Only these frames are read: what one needs to
 * learn ("do I need to learn python?") asks what a role requires, and "should I learn X or Y" may weigh a role's skills.
 */
const LEARNING =
  /\b(?:how (?:(?:do|can|could|should|would) (?:i|you|u|one|we|he|she|my \w+) )?(?:to )?|(?:best|fastest|quickest|easiest|good|right|a) way (?:to|of) |too old (?:to|for) |(?:hard|easy|difficult|tough|possible) to |(?:tips|advice|help) (?:on|for|to|with) |apps? (?:for|to) |(?:want|wants|wanna|would like|'d like) (?:to )?)(?:learn|learning|pick up|picking up) (?:to )?((?:[\p{L}'-]+ ?){1,3})/iu;

/** Words that end what is learnt: when, how, where and how well ("…at 27", "…fast", "…before the summer"). */
const ENDS_WHAT_IS_LEARNT = new Set(
  `at before in on for with or and if when as after so because but while by from first fast faster quickly properly
  online free again now then more better well alone myself yourself himself herself hands-on`.split(/\s+/),
);

/** Pointers at the conversation's subject: "how do I learn it", "too old to learn all this?". */
const POINTERS = new Set('it this that these those them all such one ones stuff'.split(' '));

/** The words naming what a question asks how to learn, or undefined when it asks no such thing or points back. */
export function learningAskedFor(question: string): string | undefined {
  const found = LEARNING.exec(question);
  if (!found) return undefined;
  const learnt: string[] = [];
  for (const word of words(found[1]!)) {
    if (ENDS_WHAT_IS_LEARNT.has(word)) break;
    learnt.push(word);
  }
  if (learnt.some((w) => POINTERS.has(w))) return undefined;
  const named = learnt.filter((w) => !STOPWORDS.has(w));
  return named.length > 0 ? named.join(' ') : undefined;
}
