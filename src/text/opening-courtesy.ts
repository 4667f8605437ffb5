/**
 * Openers that only lead into a question: "hey, quick question:", "ok so", "sorry, one more thing –",
 * and greetings of other languages ("ciao!", "hola,").
 */
const OPENER =
  /^\W*(?:(?:hey|hi|hello|yo|ok|okay|so|sorry|um+|hmm+|also|quick question|one more thing|one more question|another question|question|hola|ciao|salut|bonjour|hallo|servus|moin|cze(ś|s)(ć|c)|privet|namaste|mambo|habari|jambo|kumusta)\b[\s,!.:;-]*)+/iu;

/**
 * The question without the courtesy it opens with, when at least two words remain: so that
 * "hey, quick question: give an example" continues the conversation like "give an example" does.
 * A message that is only courtesy ("hey", "ok so") is kept whole for the guide.
 */
export function withoutOpeningCourtesy(question: string): string {
  const rest = question.replace(OPENER, '');
  return rest !== question && rest.trim().split(/\s+/).length >= 2 ? rest : question;
}
