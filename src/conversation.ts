import type { Answer, AnswerEvent, Turn } from './answer/answer.js';
import { turnAfter } from './answer/answer.js';
import type { CareerEngine } from './engine.js';

/**
 * One conversation with the engine: each question is answered with the last answered turn as
 * context, so a follow-up ("what background do they usually have?") keeps its subject. A decline or
 * a greeting in between does not lose it.
 */
export class Conversation {
  private previous: Turn | undefined;

  constructor(private readonly engine: CareerEngine) {}

  async *askStream(question: string): AsyncGenerator<AnswerEvent> {
    for await (const event of this.engine.askStream(question, this.previous)) {
      if (event.type === 'final') this.previous = turnAfter(question, event.answer) ?? this.previous;
      yield event;
    }
  }

  async ask(question: string): Promise<Answer> {
    let final: Answer | undefined;
    for await (const event of this.askStream(question)) if (event.type === 'final') final = event.answer;
    return final!;
  }

  reset(): void {
    this.previous = undefined;
  }
}
