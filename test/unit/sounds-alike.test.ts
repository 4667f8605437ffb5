import { expect, it } from 'vitest';
import { soundsAlike } from '../../src/text/sounds-alike.js';

it('hears a word spelled by its sounds, and one sound off only in a long word', () => {
  expect(soundsAlike('arkitect', 'architect')).toBe(0);
  expect(soundsAlike('technishun', 'technician')).toBe(1);
  expect(soundsAlike('tribal', 'triber')).toBeUndefined();
  expect(soundsAlike('date', 'data')).toBeUndefined();
  // A hard c written as k, as it is heard or written back from Cyrillic.
  expect(soundsAlike('kastomer', 'customer')).toBe(0);
  // Sounds alike but another first letter.
  expect(soundsAlike('gloud', 'cloud')).toBeUndefined();
});
