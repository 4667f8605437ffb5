/**
 * Bounds on what one question can make the engine do. A question is cut to MAX_QUESTION_CHARS before
 * any search; a "word" longer than MAX_WORD_CHARS is no word anyone types (a pasted hash, a flood of
 * one letter) and is left out of matching, which keeps fuzzy search and edit distances cheap.
 */
export const MAX_QUESTION_CHARS = 2000;
export const MAX_WORD_CHARS = 40;
/** Searched words per question: more than any real question has, few enough to keep matching fast. */
export const MAX_WORDS = 120;

/** Control characters other than tab and newline, which only break rendering downstream. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff]/g;

/** Typographic apostrophes, as phones type them: read as the plain one ("I’m" is "I'm"). */
const APOSTROPHES = /[\u2018\u2019\u02bc]/g;

/**
 * The question as the engine reads it: control characters gone, apostrophes plain, white space
 * folded, length capped.
 */
export function limitQuestion(text: string): string {
  const cut = text.length > MAX_QUESTION_CHARS * 2 ? text.slice(0, MAX_QUESTION_CHARS * 2) : text;
  return cut
    .replace(CONTROL, ' ')
    .replace(APOSTROPHES, "'")
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, MAX_QUESTION_CHARS)
    .trim();
}
