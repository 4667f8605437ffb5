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

  it.each([
    'is the new playstation worth it or is it a gimmick, my christmas money is burning a hole',
    'reckon it will bucket down in Leeds tomorrow? deciding whether to cycle in',
  ])('reads "%s" below its veto, far from any follow-up', (q) => {
    expect(model.speaksOnlyOfAnotherMatter(q)).toBe(true);
  });

  it.each(['what certifications help?', 'is it stressful? like do you get called at night when things break'])(
    'does not read "%s" below its veto',
    (q) => {
      expect(model.speaksOnlyOfAnotherMatter(q)).toBe(false);
    },
  );

  it('is not sure of anything untrained', () => {
    const untrained = FollowUpModel.untrained();
    expect(untrained.continuesSubject('and what do they do all day then?')).toBe(false);
    expect(untrained.speaksOfAnotherMatter("what's the weather tomorrow?")).toBe(false);
    expect(untrained.speaksOnlyOfAnotherMatter("what's the weather tomorrow?")).toBe(false);
  });
});
