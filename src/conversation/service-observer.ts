import type { Outcome } from '../answer/answer-outcome.js';

/** What the service reports as it works, for metrics; every method is optional to observe. */
export interface ServiceObserver {
  answered(event: { surface: string; outcome: Outcome; latencyMs: number; fellBack: boolean }): void;
  feedback(event: { surface: string; verdict: 'up' | 'down' }): void;
  limited(event: { surface: string }): void;
}

export const IGNORE_EVENTS: ServiceObserver = { answered() {}, feedback() {}, limited() {} };
