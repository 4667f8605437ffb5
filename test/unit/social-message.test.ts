import { expect, it } from 'vitest';
import { asksWhatBotDoes, socialLeaning } from '../../src/answer/social-message.js';

it('reads a question of what the bot can do written in Cyrillic', () => {
  expect(asksWhatBotDoes('что ты умеешь?')).toBe(true);
  expect(asksWhatBotDoes('шо ти вмієш взагалі')).toBe(true);
  expect(asksWhatBotDoes('что делает инженер?')).toBe(false);
});

it('takes "gotta go" for a goodbye, and "do I gotta go down to the office?" for the errand it asks about', () => {
  expect(socialLeaning('ok gotta run, thanks')).toBe('farewell');
  expect(socialLeaning('right, I have to go now')).toBe('farewell');
  expect(socialLeaning('need to go pick up the kids, laters')).toBe('farewell');
  expect(socialLeaning('do I have to go down to the licensing office or is it online')).toBeUndefined();
  expect(socialLeaning('can you go out and get me the forms')).toBeUndefined();
});
