import { beforeAll, describe, expect, it } from 'vitest';
import { INTENT_RULES } from '../../src/answer/intent.js';
import type { CareerEngine } from '../../src/engine.js';
import { createEngine } from '../support/engine.js';

let engine: CareerEngine;
beforeAll(async () => {
  engine = await createEngine();
});

// Each rule carries the questions it must classify; read them as the engine reads any question.
describe.each(INTENT_RULES.map((r) => [r.intent, r] as const))('intent %s', (intent, rule) => {
  it.each(rule.examples)('%s', async (question) => {
    expect((await engine.understand(question)).intent).toBe(intent);
  });
});
