import { type Answer, type AnswerEvent, type Turn, turnAfter } from '../answer/answer.js';
import type { CareerEngine } from '../engine.js';
import type { ConversationStore } from '../stores/conversation-store.js';
import { MemoryConversations } from '../stores/conversation-store.js';

/**
 * One conversation: each question is answered with the last answered turn (kept in a store under
 * the conversation's key) as context, so a follow-up keeps its subject. A decline or a greeting in
 * between does not lose it.
 */
export class Conversation {
  constructor(
    private readonly engine: Pick<CareerEngine, 'askStream'>,
    private readonly store: ConversationStore = new MemoryConversations(),
    readonly key = 'local',
  ) {}

  get previous(): Turn | undefined {
    return this.store.get(this.key);
  }

  /** Keeps what a follow-up needs from this exchange; nothing when it was declined or social. */
  remember(question: string, answer: Answer): void {
    const turn = turnAfter(question, answer);
    if (turn) this.store.remember(this.key, turn);
  }

  async *askStream(question: string, previous = this.previous): AsyncGenerator<AnswerEvent> {
    for await (const event of this.engine.askStream(question, previous)) {
      if (event.type === 'final') this.remember(question, event.answer);
      yield event;
    }
  }

  async ask(question: string): Promise<Answer> {
    let final: Answer | undefined;
    for await (const event of this.askStream(question)) if (event.type === 'final') final = event.answer;
    return final!;
  }
}
