import { AS_WELL, type TokenSpan } from '../text/negation-scope.js';
import { words } from '../text/normalize.js';

/** A skill named in the question as written, at the word positions that name it. */
export interface SkillSpan extends TokenSpan {
  docId: string;
}

/** The named skills on each side of a contrast. */
export interface SkillContrast {
  wanted: string[];
  unwanted: string[];
}

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
/** "less" in Spanish, Portuguese, French and German, except in "al menos", "pelo menos", "au moins" (at least). */
const LESS_ABROAD = new Set(['menos', 'moins', 'weniger']);
/**
 * "than" in other languages, a turn only after their "more": "más de tratar con personas que de programar",
 * "mehr mit Leuten reden als programmieren", "meer … dan". Alone, "que", "als" and "dan" are "that", "as", "then".
 */
const MORE_IN_GERMANIC = new Set(['mehr', 'eher', 'lieber', 'meer', 'liever']);
const THAN_AFTER_MORE = new Map<string, ReadonlySet<string>>([
  ['que', new Set(['mas', 'mais'])],
  ['als', MORE_IN_GERMANIC],
  ['dan', MORE_IN_GERMANIC],
]);
const AT_LEAST_BEFORE = new Set(['al', 'pelo', 'por', 'au', 'du', 'a']);

/**
 * "good with people but hopeless at coding" turns away at "but"; "lifeguard in summer but otherwise i fly
 * drones" only adds: "but" turns only when something averse follows it closely.
 */
const AVERSE = new Set(
  'not no never hate hated hating less dont don cant cannot avoid bad terrible rubbish awful hopeless useless poor weak struggle struggles nah nope zero none allergic dislike'.split(
    ' ',
  ),
);
const BUT_REACH = 4;

/** Words after a turn that turn back to what is wanted: "not so technical, more about people". */
const TURNS_BACK = new Set(['more', 'mostly', 'mainly']);

/** How close after the turn a skill must be named when nothing wanted is: "than coding", "rather than writing code". */
const NEAR_TURN = 4;

/** The word positions where the sentence that holds word `at` starts and just past where it ends. */
function sentenceAround(text: string, at: number): { start: number; end: number } {
  let start = 0;
  for (const sentence of text.split(/(?<=[.?!])\s+/)) {
    const end = start + words(sentence).length;
    if (end > at) return { start, end };
    start = end;
  }
  return { start, end: start };
}

/**
 * The named skills on each side of a contrast, when some are named before it:
 * "more about people and communication than coding" wants Collaborative communication and not
 * Computer programming. `written` is the question as the person wrote it; spans are its word positions.
 */
export function contrastedSkills(written: string, skillMatches: SkillSpan[]): SkillContrast | undefined {
  const tokens = words(written);
  // "not just coding" wants coding as well as the rest; "would rather talk to people than code" turns at "than".
  const turn = tokens.findIndex(
    (t, i) =>
      (LESS_ABROAD.has(t) && !AT_LEAST_BEFORE.has(tokens[i - 1] ?? '')) ||
      (CONTRAST.has(t) &&
        !(t === 'not' && AS_WELL.has(tokens[i + 1] ?? '')) &&
        !(t === 'rather' && tokens[i + 1] !== 'than') &&
        !(t === 'but' && !tokens.slice(i + 1, i + 1 + BUT_REACH).some((w) => AVERSE.has(w)))) ||
      // "que" is no turn in "tienen más que ver con" ("have more to do with").
      (THAN_AFTER_MORE.has(t) &&
        !(t === 'que' && tokens[i + 1] === 'ver') &&
        tokens.slice(0, i).some((w) => THAN_AFTER_MORE.get(t)!.has(w))),
  );
  if (turn < 0) return undefined;
  // What is turned away from is in the turn's sentence: "… than hardcore tech? communication is my thing".
  // So is what is wanted: "which job no need coding? I am not good with computer" sets nothing against coding.
  const { start: sentenceStart, end: sentenceEnd } = sentenceAround(written, turn);
  const wanted = [
    ...new Set(skillMatches.filter((m) => m.start < turn && m.start >= sentenceStart).map((m) => m.docId)),
  ];
  const afterTurn = skillMatches.filter((m) => m.start > turn && m.start < sentenceEnd);
  const unwanted = [...new Set(afterTurn.map((m) => m.docId))].filter((id) => !wanted.includes(id));
  // "more about dealing with people than sitting at a computer": what is wanted is named, what is not is
  // only described; the contrast still says which side the named skill is on. So does "more about people
  // than coding", where only what is not wanted is named.
  if (wanted.length) return { wanted, unwanted };
  // "not so technical, more about people": what follows "more" after the turn is wanted again.
  const back = tokens.findIndex((t, i) => i > turn && i < sentenceEnd && TURNS_BACK.has(t));
  const wantedAfter = back < 0 ? [] : [...new Set(afterTurn.filter((m) => m.start > back).map((m) => m.docId))];
  const justAfter = afterTurn.filter((m) => m.start <= turn + NEAR_TURN && (back < 0 || m.start < back));
  const unwantedNear = [...new Set(justAfter.map((m) => m.docId))].filter((id) => !wantedAfter.includes(id));
  return justAfter.length || wantedAfter.length ? { wanted: wantedAfter, unwanted: unwantedNear } : undefined;
}

/**
 * Skills a negation turns away from with nothing set against them ("I don't want coding"), as a
 * contrast: those it negates wherever they are named ("which need coding? I've never written a line of
 * code" still asks for coding).
 */
export function turnedAway(named: SkillSpan[], negated: SkillSpan[]): SkillContrast | undefined {
  const unwanted = [...new Set(negated.map((s) => s.docId))].filter((id) =>
    named.every((s) => s.docId !== id || negated.includes(s)),
  );
  return unwanted.length ? { wanted: [], unwanted } : undefined;
}
