import { createInterface } from 'node:readline/promises';
import type { ConversationService } from '../conversation/conversation-service.js';
import { printStreamed } from './stream-printer.js';

/**
 * An interactive chat in the terminal: one conversation in the service, so "and what skills does it
 * need?" follows on from the last answer.
 */
export async function runTerminalChat(
  service: ConversationService,
  input: NodeJS.ReadableStream,
  output: NodeJS.WritableStream,
): Promise<void> {
  const rl = createInterface({ input, output, terminal: (input as { isTTY?: boolean }).isTTY === true });
  output.write(
    'career-bot: ask me about smart-city careers (for example "What does an urban mechanic do?"). Type "exit" to leave.\n',
  );
  const conversation = `terminal:${process.pid}`;
  const caller = { surface: 'cli', user: 'terminal' };
  rl.setPrompt('> ');
  rl.prompt();
  for await (const line of rl) {
    const question = line.trim();
    if (question === 'exit' || question === 'quit') break;
    if (question) {
      output.write('\n');
      await printStreamed(service.askStream(question, caller, conversation), (text) => output.write(text));
      output.write('\n');
    }
    rl.prompt();
  }
  rl.close();
}
