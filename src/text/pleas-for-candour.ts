import { dropPhrase } from './drop-phrase.js';

/**
 * Pleas for a straight answer: "be honest", "be straight with me", "don't sugarcoat it". They ask
 * nothing and say nothing of the asker, though their "be" and "me" look like "be a nurse" and a
 * person speaking of themselves.
 */
const PLEA =
  /\b(be (brutally |totally |completely |100% )?(honest|straight|real|frank|blunt|straight up)( with (me|us))?|(please )?(don'?t|do not|no) sugar[- ]?coat(ing)?( it| this| anything)?( for (me|us))?|level with (me|us)|give it to (me|us) straight|tell (me|us) straight)\b/gi;

/** The message without its pleas for candour, or as it was when nothing else would remain. */
export const withoutPleasForCandour = (message: string): string => dropPhrase(message, PLEA);
