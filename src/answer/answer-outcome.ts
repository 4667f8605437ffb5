import type { Answer } from './answer.js';

/** What became of a question, for the admin's report and the metrics. */
export type Outcome = 'answered' | 'partial' | 'declined' | 'social';

export function outcomeOf(answer: Answer): { outcome: Outcome; reason?: string } {
  if (answer.intent === 'decline') return { outcome: 'declined', reason: 'outside the knowledge base' };
  if (answer.intent === 'help') return { outcome: 'social' };
  if (answer.gaps.length > 0) return { outcome: 'partial', reason: `not covered: ${answer.gaps.join(', ')}` };
  return { outcome: 'answered' };
}

/** Skills the answer names, in order, once each. */
export function skillsNamed(answer: Answer): string[] {
  const ids = new Set<string>();
  for (const block of answer.parts)
    for (const spans of block.type === 'list' ? block.items : block.lines)
      for (const span of spans) if (span.type === 'skill') ids.add(span.id);
  return [...ids];
}
