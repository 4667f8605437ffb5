import { expect, it } from 'vitest';
import { stemTerm } from '../../src/text/normalize.js';

it('keeps apart words Porter cuts down to the same stem though they mean other things', () => {
  expect(stemTerm('hospitality')).not.toBe(stemTerm('hospital'));
  expect(stemTerm('community')).not.toBe(stemTerm('communication'));
  expect(stemTerm('experiment')).not.toBe(stemTerm('experience'));
  expect(stemTerm('news')).not.toBe(stemTerm('new'));
  expect(stemTerm('organisation')).not.toBe(stemTerm('organ'));
});

it('still joins the forms of one word, and British and American spellings', () => {
  expect(stemTerm('communities')).toBe(stemTerm('community'));
  expect(stemTerm('experiments')).toBe(stemTerm('experimental'));
  expect(stemTerm('organising')).toBe(stemTerm('organizing'));
  expect(stemTerm('organisation')).toBe(stemTerm('organization'));
  expect(stemTerm('hospitals')).toBe(stemTerm('hospital'));
});
