import { describe, expect, it } from 'vitest';
import { contrastedSkills, type SkillSpan, turnedAway } from '../../src/answer/skill-contrast.js';
import { words } from '../../src/text/normalize.js';

/** Each named skill's span in `question`, in `words` positions. */
function spansOf(question: string, names: Record<string, string>): SkillSpan[] {
  const tokens = words(question);
  return Object.entries(names).map(([name, docId]) => {
    const named = words(name);
    const start = tokens.findIndex((_, i) => named.every((w, j) => tokens[i + j] === w));
    return { docId, start, end: start + named.length };
  });
}

describe('contrastedSkills', () => {
  it('puts what is named before the turn on the wanted side and what follows it on the other', () => {
    const q = 'more about communication than coding';
    expect(contrastedSkills(q, spansOf(q, { communication: 'talk', coding: 'code' }))).toEqual({
      wanted: ['talk'],
      unwanted: ['code'],
    });
  });

  it('turns at "less" in Spanish, French and German, but not at "at least"', () => {
    const q = 'más de comunicación y menos de programación';
    expect(contrastedSkills(q, spansOf(q, { comunicación: 'talk', programación: 'code' }))).toEqual({
      wanted: ['talk'],
      unwanted: ['code'],
    });
    const r = 'al menos comunicación y programación';
    expect(contrastedSkills(r, spansOf(r, { comunicación: 'talk', programación: 'code' }))).toBeUndefined();
  });

  it('reads only the sentence of the turn for what is not wanted', () => {
    const q = 'which jobs are more about people than hardcore tech? communication is my thing';
    expect(contrastedSkills(q, spansOf(q, { communication: 'talk' }))).toBeUndefined();
  });

  it('sets nothing against a skill named in another sentence than the turn', () => {
    const q = 'which job no need coding? I am not good with computers';
    expect(contrastedSkills(q, spansOf(q, { coding: 'code' }))).toBeUndefined();
  });

  it('turns back to the wanted side at "more" after the turn', () => {
    const q = 'not too technical, more about teamwork please';
    expect(contrastedSkills(q, spansOf(q, { teamwork: 'talk' }))).toEqual({ wanted: ['talk'], unwanted: [] });
    const r = 'less coding and more communication';
    expect(contrastedSkills(r, spansOf(r, { coding: 'code', communication: 'talk' }))).toEqual({
      wanted: ['talk'],
      unwanted: ['code'],
    });
  });

  it('takes "not just" as wanting the skill as well', () => {
    const q = 'jobs with communication, not just coding';
    expect(contrastedSkills(q, spansOf(q, { communication: 'talk', coding: 'code' }))).toBeUndefined();
  });
});

describe('turnedAway', () => {
  const coding = { docId: 'code', start: 4, end: 5 };
  const codeLater = { docId: 'code', start: 12, end: 13 };

  it('turns away from a skill negated wherever it is named', () => {
    expect(turnedAway([coding], [coding])).toEqual({ wanted: [], unwanted: ['code'] });
  });

  it('keeps a skill also named without a negation ("which need coding? I never wrote code")', () => {
    expect(turnedAway([coding, codeLater], [codeLater])).toBeUndefined();
  });
});
