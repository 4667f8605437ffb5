import { describe, expect, it } from 'vitest';
import { BackgroundAskModel } from '../../src/scope/background-ask-model.js';

describe('the fitted background-ask model', () => {
  const model = BackgroundAskModel.fromFile();

  it.each([
    'my uncle spent fifteen years fixing lifts in tower blocks. where does he land in all this?',
    'sou cozinheira há 10 anos, tem lugar pra mim nisso?',
    'did nights as a hospital porter for years, any of this for me',
  ])('reads "%s" as a background asking where it fits', (q) => {
    expect(model.asksWhereItFits(q)).toBe(true);
  });

  it.each([
    'what does a cloud architect actually do all day?',
    'which roles need machine learning?',
    'how do I renew my passport?',
  ])('does not read "%s" as one', (q) => {
    expect(model.asksWhereItFits(q)).toBe(false);
  });

  it('is not sure of anything untrained', () => {
    expect(BackgroundAskModel.untrained().asksWhereItFits('ex nurse, where do i fit?')).toBe(false);
  });
});
