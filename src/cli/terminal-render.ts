import { answerJson } from '../answer/answer.js';
import type { Reply } from '../replies/reply.js';
import { notFoundText } from '../replies/wording.js';
import { roleCardMarkdown, skillCardMarkdown } from './card-markdown.js';

/** What the CLI prints for a reply: text for stdout or stderr, and the exit code. */
export interface TerminalOutput {
  stdout?: string;
  stderr?: string;
  code: number;
}

export function terminalOutput(reply: Reply): TerminalOutput {
  switch (reply.kind) {
    case 'answer':
      return { stdout: reply.answer.answer, code: 0 };
    case 'role-card':
      return { stdout: roleCardMarkdown(reply.card), code: 0 };
    case 'skill-card':
      return { stdout: skillCardMarkdown(reply.card), code: 0 };
    case 'list':
      return { stdout: reply.items.map((c) => `${c.id.padEnd(38)} ${c.title}: ${c.summary}`).join('\n'), code: 0 };
    case 'not-found':
      return { stderr: notFoundText(reply.of, reply.name, reply, (s) => `${s.title} (${s.id})`), code: 1 };
    case 'draft':
    case 'notice':
      return { stdout: reply.text, code: 0 };
  }
}

/** The `--json` contract: an answer as before, a card or list as data, a miss as an error object. */
export function jsonOutput(reply: Reply): { json: unknown; code: number } {
  switch (reply.kind) {
    case 'answer':
      return { json: answerJson(reply.answer), code: 0 };
    case 'role-card':
    case 'skill-card':
      return { json: reply.card, code: 0 };
    case 'list':
      return { json: reply.items, code: 0 };
    case 'not-found':
      return { json: { error: 'not_found', suggestions: reply.suggestions.map((s) => s.id) }, code: 1 };
    case 'draft':
    case 'notice':
      return { json: { message: reply.text }, code: 0 };
  }
}
