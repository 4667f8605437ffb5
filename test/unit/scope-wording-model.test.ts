import { describe, expect, it } from 'vitest';
import { ScopeWordingModel } from '../../src/scope/scope-wording-model.js';

describe('the fitted scope wording model', () => {
  const model = ScopeWordingModel.fromFile();

  it.each([
    'wer baut die roboter die in die kanalrohre kriechen?',
    'qui dessine les serveurs cloud pour la mairie',
    'who sorts the funding partnerships w the uni',
  ])('reads "%s" as a question about these careers', (q) => {
    expect(model.probability(q)).toBeGreaterThan(0.5);
  });

  it.each([
    'how do I make sourdough starter',
    "what's the capital of peru",
    'can you recommend a good dentist near the station?',
  ])('does not read "%s" as one', (q) => {
    expect(model.probability(q)).toBeLessThan(0.5);
  });

  it('weighs nothing untrained, and keeps its log-odds finite', () => {
    expect(ScopeWordingModel.untrained().probability('who designs the city cloud?')).toBe(0);
    expect(Number.isFinite(ScopeWordingModel.untrained().logOdds('who designs the city cloud?'))).toBe(true);
  });
});
