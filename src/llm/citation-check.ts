import type { Passage } from './passages.js';

export interface CheckedCitations {
  /** The text with invalid citations removed and valid ones renumbered 1..k in order of first use. */
  text: string;
  /** The passages cited, in their new order. */
  cited: Passage[];
  removed: number[];
}

/**
 * Keeps only citations that point at a passage the model was given; renumbers them so the sources
 * list is exactly what the answer cites.
 */
export function checkCitations(text: string, passages: Passage[]): CheckedCitations {
  const byNumber = new Map(passages.map((p) => [p.n, p]));
  const cited: Passage[] = [];
  const removed: number[] = [];
  const renumbered = text.replace(/\s?\[(\d+)\]/g, (match, digits: string) => {
    const passage = byNumber.get(Number(digits));
    if (!passage) {
      removed.push(Number(digits));
      return '';
    }
    if (!cited.includes(passage)) cited.push(passage);
    return match.replace(digits, String(cited.indexOf(passage) + 1));
  });
  return { text: renumbered.trim(), cited, removed };
}
