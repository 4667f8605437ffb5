import { contentTerms } from '../text/normalize.js';

/** Sentences of a prose text; abbreviations in this knowledge base are rare enough for a simple split. */
export function sentencesOf(text: string): string[] {
  return text
    .replace(/^#+\s.*$/gm, '')
    .replace(/\s+/g, ' ')
    .split(/(?<=[.!?])\s+(?=[A-Z0-9"“(])/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

/**
 * The `limit` sentences of `text` that share most content with the question (weights from `weight`),
 * in their original order. Sentences sharing nothing are never picked.
 */
export function bestSentences(
  text: string,
  questionTerms: Set<string>,
  limit: number,
  weight: (term: string) => number,
): string[] {
  const scored = sentencesOf(text).map((sentence, index) => {
    const terms = new Set(contentTerms(sentence));
    let score = 0;
    for (const t of terms) if (questionTerms.has(t)) score += weight(t);
    return { sentence, index, score };
  });
  return scored
    .filter((s) => s.score > 0)
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .slice(0, limit)
    .sort((a, b) => a.index - b.index)
    .map((s) => s.sentence);
}
