import { expect, it } from 'vitest';
import { withoutAskingForAFriend } from '../../src/text/asking-for-a-friend.js';

it('drops "asking for a friend / for me" asides and keeps the question', () => {
  expect(withoutAskingForAFriend('how do I dispute a speeding ticket? asking for a friend')).toBe(
    'how do I dispute a speeding ticket?',
  );
  expect(withoutAskingForAFriend('is the pay good, asking for me obviously')).toBe('is the pay good,');
});

it('keeps a message that is nothing but the aside', () => {
  expect(withoutAskingForAFriend('asking for a friend')).toBe('asking for a friend');
});
