import { expect, it } from 'vitest';
import { withoutPleasForCandour } from '../../src/text/pleas-for-candour.js';

it('takes out pleas for a straight answer wherever they stand', () => {
  expect(withoutPleasForCandour('be honest, is a data scientist job stressful?')).toBe(
    ', is a data scientist job stressful?',
  );
  expect(withoutPleasForCandour("which roles need python? don't sugarcoat it.")).toBe('which roles need python?.');
  expect(withoutPleasForCandour('Be brutally honest with me: could I do any of this?')).toBe(
    ': could I do any of this?',
  );
});

it('leaves "be" that names a career, and a message that is only the plea, alone', () => {
  expect(withoutPleasForCandour('how do I become a cloud architect')).toBe('how do I become a cloud architect');
  expect(withoutPleasForCandour('be real')).toBe('be real');
});
