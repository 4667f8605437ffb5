import type { Turn } from '../answer/answer.js';
import { CONVERSATION_TTL_MS } from './expiry.js';

/** The last answered exchange per conversation (a thread, or a user in a channel), for follow-ups. */
export interface ConversationStore {
  get(conversation: string): Turn | undefined;
  /** `user` is the asker's pseudonym, so a person's context can be forgotten with their other rows. */
  remember(conversation: string, turn: Turn, user?: string): void;
}

/** Bounded and expiring: an old conversation starts afresh. */
export class MemoryConversations implements ConversationStore {
  private readonly turns = new Map<string, { turn: Turn; at: number }>();

  constructor(
    private readonly ttlMs = CONVERSATION_TTL_MS,
    private readonly max = 5_000,
    private readonly now: () => number = Date.now,
  ) {}

  get(conversation: string): Turn | undefined {
    const entry = this.turns.get(conversation);
    if (!entry || this.now() - entry.at >= this.ttlMs) return undefined;
    return entry.turn;
  }

  remember(conversation: string, turn: Turn): void {
    this.turns.delete(conversation);
    this.turns.set(conversation, { turn, at: this.now() });
    if (this.turns.size > this.max) this.turns.delete(this.turns.keys().next().value!);
  }
}
