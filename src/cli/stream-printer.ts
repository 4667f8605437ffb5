import type { Answer, AnswerEvent } from '../answer/answer.js';
import { sourcesMarkdown } from '../answer/citations.js';
import { answerText } from './terminal-render.js';
import { MARKDOWN_OUTPUT, type TerminalStyle } from './terminal-style.js';

/**
 * Writes generated text as it streams, then the checked answer's sources; when the model's answer
 * was not used (offline fallback) or was changed by the citation check, the final answer follows in full.
 */
export async function printStreamed(
  events: AsyncIterable<AnswerEvent>,
  write: (text: string) => void,
  style: TerminalStyle = MARKDOWN_OUTPUT,
): Promise<Answer | undefined> {
  let streamed = '';
  for await (const event of events) {
    if (event.type === 'delta') {
      streamed += event.text;
      write(event.text);
      continue;
    }
    const answer = event.answer;
    if (!streamed) write(`${answerText(answer, style)}\n`);
    else if (answer.mode === 'llm' && answer.body === streamed.trim())
      write(`\n\n${sourcesMarkdown(answer.sources)}\n`);
    else write(`\n\n---\n${answerText(answer, style)}\n`);
    return answer;
  }
  return undefined;
}
