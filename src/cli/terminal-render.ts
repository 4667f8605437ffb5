import { type Answer, answerJson } from '../answer/answer.js';
import { renderBlocks } from '../answer/answer-markdown.js';
import type { Reply } from '../replies/reply.js';
import { notFoundText, sourceLine } from '../replies/wording.js';
import { roleCardText, skillCardText } from './card-text.js';
import { MARKDOWN_OUTPUT, type TerminalStyle, wrapLines } from './terminal-style.js';

/** An answer for the terminal: its Markdown to a pipe (the contract scripts read), styled parts on a terminal. */
export function answerText(answer: Answer, style: TerminalStyle): string {
  if (style === MARKDOWN_OUTPUT) return answer.answer;
  const sources = answer.sources.map((s, i) => sourceLine(s, i + 1));
  const text = [
    renderBlocks(answer.parts, style.span),
    ...(sources.length ? [[style.span.strong('Sources'), ...sources].join('\n')] : []),
  ];
  return wrapLines(text.join('\n\n'), style.width);
}

/** What the CLI prints for a reply: text for stdout or stderr, and the exit code. */
export interface TerminalOutput {
  stdout?: string;
  stderr?: string;
  code: number;
}

export function terminalOutput(reply: Reply, style: TerminalStyle = MARKDOWN_OUTPUT): TerminalOutput {
  switch (reply.kind) {
    case 'answer':
      return { stdout: answerText(reply.answer, style), code: 0 };
    case 'role-card':
      return { stdout: roleCardText(reply.card, style), code: 0 };
    case 'skill-card':
      return { stdout: skillCardText(reply.card, style), code: 0 };
    case 'list':
      return { stdout: reply.items.map((c) => `${c.id.padEnd(38)} ${c.title}: ${c.summary}`).join('\n'), code: 0 };
    case 'not-found':
      return { stderr: notFoundText(reply.of, reply.name, reply, (s) => `${s.title} (${s.id})`), code: 1 };
    case 'draft':
    case 'notice':
      return { stdout: wrapLines(reply.text, style.width), code: 0 };
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
