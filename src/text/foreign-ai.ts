import { FOREIGN_FUNCTION_WORDS } from './foreign-function-words.js';
import { words } from './normalize.js';
import { STOPWORDS } from './stopwords.js';

/** Words of another language that make a message that language's, not English with a borrowed word or two. */
const MIN_FOREIGN_WORDS = 2;

/**
 * "ai" written in lower case in a message in another language is that language's word, not AI:
 * Italian "far vedere ai cittadini", Portuguese "esse bot aí". It is read as two letters; "AI", and
 * "ai" in an English message ("which jobs use ai?"), still name the skill.
 */
export function withoutForeignAi(message: string): string {
  return withoutWouldIa(withoutForeignAiWord(message));
}

/** Portuguese and Spanish "ia" after a pronoun is "would" or "went" ("ele ia gostar"), not IA, AI. */
function withoutWouldIa(message: string): string {
  return message.replace(
    /(^|[^\p{L}])(ele|ela|eu|voc[eê]|vc|n[oó]s|a gente|se|j[aá]|n[aã]o|que|yo|[eé]l|usted)\s+ia(?![\p{L}])/giu,
    (_all, before: string, who: string) => `${before}${who} i a`,
  );
}

function withoutForeignAiWord(message: string): string {
  if (!/(^|[^\p{L}])a[iíì](?![\p{L}])/u.test(message)) return message;
  // "do" and "no" are Portuguese too, but tell nothing of an English message's language.
  const foreign = words(message).filter((w) => FOREIGN_FUNCTION_WORDS.has(w) && !STOPWORDS.has(w)).length;
  return message.replace(/(^|[^\p{L}])(a[iíì])(?![\p{L}])/gu, (all, before: string, ai: string) =>
    ai === 'ai' && foreign < MIN_FOREIGN_WORDS ? all : `${before}a i`,
  );
}
