import type { Answer, AnswerEvent, Turn } from '../answer/answer.js';
import type { Evidence } from '../retrieval/retriever.js';

/**
 * The generation port: turns evidence into a written answer, streaming. `offline` is the extractive
 * answer already composed; a generator yields it as its final answer whenever it cannot do better.
 */
export interface Generator {
  answer(
    question: string,
    previous: Turn | undefined,
    evidence: Evidence,
    offline: Answer,
  ): AsyncGenerator<AnswerEvent>;
}
