import { describe, expect, it } from 'vitest';
import { decideScope } from '../../src/scope/scope-decision.js';
import { FEATURE_NAMES, TASK } from '../../src/scope/scope-features.js';
import { ScopeModel } from '../../src/scope/scope-model.js';

const none = {
  asksToProduce: false,
  takesSides: false,
  followUp: false,
  namesRole: false,
  namesOccupationNotHeld: false,
  namesKnownSubject: false,
  asksForOtherCareer: () => false,
  topicWithoutWork: false,
  gapInKnownWords: false,
  fitsBackground: false,
  asksKnownOverview: false,
  foundAnything: true,
  asksForRoleInKnownWords: () => false,
  terseInKnownWords: false,
  features: () => FEATURE_NAMES.map(() => 0),
};

/** A model that says yes (or no) to everything, so the test sees who decided. */
const always = (yes: boolean) => {
  const m = ScopeModel.untrained();
  return Object.assign(Object.create(Object.getPrototypeOf(m)) as ScopeModel, m, {
    probability: () => (yes ? 0.9 : 0.1),
    inScope: () => yes,
  });
};

describe('decideScope', () => {
  it('answers what is certain without asking the model', () => {
    const model = always(false);
    expect(decideScope({ ...none, model, followUp: true })).toEqual({ inScope: true, reason: 'follow-up' });
    expect(decideScope({ ...none, model, namesRole: true })).toEqual({ inScope: true, reason: 'names-role' });
    expect(decideScope({ ...none, model, namesKnownSubject: true })).toEqual({ inScope: true, reason: 'names-known' });
    expect(decideScope({ ...none, model, fitsBackground: true })).toEqual({ inScope: true, reason: 'background' });
    expect(decideScope({ ...none, model, asksForRoleInKnownWords: () => true })).toEqual({
      inScope: true,
      reason: 'asks-for-role',
    });
  });

  it('declines an occupation the knowledge does not hold, even beside a known word, unless a role is named', () => {
    const model = always(true);
    expect(decideScope({ ...none, model, namesOccupationNotHeld: true, namesKnownSubject: true })).toEqual({
      inScope: false,
      reason: 'other-career',
    });
    expect(decideScope({ ...none, model, namesOccupationNotHeld: true, namesRole: true }).inScope).toBe(true);
    expect(decideScope({ ...none, model, namesOccupationNotHeld: true, followUp: true }).inScope).toBe(false);
  });

  it('declines a request to take a political side even when it names a role', () => {
    const model = always(true);
    expect(decideScope({ ...none, model, namesRole: true, takesSides: true })).toEqual({
      inScope: false,
      reason: 'takes-sides',
    });
  });

  it('declines a topic asked about without work, and a question nothing matched', () => {
    const model = always(true);
    expect(decideScope({ ...none, model: always(true), asksForOtherCareer: () => true })).toMatchObject({
      inScope: false,
      reason: 'other-career',
    });
    expect(decideScope({ ...none, model, terseInKnownWords: true })).toMatchObject({
      inScope: true,
      reason: 'terse-known',
    });
    expect(decideScope({ ...none, model, namesRole: true, asksForOtherCareer: () => true })).toMatchObject({
      inScope: true,
    });
    expect(decideScope({ ...none, model, topicWithoutWork: true })).toMatchObject({
      inScope: false,
      reason: 'topic-without-work',
    });
    expect(decideScope({ ...none, model, foundAnything: false })).toMatchObject({
      inScope: false,
      reason: 'no-evidence',
    });
  });

  it('leaves the rest to the fitted model, reporting its probability', () => {
    expect(decideScope({ ...none, model: always(true) })).toEqual({ inScope: true, reason: 'model', probability: 0.9 });
    expect(decideScope({ ...none, model: always(false) })).toEqual({
      inScope: false,
      reason: 'model',
      probability: 0.1,
    });
  });

  it('ships a fitted model whose features match the extractor', () => {
    const model = ScopeModel.load();
    expect(model.probability(FEATURE_NAMES.map(() => 0))).toBeGreaterThan(0);
    expect(model.probability(FEATURE_NAMES.map(() => 0))).toBeLessThan(1);
  });
});

it('reads a request to review a document and exam coaching in Hinglish as tasks, not questions the knowledge answers', () => {
  expect(TASK.test('Could you review this clause about sharing business data with the city council?')).toBe(true);
  expect(TASK.test('CA exam clear karne ke liye kya strategy hai?')).toBe(true);
  expect(TASK.test('could you tell me which roles review city data?')).toBe(false);
});
