import { expect, it } from 'vitest';
import { CircuitBreaker } from '../../src/llm/circuit-breaker.js';

it('opens after three failures in a row, lets a call through after the cool-down, and closes on success', () => {
  let now = 0;
  const breaker = new CircuitBreaker(3, 30_000, () => now);
  breaker.recordFailure();
  breaker.recordFailure();
  expect(breaker.isOpen).toBe(false);
  breaker.recordFailure();
  expect(breaker.isOpen).toBe(true);
  now += 30_000;
  expect(breaker.isOpen).toBe(false);
  breaker.recordSuccess();
  breaker.recordFailure();
  expect(breaker.isOpen).toBe(false);
});

it('opens at once for as long as a rate-limited server asks', () => {
  let now = 1000;
  const breaker = new CircuitBreaker(3, 30_000, () => now);
  breaker.openFor(5000);
  expect(breaker.isOpen).toBe(true);
  now += 4999;
  expect(breaker.isOpen).toBe(true);
  now += 1;
  expect(breaker.isOpen).toBe(false);
});
