import { describe, expect, it } from 'vitest';
import { afterSubjectChange } from '../../src/answer/subject-change.js';

describe('afterSubjectChange', () => {
  it.each([
    ['btw is it hard to grow tomatoes on a balcony?', ' is it hard to grow tomatoes on a balcony?'],
    ['Thank you. On an entirely unrelated matter, when does the market open?', ', when does the market open?'],
    ['unrelated, but my cat keeps sneezing', ', but my cat keeps sneezing'],
    [
      'ok random mais c’est combien de temps en char jusqu’à Québec?',
      ' mais c’est combien de temps en char jusqu’à Québec?',
    ],
    ['übrigens, wann fährt der nächste Zug nach Salzburg?', ', wann fährt der nächste Zug nach Salzburg?'],
    ['speaking of clouds, will it hail tonight?', ' clouds, will it hail tonight?'],
  ])('"%s" says it is about something else, then "%s"', (message, rest) => {
    expect(afterSubjectChange(message)).toBe(rest);
  });

  it.each([
    'who said that btw?',
    'is it unrelated to data science?',
    'Could you explain it in terms I could put in a briefing note?',
    'what skills does a cloud architect need?',
  ])('"%s" does not', (message) => {
    expect(afterSubjectChange(message)).toBeUndefined();
  });
});
