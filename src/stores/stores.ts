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
}

export function memoryStores(): Stores {
  return {
    seen: new MemorySeenIds(),
    conversations: new MemoryConversations(),
    answers: new MemoryAnswers(),
    feedback: new MemoryFeedback(),
  };
}
