/**
 * Words with which people say the next thing is about something else: "btw", "unrelated, but…", "on
 * another matter entirely", "ok random mais…", "übrigens", "por cierto", "nga pala". In a thread about a role,
 * a message that says so is not a follow-up, whatever its pronouns: "quite separately, my robot vacuum keeps
 * getting stuck under the sofa, how do I stop it?".
 */
const CHANGES_THE_SUBJECT = new RegExp(
  [
    // English, in chat shorthand and in full.
    String.raw`btw|by the way|off[- ]topic|nothing to do with (jobs?|careers?|work)`,
    // "unrelated, but…", "totally unrelated:"; not "is it unrelated to data science?".
    String.raw`unrelated(?=\s*[,:;.!-]|\s+(but|question|q|qn|thing|matter|note|topic|subject|though))`,
    String.raw`(on|in) (a|an|another|the other) ((completely|totally|entirely|quite|rather|slightly) )?(different|separate|unrelated|other|lighter|side) (note|matter|subject|topic|front)`,
    String.raw`on another (note|matter|subject|topic|front)`,
    String.raw`(completely|totally|entirely|quite|rather) (different|separate|unrelated) (question|q|thing|matter|topic|subject)`,
    String.raw`quite separately|separate (thing|question|matter)|diff(erent)? (q|qn|topic|subject)|another (topic|subject)`,
    String.raw`chang(e|ing) (of|the) (subject|topic)|random (q|qn|question|one|thing|but)|(ok|okay|k) random|side ?note`,
    String.raw`(while|whilst) i (have|'ve got|ve got) you|(while|whilst) (we'?re|we are) (at it|chatting|talking)|(while|whilst) (i'?m|im|i am|a'?m|ah'?m) here(?=\s*[,:;.!-])|(speaking|talking) of`,
    // "righto. different thing, …", "switching gears:", "not career related but…".
    String.raw`(different|unrelated|other) thing(?=\s*[,:;.!-])|(an)?other (question|q|qn)(?=\s*[,:;.!-])|(switch|switching|chang(e|ing)) gears`,
    String.raw`not (a )?(career|job|work)[- ]related|non[- ](career|job|work)[- ]related|nothing to do with (this|that|any of (this|that))`,
    // French, Spanish, Portuguese, Italian, German, Dutch, Polish, Tagalog, Indonesian, Turkish, Russian in Latin letters.
    String.raw`au fait(?! with)|sans rapport|autre sujet|changement de sujet|(ok |bon )?random mais`,
    String.raw`por cierto|otro tema|cambiando de tema|cambio de tema`,
    String.raw`ali[aá]s|por falar nisso|outro assunto|mudando de assunto`,
    String.raw`cambiando argomento|altro argomento`,
    String.raw`[uü]brigens|(ganz )?anderes thema|themawechsel|was ganz anderes`,
    String.raw`trouwens|ander onderwerp|iets heel anders`,
    String.raw`przy okazji|a tak w og[oó]le|zmieniaj[aą]c temat|inna sprawa`,
    String.raw`nga pala|iba naman|ibang usapan|ibang tanong`,
    String.raw`ngomong[- ]ngomong|omong[- ]omong|ganti topik`,
    String.raw`bu arada|konu d[iı][sş][iı]`,
    String.raw`kstati|ne po teme|drugoy vopros`,
    // Greek in Latin letters: "I change the subject", "another subject".
    String.raw`allazo thema|allo thema`,
    // Haitian Creole: "another thing", "another question"; Egyptian Arabic in Latin letters: "another question", "a
    // personal question", "another thing", "another subject".
    'l[oò]t bagay|(yon )?l[oò]t kesyon',
    'so2al (tany|tani|tanee|shakhsy|shakhsi)|7aga tan(ya|ia|yah)|mawdoo3 tany',
  ].join('|'),
  'u',
);
const AS_WORDS = new RegExp(`(?<![\\p{L}\\p{N}])(${CHANGES_THE_SUBJECT.source})(?![\\p{L}\\p{N}])`, 'iu');

/** Words that must follow the marker for it to open something new: "who said that btw?" only ends a question. */
const WORDS_AFTER = 3;

/**
 * What a message says after saying it is about something else ("btw, do they work nights?": "do they work
 * nights?"); undefined when it does not say so, or says it only at its end ("who said that btw?").
 */
export function afterSubjectChange(message: string): string | undefined {
  const found = AS_WORDS.exec(message);
  if (!found) return undefined;
  const rest = message.slice(found.index + found[0].length);
  return (rest.match(/[\p{L}\p{N}]+/gu) ?? []).length >= WORDS_AFTER ? rest : undefined;
}

/** Words before the saying for it to open the message: "ok thanks. off topic pero…", not "how old is your info btw, …". */
const WORDS_BEFORE = 3;

/** What follows when a message opens by saying it goes on to something else; undefined otherwise. */
export function opensWithSubjectChange(message: string): string | undefined {
  const found = AS_WORDS.exec(message);
  if (!found || (message.slice(0, found.index).match(/[\p{L}\p{N}]+/gu) ?? []).length > WORDS_BEFORE) return undefined;
  return afterSubjectChange(message);
}
