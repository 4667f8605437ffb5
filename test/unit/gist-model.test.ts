import { describe, expect, it } from 'vitest';
import { GistModel } from '../../src/scope/gist-model.js';

describe('the fitted gist model', () => {
  const model = GistModel.fromFile();

  it.each([[['wifi', 'modem']], [['printer']], [['bus']]])(
    'reads a message about %j as surely about something else',
    (gist) => {
      expect(model.speaksOfAnotherMatter(gist)).toBe(true);
    },
  );

  it.each([[['skills']], [['background', 'experience']], [['job', 'needs']]])(
    'does not read a message about %j as one',
    (gist) => {
      expect(model.speaksOfAnotherMatter(gist)).toBe(false);
    },
  );

  it.each([[['robot']], [['machine']], [['score']]])(
    'reads a message about %j as leaning to something else, though not surely',
    (gist) => {
      expect(model.leansToAnotherMatter(gist)).toBe(true);
      expect(model.speaksOfAnotherMatter(gist)).toBe(false);
    },
  );

  it.each([[['skills']], [['job']], [['background']]])('does not read a message about %j as leaning away', (gist) => {
    expect(model.leansToAnotherMatter(gist)).toBe(false);
  });

  it('is never sure of a message that shares no word with the knowledge', () => {
    expect(model.speaksOfAnotherMatter([])).toBe(false);
  });

  it('is not sure of anything untrained', () => {
    expect(GistModel.untrained().speaksOfAnotherMatter(['wifi', 'modem'])).toBe(false);
    expect(GistModel.untrained().leansToAnotherMatter(['wifi', 'modem'])).toBe(false);
  });
});
