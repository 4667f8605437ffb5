import { describe, expect, it } from 'vitest';
import {
  partlyInAnotherLanguage,
  writtenInAnotherLanguage,
  writtenInAnotherScript,
} from '../../src/text/other-language.js';

describe('writtenInAnotherLanguage', () => {
  it.each([
    ['chönnt das au öppis für en Rettigssanitäter si?', true],
    ['Concrètement, il construit quoi qui sert aux habitants ?', true],
    ['a musi umiec programowac czy wystarczy excel?', true],
    ["what's the weather tomorrow?", false],
    ['recommend a good pizza place nearby', false],
  ])('%s -> %s', (q, expected) => {
    expect(writtenInAnotherLanguage(q as string)).toBe(expected);
  });
});

it('tells a message written mostly in another script, whatever its language, from English with a word of one', () => {
  expect(writtenInAnotherScript('а яму праграмаваць трэба ўмець?')).toBe(true);
  expect(writtenInAnotherScript('και τι χρειάζεται;')).toBe(true);
  expect(writtenInAnotherScript('what does "инженер" mean for a cloud architect?')).toBe(false);
});

it('tells a message with a clause in another language beside English from English with one borrowed word', () => {
  expect(partlyInAnotherLanguage('wow y qué estudian esas personas, can a mech engineer get in?')).toBe(true);
  expect(partlyInAnotherLanguage('what does a data scientist do, por favor?')).toBe(false);
});
