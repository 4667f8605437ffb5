import { describe, expect, it } from 'vitest';
import { withHashtagsSpelledOut } from '../../src/text/hashtags.js';

describe('hashtags', () => {
  it.each([
    ['#whoKeepsThemOut', 'who Keeps Them Out'],
    ['#dataScientist vs #MLScientist', 'data Scientist vs ML Scientist'],
    ['#find_superfans now', 'find superfans now'],
  ])('"%s" is read as "%s"', (tag, words) => {
    expect(withHashtagsSpelledOut(tag)).toBe(words);
  });

  it('leaves a hash that does not open a word, and a tag in one case, as they are', () => {
    expect(withHashtagsSpelledOut('I know C# and #smartcities')).toBe('I know C# and smartcities');
  });
});
