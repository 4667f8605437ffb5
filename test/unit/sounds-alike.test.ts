import { expect, it } from 'vitest';
import { soundsAlike } from '../../src/text/sounds-alike.js';

it('hears a word spelled by its sounds, and one sound off only in a long word', () => {
  expect(soundsAlike('arkitect', 'architect')).toBe(0);
  expect(soundsAlike('technishun', 'technician')).toBe(1);
  expect(soundsAlike('tribal', 'triber')).toBeUndefined();
  expect(soundsAlike('date', 'data')).toBeUndefined();
  // Sounds alike but too many letters changed, or another first letter.
  expect(soundsAlike('kloud', 'cloud')).toBeUndefined();
});
