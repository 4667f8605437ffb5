import { afterAll, beforeAll, expect, it } from 'vitest';
import type { ConversationService } from '../../src/conversation/conversation-service.js';
import { RateLimiter } from '../../src/conversation/rate-limiter.js';
import { createDiscordAdapter } from '../../src/discord/discord-bot.js';
import { BOT_USER, CHANNEL_ID, FakeDiscord, messagePayload } from '../discord/fake-discord.js';
import { FakeSlack } from '../slack/fake-slack.js';
import { startHttpAdapter } from '../slack/http-adapter.js';
import { eventBody, slackPost } from '../slack/signed-request.js';
import { chatMessage } from '../support/chat-message.js';
import { createEngine, createService, silentLogger } from '../support/engine.js';
import { waitFor } from '../support/wait-for.js';

type Engine = Awaited<ReturnType<typeof createEngine>>;
let engine: Engine;
beforeAll(async () => {
  engine = await createEngine();
});

const say = (service: ConversationService, user: string, text: string, surface = 'slack') =>
  chatMessage(service, { text, user, surface });

it('a person asking faster than the limit gets a friendly reply; others and the terminal are not held up', async () => {
  let now = 0;
  const limiter = new RateLimiter(6, 2, () => now);
  const limited = await createService({ engine, options: { limiter } });
  expect((await say(limited, 'U1', 'what does a data scientist do?')).kind).toBe('answer');
  expect((await say(limited, 'U1', 'what does a drone pilot do?')).kind).toBe('answer');
  const third = await say(limited, 'U1', 'what does a cloud architect do?');
  expect(third).toMatchObject({ kind: 'notice' });
  expect((third as { text: string }).text).toMatch(/wait about 10 s/);
  expect((await say(limited, 'U2', 'what does a cloud architect do?')).kind).toBe('answer');
  expect((await say(limited, 'local', 'what does a cloud architect do?', 'cli')).kind).toBe('answer');
  now += 10_000;
  expect((await say(limited, 'U1', 'what does a cloud architect do?')).kind).toBe('answer');
  expect(await limited.runCommand('role', { name: 'drone pilot' }, { surface: 'slack', user: 'U1' })).toMatchObject({
    kind: 'notice',
  });
});

let slack: FakeSlack;
let discord: FakeDiscord;
beforeAll(async () => {
  [slack, discord] = await Promise.all([FakeSlack.start(), FakeDiscord.start()]);
});
afterAll(async () => {
  await Promise.all([slack.stop(), discord.stop()]);
});

it('Slack answering with 429: the answer is posted after Retry-After, not lost', async () => {
  const service = await createService({ engine });
  const secret = 'rl-secret';
  const { adapter, url } = await startHttpAdapter(service, slack, secret);
  try {
    slack.rateLimited.set('chat.postMessage', 1);
    const event = {
      type: 'app_mention',
      user: 'U1',
      text: '<@UBOT> what does a data scientist do?',
      ts: '5.1',
      channel: 'C5',
      event_ts: '5.1',
    };
    await slackPost(url, eventBody(event, 'EvRl1'), { secret });
    // The first attempt met the 429; the second, after Retry-After, carries the answer.
    const posted = await waitFor(
      () => slack.callsTo('chat.postMessage').filter((c) => c.args.channel === 'C5')[1],
      8000,
      'retried post',
    );
    expect(String(posted.args.text)).toContain('Data Scientist');
  } finally {
    await adapter.stop();
  }
});

it('Discord answering with 429: the reply is sent after the limit resets, not lost', async () => {
  const service = await createService({ engine });
  const adapter = createDiscordAdapter({
    service,
    config: { token: 'rl-token', applicationId: '900000000000000010', apiUrl: discord.apiUrl },
    logger: silentLogger,
  });
  await adapter.start();
  try {
    discord.rateLimited.set(`POST /channels/${CHANNEL_ID}/messages`, 1);
    discord.dispatch(
      'MESSAGE_CREATE',
      messagePayload({ content: `<@${BOT_USER.id}> what does an urban mechanic do?`, mentionsBot: true }),
    );
    const sent = await waitFor(
      () => discord.callsTo('POST', new RegExp(`^/channels/${CHANNEL_ID}/messages$`))[1],
      8000,
      'retried message',
    );
    expect(JSON.stringify(sent.body)).toContain('Urban Mechanic');
  } finally {
    await adapter.stop();
  }
});
