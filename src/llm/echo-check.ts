/** Word sequences this long shared with the prompt count as copied, not cited. */
const SHINGLE = 8;
/** An answer this short cannot be an echo worth rejecting. */
const MIN_WORDS = 24;
/** More than this share of an answer's word sequences copied from the prompt is an echo. */
const MAX_COPIED_SHARE = 0.6;
/** Bits of the prompt's own scaffolding that no answer should contain. */
const SCAFFOLDING = [
  /passages from the knowledge base/i,
  /answer from the passages above/i,
  /\[\d+\] \((role|skill|source): /i,
  /earlier in this conversation:/i,
  /you are career-bot/i,
];

function shingles(text: string): string[] {
  const words = text.toLowerCase().match(/[a-z0-9]+/g) ?? [];
  const out: string[] = [];
  for (let i = 0; i + SHINGLE <= words.length; i++) out.push(words.slice(i, i + SHINGLE).join(' '));
  return out;
}

/**
 * Whether a model's answer repeats its prompt (the passages, the rules or the question's
 * instructions) instead of answering: it contains the prompt's scaffolding, or most of its word
 * sequences are copied from it. Such an answer cites the right numbers and would pass a check of
 * markers alone.
 */
export function echoesPrompt(answer: string, prompt: string): boolean {
  if (SCAFFOLDING.some((re) => re.test(answer))) return true;
  const own = shingles(answer);
  if (own.length + SHINGLE - 1 < MIN_WORDS) return false;
  const source = new Set(shingles(prompt));
  const copied = own.filter((s) => source.has(s)).length;
  return copied / own.length > MAX_COPIED_SHARE;
}
