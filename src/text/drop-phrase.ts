/**
 * A message without the phrases a pattern finds, spaces and punctuation tidied; the message as it was
 * when no letter would remain ("be honest" alone is still what was said).
 */
export function dropPhrase(message: string, phrase: RegExp): string {
  const rest = message
    .replace(phrase, ' ')
    .replace(/\s+([,.!?;:])/g, '$1')
    .replace(/\s{2,}/g, ' ')
    .trim();
  return /\p{L}/u.test(rest) ? rest : message;
}
