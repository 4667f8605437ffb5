import { words } from './normalize.js';
import { STOPWORDS } from './stopwords.js';

/**
 * Words that frame a question about a job rather than say what the job is: "the job where you…",
 * "what is that person called". Matched against titles such as "Smart-city jobs", they pull
 * every question toward the documents about jobs in general.
 */
const FRAME_WORDS = new Set(
  'job jobs role roles career careers position positions profession professions person people someone somebody guy guys called name named title'.split(
    ' ',
  ),
);

/**
 * Phrases that say someone is responsible for something, not what: "the job that takes care of the
 * city from hackers" is about hackers, not about care.
 */
const LIGHT_PHRASES =
  /\b(tak(e|es|ing) care of|look(s|ing)? after|in charge of|responsible for|make sure|makes sure)\b/gi;

/** Content words besides the frame that a question must keep before the frame is dropped. */
const MIN_CONTENT_LEFT = 3;

/**
 * The question for passage search: without its framing words when enough else is said, so
 * "the job where you walk through a building before it is built, what's it called" searches for
 * the walk-through, not for "job" and "called".
 */
export function withoutFrame(question: string): string {
  const tokens = words(question.replace(LIGHT_PHRASES, ' '));
  const kept = tokens.filter((t) => !FRAME_WORDS.has(t));
  const content = kept.filter((t) => !STOPWORDS.has(t)).length;
  return kept.length < tokens.length && content >= MIN_CONTENT_LEFT ? kept.join(' ') : question;
}
