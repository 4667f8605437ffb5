import type { NameMatch } from '../retrieval/name-matcher.js';
import { AS_WELL } from '../text/negation-scope.js';
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

/** How close after the turn a skill must be named when nothing wanted is: "than coding", "rather than writing code". */
const NEAR_TURN = 4;

/**
 * The named skills on each side of a contrast, when some are named before it:
 * "more about people and communication than coding" wants Collaborative communication and not
 * Computer programming. Matches are word spans of the normalized question.
 */
export function contrastedSkills(
  question: string,
  skillMatches: Pick<NameMatch, 'docId' | 'start'>[],
): { wanted: string[]; unwanted: string[] } | undefined {
  const tokens = words(question);
  // "not just coding" wants coding as well as the rest; "would rather talk to people than code" turns at "than".
  const turn = tokens.findIndex(
    (t, i) =>
      CONTRAST.has(t) &&
      !(t === 'not' && AS_WELL.has(tokens[i + 1] ?? '')) &&
      !(t === 'rather' && tokens[i + 1] !== 'than'),
  );
  if (turn < 0) return undefined;
  const wanted = [...new Set(skillMatches.filter((m) => m.start < turn).map((m) => m.docId))];
  const unwanted = [...new Set(skillMatches.filter((m) => m.start > turn).map((m) => m.docId))].filter(
    (id) => !wanted.includes(id),
  );
  // "more about dealing with people than sitting at a computer": what is wanted is named, what is not is
  // only described; the contrast still says which side the named skill is on. So does "more about people
  // than coding", where only what is not wanted is named.
  if (wanted.length) return { wanted, unwanted };
  // The English a gloss appends in brackets at the end ("hands on … (miniature electronics)") stands
  // after any turn; it names what was written before it, not what comes after the turn.
  const appended = /\(([^()]*)\)\s*$/.exec(question);
  const written = tokens.length - (appended ? words(appended[1]!).length : 0);
  const justAfter = skillMatches.filter((m) => m.start > turn && m.start <= turn + NEAR_TURN && m.start < written);
  return justAfter.length ? { wanted, unwanted: [...new Set(justAfter.map((m) => m.docId))] } : undefined;
}
