import { expect, it } from 'vitest';
import { asksWhatBotDoes } from '../../src/answer/social-message.js';

it('reads a question of what the bot can do written in Cyrillic', () => {
  expect(asksWhatBotDoes('что ты умеешь?')).toBe(true);
  expect(asksWhatBotDoes('шо ти вмієш взагалі')).toBe(true);
  expect(asksWhatBotDoes('что делает инженер?')).toBe(false);
});
