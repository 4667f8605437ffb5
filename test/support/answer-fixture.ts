import type { Answer } from '../../src/answer/answer.js';
import { toMarkdown } from '../../src/answer/answer-markdown.js';

/** A grounded answer made of these parts, citing one team-written file: for rendering tests. */
export function answerOf(parts: Answer['parts']): Answer {
  const body = toMarkdown(parts);
  return {
    answer: body,
    body,
    parts,
    grounded: true,
    roles: [],
    subject: [],
    gaps: [],
    sources: [{ id: 'a', title: 'A', score: 1, path: 'roles/a.md', origin: 'team', teamParts: [] }],
    mode: 'extractive',
    intent: 'describe',
  };
}
