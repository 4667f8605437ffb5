import type { NameMatch } from '../retrieval/name-matcher.js';
import { words } from '../text/normalize.js';

/** Words that turn from what is wanted to what is not: "more about people than coding", "less coding". */
const CONTRAST = new Set([
  'than',
  'less',
  'without',
  'instead',
  'rather',
  'not',
  'minus',
  'fewer',
  'avoid',
  'but',
  'plutot',
]);

/**
 * The named skills on each side of a contrast, when some are named before it:
 * "more about people and communication than coding" wants Collaborative communication and not
 * Computer programming. Matches are word spans of the normalized question.
 */
export function contrastedSkills(
  question: string,
  skillMatches: Pick<NameMatch, 'docId' | 'start'>[],
): { wanted: string[]; unwanted: string[] } | undefined {
  const turn = words(question).findIndex((t) => CONTRAST.has(t));
  if (turn < 0) return undefined;
  const wanted = [...new Set(skillMatches.filter((m) => m.start < turn).map((m) => m.docId))];
  const unwanted = [...new Set(skillMatches.filter((m) => m.start > turn).map((m) => m.docId))].filter(
    (id) => !wanted.includes(id),
  );
  // "more about dealing with people than sitting at a computer": what is wanted is named, what is not is
  // only described; the contrast still says which side the named skill is on.
  return wanted.length ? { wanted, unwanted } : undefined;
}
