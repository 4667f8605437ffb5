import { describe, expect, it } from 'vitest';
import { asksAboutTopicItself } from '../../src/scope/topic-question.js';

const hamburg = new Set(['hamburg']);

describe('asksAboutTopicItself', () => {
  it.each([
    ["what's Hamburg? came up in a briefing", true],
    ['anything about hamburg in there? what did they build', true],
    ['hamburg?', true],
    ['best fish restaurants in hamburg?', false],
    ['will it rain in hamburg tomorrow', false],
    ['what is the weather in Berlin', false],
  ])('%s -> %s', (q, expected) => {
    expect(asksAboutTopicItself(q as string, hamburg)).toBe(expected);
  });
});
