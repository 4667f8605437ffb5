import { stemmer } from 'stemmer';
import { expect, it } from 'vitest';
import { stemTerm } from '../../src/text/normalize.js';
import { RootIndex, wordRoot } from '../../src/text/word-root.js';

const root = (word: string) => wordRoot(stemmer(word));

it('gives a job and its field one root', () => {
  expect(root('teacher')).toBe(root('teaching'));
  expect(root('accountant')).toBe(root('accounting'));
  expect(root('carpenter')).toBe(root('carpentry'));
  expect(root('psychologist')).toBe(root('psychology'));
});

it('keeps short and unrelated words apart', () => {
  expect(root('police')).not.toBe(root('policy'));
  expect(root('welder')).toBe('welder');
});

it('finds relatives whose root starts with another, from six letters on', () => {
  const index = new RootIndex(['pharmaci', 'physiotherapi', 'electr', 'polici', 'nurs'].map((s) => s));
  expect(index.relatives(stemmer('pharmacist'))).toContain('pharmaci');
  expect(index.relatives(stemmer('physio'))).toContain('physiotherapi');
  expect(index.relatives(stemmer('electrician'))).toContain('electr');
  expect(index.relatives(stemmer('police'))).toEqual([]);
  expect(index.relatives(stemmer('nurse'))).toEqual(['nurs']);
});

it('reads a clipped word as the one it was cut from, when only one or two roots start with it', () => {
  const index = new RootIndex(['mathemat', 'statist', 'state', 'polici', 'contract', 'control', 'contain']);
  expect(index.relatives(stemmer('maths'))).toEqual(['mathemat']);
  expect(index.relatives(stemmer('stat'))).toEqual(['statist']);
  expect(index.relatives(stemmer('police'))).toEqual([]);
  expect(index.relatives('cont')).toEqual([]);
});

it('keeps a stem set apart from what Porter would cut it to apart from that word’s relatives too', () => {
  // "community" is stemmed apart from "communications" (normalize.ts); the roots must not join them again.
  const index = new RootIndex([stemTerm('community'), stemTerm('communications'), stemTerm('hospitality')]);
  expect(index.relatives(stemTerm('communications'))).toEqual([stemTerm('communications')]);
  expect(index.relatives(stemTerm('community'))).toEqual([stemTerm('community')]);
  expect(index.relatives(stemTerm('hospital'))).toEqual([]);
});
