import { FOREIGN_FUNCTION_WORDS } from './foreign-function-words.js';
import { STOPWORDS } from './stopwords.js';

/** Words that negate what follows them (as `words` writes them: "don't" is "don"). */
const NEGATIONS = new Set(
  // And in other languages: "menos código", "sin programar", "ohne Programmieren", "je ne sais pas coder".
  'not no zero minimal without least less never non avoid don dont doesn doesnt didn isn aren wasn won nothing menos sin sem ohne sans senza bez nicht kein keine pas nunca jamais'.split(
    ' ',
  ),
);
/**
 * Portuguese "não", written "nao", negates only before a verb: Vietnamese "nào" (which), written the
 * same, does not ("job nào cần wireless").
 */
const NAO = 'nao';
const NAO_VERBS = new Set(
  'precisa precisam precisar exige exigem requer requerem usa usam envolve envolvem mexe mexem tem'.split(' '),
);
const negates = (tokens: string[], i: number) =>
  NEGATIONS.has(tokens[i]!) || (tokens[i] === NAO && NAO_VERBS.has(tokens[i + 1] ?? ''));

/** "not just coding", "not only tech": as well as, not instead of. */
export const AS_WELL: ReadonlySet<string> = new Set(['just', 'only', 'merely', 'simply', 'purely']);
/** Words between a negation and what it negates: "don't need a lot of coding", "not heavy on programming". */
const BRIDGING = new Set(
  'require requires required requiring involve involves involving lot lots loads tons heaps heavy heavily hardcore soy sou deal dealing touch write writing doing much many any learn learning learnt learned precisa precisam necesita necesitan requer requiere exige'.split(
    ' ',
  ),
);
/** A word a negation reaches over: English or foreign function words ("menos hardcore de código"), or a bridge. */
const bridges = (token: string) => STOPWORDS.has(token) || FOREIGN_FUNCTION_WORDS.has(token) || BRIDGING.has(token);

/** How far after a name a negation still says it is not wanted: "programming not required". */
const AFTER = 2;
/** What a negation after a name says of it: "coding isn't needed" (not "people and not screens"). */
const NOT_NEEDED = new Set('required needed necessary essential mandatory important'.split(' '));

export interface TokenSpan {
  start: number;
  end: number;
}

/**
 * The spans (token positions in `tokens`) a negation bears on: the first word of substance after it
 * starts one ("don't need programming", "without machine learning"), or it follows one closely
 * ("coding not required"). "hands-on, not stuck at a desk" negates the desk.
 */
export function negatedSpans<S extends TokenSpan>(tokens: string[], spans: S[]): S[] {
  const negated = new Set<S>();
  for (let i = 0; i < tokens.length; i++) {
    if (!negates(tokens, i) || AS_WELL.has(tokens[i + 1] ?? '')) continue;
    let j = i + 1;
    while (j < tokens.length && bridges(tokens[j]!) && !spans.some((s) => s.start === j)) j++;
    for (const s of spans) if (s.start === j) negated.add(s);
    const then = tokens[i + 1];
    if (then === undefined || NOT_NEEDED.has(then)) {
      for (const s of spans) if (i >= s.end && i < s.end + AFTER) negated.add(s);
    }
  }
  return [...negated];
}

/** Whether a negation bears on one of the spans. */
export const negatesAny = (tokens: string[], spans: TokenSpan[]): boolean => negatedSpans(tokens, spans).length > 0;
