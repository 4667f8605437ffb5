import { describe, expect, it } from 'vitest';
import { negatesAny } from '../../src/text/negation-scope.js';
import { words } from '../../src/text/normalize.js';

/** The span of `name` in `question`, in `words` positions. */
function spanOf(question: string, name: string) {
  const tokens = words(question);
  const named = words(name);
  const start = tokens.findIndex((_, i) => named.every((w, j) => tokens[i + j] === w));
  return { tokens, span: { start, end: start + named.length } };
}

describe('negatesAny', () => {
  it.each([
    ["which roles don't need programming?", 'programming', true],
    ['jobs without machine learning', 'machine learning', true],
    ['which jobs need the least coding', 'coding', true],
    ['jobs where programming is not required', 'programming', true],
    ['which ones are hands on, not stuck at a desk', 'hands on', false],
    ['jobs that need communication, not just tech', 'communication', false],
    ['people and not screens', 'people', false],
    ['roles I could do without learning programming', 'programming', true],
    ['algo menos hardcore de código', 'código', true],
    ['gibt es was ohne Programmieren', 'Programmieren', true],
    ["jobs that don't need loads of coding", 'coding', true],
    // Portuguese "não" before a verb negates; Vietnamese "nào" (which), folded the same, does not.
    ['quais empregos não precisam programar', 'programar', true],
    ['job nào cần programming', 'programming', false],
  ])('%s (%s) -> %s', (q, name, expected) => {
    const { tokens, span } = spanOf(q as string, name as string);
    expect(negatesAny(tokens, [span])).toBe(expected);
  });
});
