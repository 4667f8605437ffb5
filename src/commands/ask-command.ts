import type { Command } from './command.js';

export const askCommand = {
  name: 'ask',
  aliases: ['career'],
  description: 'Ask career-bot a question about smart-city careers',
  options: [
    { name: 'question', description: 'e.g. Which roles need machine learning?', required: true, maxLength: 500 },
  ],
  usage: '<question>',
  example: 'Which roles need machine learning?',
  async run(args, { engine }) {
    const question = args.question?.trim() ?? '';
    if (!question) return { kind: 'notice', text: 'Ask a question, for example: Which roles need machine learning?' };
    return { kind: 'answer', question, answer: await engine.ask(question) };
  },
} satisfies Command;
