import { randomBytes } from 'node:crypto';
import type { Answer } from '../answer/answer.js';

/** An answer as given: what feedback rates and what Share posts again, word for word. */
export interface AnswerRecord {
  question: string;
  answer: Answer;
  surface: string;
  at: number;
}

/** Answers under short keys that fit in a button id (Discord allows 100 characters, Slack 255). */
export interface AnswerStore {
  save(record: AnswerRecord): string;
  get(key: string): AnswerRecord | undefined;
}

const newAnswerKey = (): string => randomBytes(9).toString('base64url');

/** Bounded: the oldest answers are forgotten first; a restart forgets all. */
export class MemoryAnswers implements AnswerStore {
  private readonly records = new Map<string, AnswerRecord>();

  constructor(private readonly max = 5_000) {}

  save(record: AnswerRecord): string {
    const key = newAnswerKey();
    this.records.set(key, record);
    if (this.records.size > this.max) this.records.delete(this.records.keys().next().value!);
    return key;
  }

  get(key: string): AnswerRecord | undefined {
    return this.records.get(key);
  }
}
