import { expect, it } from 'vitest';
import { item, type Span, toBlocks } from '../../src/answer/answer-parts.js';
import { stripDiscordMentions } from '../../src/discord/message-target.js';
import { discordMessages, MESSAGE_LIMIT } from '../../src/discord/render.js';
import { answerOf } from '../support/answer-fixture.js';
import { buttonIds, componentCount, isV2, type MessageBody, textLength, textOf, v2Problem } from './message-body.js';

const role = (i: number): Span => ({ type: 'role', id: `r${i}`, title: `Role ${i}`, strong: true });

/** One list of 120 roles: about 7,000 characters, far over one message's 4,000. */
const longList = () =>
  answerOf(
    toBlocks(
      Array.from({ length: 120 }, (_, i) =>
        item(role(i), ': a summary sentence that takes some room ', { type: 'cite', n: 1 }),
      ),
    ),
  );

/** 60 short paragraphs: one text display each, more than the 40 components a message may hold. */
const manyParagraphs = () =>
  answerOf(
    Array.from({ length: 60 }, (_, i) => ({
      type: 'paragraph' as const,
      lines: [[role(i), { type: 'text' as const, text: ' is one of many. ' }, { type: 'cite' as const, n: 1 }]],
    })),
  );

const rendered = (answer: ReturnType<typeof answerOf>) =>
  discordMessages({ kind: 'answer', question: 'q', answer, actions: { feedback: 'k' } }) as MessageBody[];

it.each([
  ['a long answer', longList],
  ['an answer of many parts', manyParagraphs],
])('%s is split into Components v2 messages within 40 components and 4,000 characters', (_name, make) => {
  const messages = rendered(make());
  expect(messages.length).toBeGreaterThan(1);
  for (const m of messages) {
    expect(isV2(m)).toBe(true);
    expect(m.content).toBeUndefined();
    expect(m.embeds).toBeUndefined();
    expect(componentCount(m)).toBeLessThanOrEqual(40);
    expect(textLength(m)).toBeLessThanOrEqual(4000);
    expect(v2Problem(m)).toBeUndefined();
  }
  // Nothing is lost, and the sources and 👍/👎 close the last message only.
  const all = messages.map(textOf).join('\n');
  expect(all).toContain('**Role 0**');
  expect(all).toContain('**Role 59**');
  expect(messages.slice(0, -1).every((m) => buttonIds(m).length === 0 && !textOf(m).includes('Sources:'))).toBe(true);
  expect(buttonIds(messages.at(-1))).toEqual(['fb:up:k', 'fb:down:k']);
  expect(textOf(messages.at(-1))).toContain('-# Sources: [1] A (knowledge/roles/a.md');
});

it('a short answer is one v2 message: a container with the answer, its sources and the buttons', () => {
  const [only, ...rest] = rendered(answerOf(toBlocks([item(role(1), ' fits.')])));
  expect(rest).toHaveLength(0);
  expect(only!.components!.map((c) => c.type)).toEqual([17]);
  // Answer text, divider, sources, a row of 👍/👎.
  expect(only!.components![0]!.components!.map((c) => c.type)).toEqual([10, 14, 10, 1]);
  expect(textOf(only)).toBe(
    '- **Role 1** fits.\n-# Sources: [1] A (knowledge/roles/a.md, written by the career-bot team)',
  );
});

it('an answer edited into a streamed (plain) draft stays plain, split under 2000 characters', () => {
  const messages = discordMessages(
    { kind: 'answer', question: 'q', answer: longList(), actions: { feedback: 'k' } },
    { plain: true },
  ) as MessageBody[];
  expect(messages.length).toBeGreaterThan(1);
  for (const m of messages) {
    expect(isV2(m)).toBe(false);
    expect(m.content!.length).toBeLessThanOrEqual(MESSAGE_LIMIT);
  }
  expect(messages.slice(0, -1).every((m) => buttonIds(m).length === 0)).toBe(true);
  expect(buttonIds(messages.at(-1))).toEqual(['fb:up:k', 'fb:down:k']);
  expect(messages.map((m) => m.content).join('\n')).toContain('**Role 119**');
  expect(messages.at(-1)!.content).toContain('Sources: [1] A');
});

it('strips user, role and channel mentions and defuses @everyone', () => {
  expect(stripDiscordMentions('<@123> <@!456> <@&789> <#101> @everyone what is SDN?')).toBe('everyone what is SDN?');
});
