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

  it.each([
    'Pre, saan may murang palengke dito? bibili ako ng isda mamaya',
    'what time does the Poland match start tonight?',
  ])('reads "%s" as surely about something else', (q) => {
    expect(model.speaksOfAnotherMatter(q)).toBe(true);
  });

  it.each([
    'na skills gani zinahitajika kwa hiyo?',
    'what certifications help?',
    'тэгээд үүнд ямар ур чадвар хэрэгтэй вэ?',
  ])('does not read "%s" as surely about something else', (q) => {
    expect(model.speaksOfAnotherMatter(q)).toBe(false);
  });

  it('is not sure of anything untrained', () => {
    const untrained = FollowUpModel.untrained();
    expect(untrained.continuesSubject('and what do they do all day then?')).toBe(false);
    expect(untrained.speaksOfAnotherMatter("what's the weather tomorrow?")).toBe(false);
  });
});
