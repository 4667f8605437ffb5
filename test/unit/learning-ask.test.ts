import { describe, expect, it } from 'vitest';
import { learningAskedFor } from '../../src/answer/learning-ask.js';

describe('what a question asks how to learn', () => {
  it.each([
    ['is 67 too old to learn spanish? hard on the brain', 'spanish'],
    ['whats the best way to learn Irish before the Gaeltacht this summer', 'irish'],
    ['Any advice on learning the fiddle at sixty-three?', 'fiddle'],
    ['my colleague from Poland want learn norwegian. good app for it?', 'norwegian'],
    ['is it hard to learn python at 40?', 'python'],
  ])('%s -> %s', (q, learnt) => {
    expect(learningAskedFor(q)).toBe(learnt);
  });

  it.each([
    // What a role requires, not learning for its own sake.
    'so do I need to learn python first',
    'what would i need to learn for that',
    // The subject, pointed at.
    'how long to learn it',
    'could a guy my age, 48, still learn that or am I cooked',
    'is it hard to learn?',
  ])('none in "%s"', (q) => {
    expect(learningAskedFor(q)).toBeUndefined();
  });
});
