import { describe, expect, it } from 'vitest';
import { FollowUpModel } from '../../src/scope/follow-up-model.js';

describe('the fitted follow-up model', () => {
  const model = FollowUpModel.fromFile();

  it.each([
    'so wetin dem dey do every day?',
    'na skills gani zinahitajika kwa hiyo?',
    'and what do they do all day then?',
  ])('reads "%s" as going on about the conversation’s subject', (q) => {
    expect(model.continuesSubject(q)).toBe(true);
  });

  it.each(["what's the weather tomorrow?", 'cheers, that was useful, bye', 'how do I reset my router?'])(
    'does not read "%s" as one',
    (q) => {
      expect(model.continuesSubject(q)).toBe(false);
    },
  );

  it('is not sure of anything untrained', () => {
    expect(FollowUpModel.untrained().continuesSubject('and what do they do all day then?')).toBe(false);
  });
});
