import v8 from 'node:v8';

/**
 * A one-shot command runs each of the reader's large patterns once or twice and exits. V8 spends more
 * time optimising those patterns when it first compiles them than the process spends matching with
 * them: without the optimisation a cold `career-bot ask` answers in about half the time (measured on
 * the bench's cold CLI). Chat, batches and the service keep the default, where warm matching wins.
 * The flag is read as each pattern is compiled, on first use, so setting it after start-up is enough.
 */
export function compilePatternsForOneShot(): void {
  v8.setFlagsFromString('--no-regexp-optimization');
}
