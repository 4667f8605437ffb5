import { describe, expect, it } from 'vitest';
import { writtenInAnotherLanguage } from '../../src/text/other-language.js';

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
