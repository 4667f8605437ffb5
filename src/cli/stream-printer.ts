import type { Answer, AnswerEvent } from '../answer/answer.js';
import { sourcesMarkdown } from '../answer/citations.js';

/**
 * Writes generated text as it streams, then the checked answer's sources; when the model's answer
 * was not used (offline fallback) or was changed by the citation check, the final answer follows in full.
 */
export async function printStreamed(
  events: AsyncIterable<AnswerEvent>,
  write: (text: string) => void,
): Promise<Answer | undefined> {
  let streamed = '';
  for await (const event of events) {
    if (event.type === 'delta') {
      streamed += event.text;
      write(event.text);
      continue;
    }
    const answer = event.answer;
    if (!streamed) write(`${answer.answer}\n`);
    else if (answer.mode === 'llm' && answer.body === streamed.trim())
      write(`\n\n${sourcesMarkdown(answer.sources)}\n`);
    else write(`\n\n---\n${answer.answer}\n`);
    return answer;
  }
  return undefined;
}
