import { randomBytes } from 'node:crypto';
import type { Answer } from '../answer/answer.js';

/** A question and the answer given: what feedback rates, what Share posts again, what the report counts. */
export interface AnswerRecord {
  question: string;
  answer: Answer;
  surface: string;
  at: number;
  /** The asker's pseudonym (a keyed hash), never the platform's id. */
  user?: string;
  /** From the question's arrival to the final answer. */
  latencyMs?: number;
}

/** Answers under short keys that fit in a button id (Discord allows 100 characters, Slack 255). */
export interface AnswerStore {
  save(record: AnswerRecord): string;
  get(key: string): AnswerRecord | undefined;
}

export const newAnswerKey = (): string => randomBytes(9).toString('base64url');

/** Bounded: the oldest answers are forgotten first; a restart forgets all. */
export class MemoryAnswers implements AnswerStore {
  private readonly records = new Map<string, AnswerRecord>();

  constructor(private readonly max = 5_000) {}

  save(record: AnswerRecord): string {
    const key = newAnswerKey();
    this.put(key, record);
    return key;
  }

  put(key: string, record: AnswerRecord): void {
    this.records.set(key, record);
    if (this.records.size > this.max) this.records.delete(this.records.keys().next().value!);
  }

  get(key: string): AnswerRecord | undefined {
    return this.records.get(key);
  }
}
