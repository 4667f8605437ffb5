import { newUserKey } from '../conversation/pseudonym.js';
import type { AnswerStore } from './answer-store.js';
import { MemoryAnswers } from './answer-store.js';
import type { ConversationStore } from './conversation-store.js';
import { MemoryConversations } from './conversation-store.js';
import type { FeedbackStore } from './feedback-store.js';
import { MemoryFeedback } from './feedback-store.js';
import type { SeenIdStore } from './seen-ids.js';
import { MemorySeenIds } from './seen-ids.js';

/** The state the conversation service keeps, behind ports; in memory unless the root wires others. */
export interface Stores {
  seen: SeenIdStore;
  conversations: ConversationStore;
  answers: AnswerStore;
  feedback: FeedbackStore;
  /** The secret user ids are hashed with; kept with the data so `forget` finds a person's rows. */
  userKey: string;
  /** False once writes fail (full or read-only disk): answers go on, nothing is recorded. */
  writable(): boolean;
}

export function memoryStores(userKey = newUserKey()): Stores {
  return {
    seen: new MemorySeenIds(),
    conversations: new MemoryConversations(),
    answers: new MemoryAnswers(),
    feedback: new MemoryFeedback(),
    userKey,
    writable: () => true,
  };
}
