import { describe, expect, it } from 'vitest';
import { gapTopicsIn } from '../../src/answer/gaps.js';

describe('an age asked about is the experience gap; a number with a unit is not an age', () => {
  it.each(['can i become a data scientist at 45?', 'is it too late to start at 50'])('"%s" asks it', (q) => {
    expect(gapTopicsIn(q).map((t) => t.id)).toContain('experience');
  });

  it.each([
    'my kid has a word problem: a train leaves 3pm at 60 mph, when does the other catch up?',
    'the oven is set at 180 degrees and the bread is still raw',
  ])('"%s" does not', (q) => {
    expect(gapTopicsIn(q).map((t) => t.id)).not.toContain('experience');
  });
});
