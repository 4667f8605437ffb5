/**
 * A message cut where a new clause starts: after the end of a sentence (its mark kept), or at a comma or dash before a
 * word that opens a question or a new thought ("nurse for 10 years, night shifts, where do I fit?").
 * Commas inside a list ("gps tractors, auto steer") do not cut.
 */
const CLAUSE_BREAK =
  /(?<=[.!?;])\s+|(?:,|\s[-–—])\s+(?=(?:so|and|but|what|where|which|who|how|any|anything|is|are|can|could|should|would|do|does)\b)/i;

export function clauses(text: string): string[] {
  return text.split(CLAUSE_BREAK).filter((c) => /\w/.test(c));
}

/**
 * Every clause of a message that ends in a question mark ("how long would it take me to retrain?
 * Months? Years?"), or its last clause when none does: what it asks, not what it tells.
 */
export function askingClauses(text: string): string {
  const asked = clauses(text).filter((c) => c.trim().endsWith('?'));
  return asked.length ? asked.join(' ') : lastClause(text);
}

/** What a message asks, after what it tells: its last clause. */
export function lastClause(text: string): string {
  return clauses(text).at(-1) ?? text;
}

/**
 * The sentences of a message that end in a question mark, or the whole message when none does:
 * "I study in Delft. Which role fits?" asks only the second.
 */
export function askingSentences(text: string): string {
  const asked = text.split(/(?<=[.!?])\s+/).filter((s) => s.trim().endsWith('?'));
  return asked.length ? asked.join(' ') : text;
}
