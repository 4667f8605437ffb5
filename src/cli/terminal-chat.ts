import { createInterface } from 'node:readline/promises';
import type { ConversationService } from '../conversation/conversation-service.js';
import { printStreamed } from './stream-printer.js';
import { terminalOutput } from './terminal-render.js';
import { MARKDOWN_OUTPUT, type TerminalStyle, wrapLines } from './terminal-style.js';

const CALLER = { surface: 'cli', user: 'terminal' };

const HELP = `Ask anything about smart-city careers, for example:
  What does an urban mechanic do?
  Which roles need machine learning?
  I was a nurse, where do I fit?
Follow-up questions ("and what skills does it need?") keep the last answer's subject.

  /role NAME   a role's card (/role alone lists them)
  /reset       start a new conversation
  /help        this help
  /exit        leave (or Ctrl-D)`;

/**
 * An interactive chat in the terminal: one conversation in the service, so a follow-up keeps its
 * subject. Resolves to the exit code: 0 on /exit or Ctrl-D (end of input), 130 on Ctrl-C.
 */
export async function runTerminalChat(
  service: ConversationService,
  input: NodeJS.ReadableStream,
  output: NodeJS.WritableStream,
  style: TerminalStyle = MARKDOWN_OUTPUT,
): Promise<number> {
  const rl = createInterface({ input, output, terminal: (input as { isTTY?: boolean }).isTTY === true });
  let code = 0;
  let turns = 0;
  let conversation = `terminal:${process.pid}:${turns}`;
  const say = (text: string) => output.write(`${wrapLines(text, style.width)}\n`);
  rl.on('SIGINT', () => {
    code = 130;
    rl.close();
  });
  say('career-bot: ask me about smart-city careers (for example "What does an urban mechanic do?"). /help for more.');
  rl.setPrompt('> ');
  rl.prompt();
  for await (const line of rl) {
    const question = line.trim();
    const [word = '', ...rest] = question.split(/\s+/);
    if (['exit', 'quit', '/exit', '/quit'].includes(question)) break;
    if (word === '/help') say(HELP);
    else if (word === '/reset') {
      conversation = `terminal:${process.pid}:${++turns}`;
      say('New conversation: earlier questions no longer count as context.');
    } else if (word === '/role') {
      const reply = await service.runCommand('role', { name: rest.join(' ') || undefined }, CALLER);
      const out = terminalOutput(reply, style);
      say(out.stdout ?? out.stderr ?? '');
    } else if (question.startsWith('/')) say(`Unknown command ${word}; /help lists what works.`);
    else if (question) {
      output.write('\n');
      await printStreamed(service.askStream(question, CALLER, conversation), (text) => output.write(text), style);
      output.write('\n');
    }
    rl.prompt();
  }
  rl.close();
  // End of input (Ctrl-D) or Ctrl-C leaves the prompt line open: finish it so the shell starts clean.
  output.write('\n');
  return code;
}
