import { expect, it } from 'vitest';
import { sameInitial, typoDistance } from '../../src/text/typo-distance.js';

it('counts two neighbouring letters swapped as one typo', () => {
  expect(typoDistance('nuero', 'neuro')).toBe(1);
  expect(typoDistance('robtoics', 'robotics')).toBe(1);
});

it('counts other edits as Levenshtein does', () => {
  expect(typoDistance('neuro', 'neuro')).toBe(0);
  expect(typoDistance('nerou', 'neuro')).toBe(2);
  expect(typoDistance('cloud', 'clout')).toBe(1);
  expect(typoDistance('abcd', 'badc')).toBe(3);
});

it('takes a misspelling to keep its first letter, or one vowel for another, or k for a hard c', () => {
  expect(sameInitial('imbedded', 'embedded')).toBe(true);
  expect(sameInitial('robtoics', 'robotics')).toBe(true);
  expect(sameInitial('kastomer', 'customer')).toBe(true);
  expect(sameInitial('gloud', 'cloud')).toBe(false);
  expect(sameInitial('anchor', 'banchor')).toBe(false);
});
