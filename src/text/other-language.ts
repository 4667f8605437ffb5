import { FOREIGN_FUNCTION_WORDS } from './foreign-function-words.js';
import { words } from './normalize.js';
import { STOPWORDS } from './stopwords.js';

/**
 * Whether a message is written in another language than English, as far as its small words tell:
 * more of them are another language's articles, particles and pronouns ("das", "quoi", "kwa") than
 * English ones. Content words say nothing here: an English question full of words the knowledge
 * lacks ("recommend a good pizza place nearby") is still English.
 */
export function writtenInAnotherLanguage(message: string): boolean {
  const { foreign, english } = smallWords(message);
  return foreign > 0 && foreign > english;
}

/** Whether a message has clauses in another language, beside English ones: "wow y qué estudian esas personas, can a mech engineer get in?". */
export function partlyInAnotherLanguage(message: string): boolean {
  return smallWords(message).foreign >= MIN_FOREIGN_WORDS_OF_A_CLAUSE;
}

/** Small words of another language that make a clause of it, not a borrowed word ("y", "qué", "esas"). */
const MIN_FOREIGN_WORDS_OF_A_CLAUSE = 2;

/** How many of a message's small words are only another language's, and how many only English. */
function smallWords(message: string): { foreign: number; english: number } {
  let foreign = 0;
  let english = 0;
  for (const w of words(message)) {
    const isForeign = FOREIGN_FUNCTION_WORDS.has(w);
    const isEnglish = STOPWORDS.has(w);
    if (isForeign && !isEnglish) foreign += 1;
    else if (isEnglish && !isForeign) english += 1;
  }
  return { foreign, english };
}

const LETTER = /\p{L}/u;
const LATIN_LETTER = /\p{Script=Latin}/u;

/**
 * Whether most of a message's letters are of another script than Latin ("а яму праграмаваць трэба?"):
 * another language whichever it is, even one whose small words the bot does not know.
 */
export function writtenInAnotherScript(message: string): boolean {
  let other = 0;
  let latin = 0;
  for (const ch of message) {
    if (!LETTER.test(ch)) continue;
    if (LATIN_LETTER.test(ch)) latin += 1;
    else other += 1;
  }
  return other > latin;
}
