import type { Passage } from './passages.js';

export interface CheckedCitations {
  /** The text with sentences citing only unknown passages removed, and citations renumbered 1..k in order of first use. */
  text: string;
  /** The passages cited, in their new order. */
  cited: Passage[];
  /** Citation numbers that point at no passage the model was given. */
  removed: number[];
  /** Sentences dropped because their only support was an invalid citation. */
  droppedSentences: number;
}

const CITATION = /\s?\[(\d+)\]/g;

/** Sentences and list items, each with its trailing citations. */
function sentences(text: string): string[] {
  return text.split(/(?<=[.!?](?:\s?\[\d+\])*)\s+(?=\S)|\n+/).filter((s) => s.trim());
}

/**
 * Keeps only what the given passages support: a sentence whose citations all point at passages the
 * model was not given goes, with its claim; an invalid marker beside a valid one is removed; the rest
 * are renumbered so the sources list is exactly what the answer cites.
 */
export function checkCitations(text: string, passages: Passage[]): CheckedCitations {
  const byNumber = new Map(passages.map((p) => [p.n, p]));
  const cited: Passage[] = [];
  const removed: number[] = [];
  let droppedSentences = 0;
  const kept: string[] = [];
  for (const sentence of sentences(text)) {
    const numbers = [...sentence.matchAll(CITATION)].map((m) => Number(m[1]));
    const invalid = numbers.filter((n) => !byNumber.has(n));
    removed.push(...invalid);
    if (numbers.length > 0 && invalid.length === numbers.length) {
      droppedSentences += 1;
      continue;
    }
    kept.push(
      sentence
        .replace(CITATION, (match, digits: string) => {
          const passage = byNumber.get(Number(digits));
          if (!passage) return '';
          if (!cited.includes(passage)) cited.push(passage);
          return match.replace(digits, String(cited.indexOf(passage) + 1));
        })
        .replace(/(\w)\[(\d+)\]/g, '$1 [$2]'),
    );
  }
  return { text: joinSentences(kept, text), cited, removed, droppedSentences };
}

/** Puts kept sentences back with the line breaks the model used (lists stay lists). */
function joinSentences(kept: string[], original: string): string {
  if (!original.includes('\n')) return kept.join(' ').trim();
  return kept.join('\n').trim();
}
