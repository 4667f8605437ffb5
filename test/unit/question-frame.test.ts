import { expect, it } from 'vitest';
import { withoutFrame } from '../../src/text/question-frame.js';

it('drops the words that frame a job question when enough else is said', () => {
  expect(withoutFrame("the job where you walk through a building before it's built, what is it called")).toBe(
    'the where you walk through a building before it built what is it',
  );
});

it('keeps a short question whole: "hybrid jobs" still asks for jobs', () => {
  expect(withoutFrame('what are hybrid jobs?')).toBe('what are hybrid jobs?');
  expect(withoutFrame('which roles need robotics')).toBe('which roles need robotics');
});

it('drops phrases that only say someone is responsible: the search is for what they look after', () => {
  expect(withoutFrame('which job takes care of the traffic lights and the water sensors')).toBe(
    'which the traffic lights and the water sensors',
  );
});
