import { describe, expect, it } from 'vitest';
import { Vocabulary } from '../../src/retrieval/vocabulary.js';
import { stemTerm } from '../../src/text/normalize.js';

describe('Vocabulary.resolveWord', () => {
  const vocabulary = new Vocabulary([
    'Calibrating tools and installing sensors.',
    'Running the store and serving customers.',
  ]);

  it('reads a verb done again as the verb the knowledge has', () => {
    expect(vocabulary.resolveWord('recalibrates')).toBe(stemTerm('calibrates'));
    expect(vocabulary.resolveWord('reinstalled')).toBe(stemTerm('installed'));
  });

  it('leaves a word whose rest is too short to be that verb', () => {
    expect(vocabulary.resolveWord('restore')).toBeUndefined();
    expect(vocabulary.resolveWord('reserve')).toBeUndefined();
  });
});
