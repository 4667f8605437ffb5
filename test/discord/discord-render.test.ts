import { expect, it } from 'vitest';
import { item, toBlocks } from '../../src/answer/answer-parts.js';
import { stripDiscordMentions } from '../../src/discord/message-target.js';
import { discordMessages, MESSAGE_LIMIT } from '../../src/discord/render.js';
import { answerOf } from '../support/answer-fixture.js';

it('splits a long answer cleanly under 2000 characters, with buttons on the last message only', () => {
  const parts = toBlocks(
    Array.from({ length: 120 }, (_, i) =>
      item(
        { type: 'role', id: `r${i}`, title: `Role ${i}`, strong: true },
        ': a summary sentence that takes some room ',
        { type: 'cite', n: 1 },
      ),
    ),
  );
  const answer = answerOf(parts);

  const messages = discordMessages({ kind: 'answer', question: 'q', answer, actions: { feedback: 'k' } });
  expect(messages.length).toBeGreaterThan(1);
  for (const m of messages) expect(m.content!.length).toBeLessThanOrEqual(MESSAGE_LIMIT);
  expect(messages.slice(0, -1).every((m) => m.components!.length === 0)).toBe(true);
  expect(messages.at(-1)!.components!.length).toBe(1);
  expect(messages.map((m) => m.content).join('\n')).toContain('**Role 119**');
  expect(messages.at(-1)!.content).toContain('Sources: [1] A');
});

it('strips user, role and channel mentions and defuses @everyone', () => {
  expect(stripDiscordMentions('<@123> <@!456> <@&789> <#101> @everyone what is SDN?')).toBe('everyone what is SDN?');
});
