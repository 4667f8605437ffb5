import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildApp } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import type { SlackAdapter } from '../../src/slack/slack-app.js';
import { APP_ID, DM_CHANNEL_ID, FakeDiscord, messagePayload } from '../discord/fake-discord.js';
import { isV2, type MessageBody } from '../discord/message-body.js';
import { FakeSlack } from '../slack/fake-slack.js';
import { eventBody, slackPost } from '../slack/signed-request.js';
import { tempDir } from '../support/engine.js';
import { capturedLogger } from '../support/log-capture.js';
import { runCli } from '../support/run-cli.js';
import { waitFor } from '../support/wait-for.js';
import { FakeOpenAI } from './fake-openai.js';

/** Port 0 is not a valid PORT for a person; the tests ask the OS for a free one after parsing. */
const withFreePort = (env: NodeJS.ProcessEnv) => ({ ...loadConfig(env), port: 0 });

const ANSWER =
  'A digital anthropologist studies how people think and act with digital technology [1]. People come to it from anthropology, psychology, UX or data analytics [1].';
let openai: FakeOpenAI;
beforeAll(async () => {
  openai = await FakeOpenAI.start();
});
afterAll(() => openai.stop());

/** The real composition root in LLM mode with Slack over HTTP, against the fakes; started. */
async function slackInLlmMode(slack: FakeSlack, cacheTag: string): Promise<SlackAdapter> {
  const config = withFreePort({
    OPENAI_API_KEY: 'sk-test',
    OPENAI_BASE_URL: openai.baseUrl,
    CAREER_BOT_CACHE_DIR: await tempDir(cacheTag),
    SLACK_BOT_TOKEN: 'xoxb-test',
    SLACK_SIGNING_SECRET: 'secret',
    SLACK_API_URL: slack.apiUrl,
    CAREER_BOT_STORE: 'memory',
    HOST: '127.0.0.1',
  });
  const app = await buildApp(config, capturedLogger().logger);
  const adapter = app.adapters.find((a) => a.name === 'slack') as SlackAdapter;
  await adapter.start();
  return adapter;
}

it('streams into Slack natively: startStream, appendStream with the text as it comes, stopStream with sources and 👍/👎', async () => {
  const slack = await FakeSlack.start();
  const adapter = await slackInLlmMode(slack, 'n');
  openai.script.push({ kind: 'answer', text: ANSWER, pieces: 8, delayMs: 200 });
  try {
    const sent = performance.now();
    const event = {
      type: 'app_mention',
      user: 'U1',
      text: '<@UBOT> what does a digital anthropologist do?',
      ts: '1700000800.000001',
      channel: 'C1',
      event_ts: '1',
    };
    await slackPost(`http://127.0.0.1:${adapter.port}/slack/events`, eventBody(event, 'EvNative1'), {
      secret: 'secret',
    });
    await waitFor(() => slack.callsTo('chat.startStream')[0], 5000, 'stream start');
    console.log(`time to first streamed text in Slack (native): ${(performance.now() - sent).toFixed(0)} ms`);
    const stop = await waitFor(() => slack.callsTo('chat.stopStream')[0], 10000, 'stream stop');

    const methods = slack.calls.map((c) => c.method).filter((m) => m.includes('Stream'));
    expect(methods[0]).toBe('chat.startStream');
    expect(methods.at(-1)).toBe('chat.stopStream');
    expect(methods.filter((m) => m === 'chat.appendStream').length).toBeGreaterThanOrEqual(1);
    const start = slack.callsTo('chat.startStream')[0]!;
    expect(start.args).toMatchObject({
      channel: 'C1',
      thread_ts: '1700000800.000001',
      recipient_user_id: 'U1',
      recipient_team_id: 'T1',
    });
    // The client sends the text as markdown_text chunks; together they are the answer, in order.
    const chunksOf = (v: unknown) => (typeof v === 'string' ? JSON.parse(v) : (v ?? [])) as { text?: string }[];
    const streamed = slack.calls
      .filter((c) => c.method.includes('Stream'))
      .flatMap((c) => chunksOf(c.args.chunks).map((chunk) => chunk.text ?? ''))
      .join('');
    expect(streamed).toBe(ANSWER);
    const end = JSON.stringify(stop.args.blocks);
    expect(end).toContain('Sources');
    expect(end).toContain('feedback_buttons');
    expect(slack.callsTo('chat.postMessage')).toHaveLength(0);
  } finally {
    await adapter.stop();
    await slack.stop();
  }
});

it('a Slack stream that expires part-way is finished by chat.update on the same message', async () => {
  const slack = await FakeSlack.start();
  slack.failing.set('chat.appendStream', 'message_not_in_streaming_state');
  const adapter = await slackInLlmMode(slack, 'x');
  openai.script.push({ kind: 'answer', text: ANSWER, pieces: 8, delayMs: 100 });
  try {
    const event = {
      type: 'app_mention',
      user: 'U1',
      text: '<@UBOT> what does a digital anthropologist do?',
      ts: '1700000810.000001',
      channel: 'C1',
      event_ts: '1',
    };
    await slackPost(`http://127.0.0.1:${adapter.port}/slack/events`, eventBody(event, 'EvExpire1'), {
      secret: 'secret',
    });
    const final = await waitFor(
      () => slack.callsTo('chat.update').find((c) => Array.isArray(c.args.blocks)),
      10000,
      'final update',
    );
    // The message the stream created (the fake numbers its ts 1800000000.…) gets the checked answer; nothing new is posted.
    expect(slack.callsTo('chat.startStream')).toHaveLength(1);
    expect(String(final.args.ts)).toMatch(/^1800000000\./);
    expect(String(final.args.text)).toContain('UX or data analytics [1]');
    expect(slack.callsTo('chat.postMessage')).toHaveLength(0);
  } finally {
    await adapter.stop();
    await slack.stop();
  }
});

it('a Slack that rejects streaming gets the message posted and updated instead: a first message as soon as text arrives, throttled chat.update, then the final answer', async () => {
  const slack = await FakeSlack.start();
  slack.failing.set('chat.startStream', 'not_allowed_token_type');
  const adapter = await slackInLlmMode(slack, 's');
  const port = adapter.port!;
  openai.script.push({ kind: 'answer', text: ANSWER, pieces: 8, delayMs: 300 });
  try {
    const sent = performance.now();
    await slackPost(
      `http://127.0.0.1:${port}/slack/events`,
      eventBody(
        {
          type: 'app_mention',
          user: 'U1',
          text: '<@UBOT> what does a digital anthropologist do?',
          ts: '1700000900.000001',
          channel: 'C1',
          event_ts: '1',
        },
        'EvStream1',
      ),
      { secret: 'secret' },
    );
    await waitFor(() => slack.callsTo('chat.postMessage')[0], 5000, 'first streamed message');
    const firstUpdateMs = performance.now() - sent;
    const final = await waitFor(
      () => slack.callsTo('chat.update').find((c) => Array.isArray(c.args.blocks)),
      10000,
      'final update',
    );
    console.log(`time to first streamed update in Slack: ${firstUpdateMs.toFixed(0)} ms`);

    const first = slack.callsTo('chat.postMessage')[0]!;
    expect(String(first.args.text)).toMatch(/…$/);
    expect(first.args.thread_ts).toBe('1700000900.000001');
    const partials = slack.callsTo('chat.update').filter((c) => !Array.isArray(c.args.blocks));
    expect(partials.length).toBeGreaterThanOrEqual(1);
    const times = slack.callsTo('chat.update').map((c) => c.args.ts);
    expect(new Set(times).size).toBe(1);
    expect(JSON.stringify(final.args.blocks)).toContain('Sources');
    expect(String(final.args.text)).toContain('UX or data analytics [1]');
  } finally {
    await adapter.stop();
    await slack.stop();
  }
});

it('a Slack thread follow-up costs one model call: the earlier question is re-read offline', async () => {
  const slack = await FakeSlack.start();
  const adapter = await slackInLlmMode(slack, 't');
  const port = adapter.port!;
  slack.threads.set('C1:1700000950.000001', [
    { type: 'message', user: 'U1', text: '<@UBOT> What does a cloud architect do?', ts: '1700000950.000001' },
  ]);
  openai.chatRequests.length = 0;
  openai.script.push({ kind: 'answer', text: 'Cloud architects draw on distributed algorithms and systems [1].' });
  try {
    await slackPost(
      `http://127.0.0.1:${port}/slack/events`,
      eventBody(
        {
          type: 'app_mention',
          user: 'U1',
          text: '<@UBOT> and what skills does it need?',
          ts: '1700000950.000002',
          thread_ts: '1700000950.000001',
          channel: 'C1',
          event_ts: '1',
        },
        'EvThread1',
      ),
      { secret: 'secret' },
    );
    await waitFor(
      () =>
        slack.callsTo('chat.stopStream')[0] ??
        slack.callsTo('chat.update').find((c) => Array.isArray(c.args.blocks)) ??
        slack.callsTo('chat.postMessage').find((c) => Array.isArray(c.args.blocks)),
      10000,
      'answer',
    );
    expect(openai.chatRequests).toHaveLength(1);
    expect(JSON.stringify(openai.chatRequests[0]!.body.messages)).toContain(
      'Earlier question: What does a cloud architect do?',
    );
  } finally {
    await adapter.stop();
    await slack.stop();
  }
});

it('streams into Discord: a reply as soon as text arrives, edits at a safe interval, then the final answer', async () => {
  const discord = await FakeDiscord.start();
  const config = withFreePort({
    OPENAI_API_KEY: 'sk-test',
    OPENAI_BASE_URL: openai.baseUrl,
    CAREER_BOT_CACHE_DIR: await tempDir('d'),
    DISCORD_TOKEN: 'discord-token',
    DISCORD_APPLICATION_ID: APP_ID,
    DISCORD_API_URL: discord.apiUrl,
    CAREER_BOT_STORE: 'memory',
  });
  const app = await buildApp(config, capturedLogger().logger);
  const adapter = app.adapters.find((a) => a.name === 'discord')!;
  await adapter.start();
  openai.script.push({ kind: 'answer', text: ANSWER, pieces: 8, delayMs: 300 });
  try {
    const sent = performance.now();
    discord.dispatch('MESSAGE_CREATE', messagePayload({ content: 'what does a digital anthropologist do?', dm: true }));
    const first = await waitFor(
      () => discord.callsTo('POST', new RegExp(`^/channels/${DM_CHANNEL_ID}/messages$`))[0],
      5000,
      'first reply',
    );
    const firstUpdateMs = performance.now() - sent;
    const edits = () => discord.callsTo('PATCH', new RegExp(`^/channels/${DM_CHANNEL_ID}/messages/\\d+$`));
    const final = await waitFor(
      () => edits().find((c) => JSON.stringify(c.body).includes('Sources:')),
      10000,
      'final edit',
    );
    console.log(`time to first streamed update in Discord: ${firstUpdateMs.toFixed(0)} ms`);

    expect(String((first.body as { content: string }).content)).toMatch(/…$/);
    expect(edits().length).toBeGreaterThanOrEqual(2);
    const at = edits().map((c) => c.at);
    for (let i = 1; i < at.length - 1; i++) expect(at[i]! - at[i - 1]!).toBeGreaterThanOrEqual(1000);
    expect((final.body as { components: unknown[] }).components.length).toBe(1);
    // The draft was plain content, and an edit cannot add the v2 flag: the final answer stays plain.
    expect(isV2(final.body as MessageBody)).toBe(false);
    expect(discord.refusals).toEqual([]);
  } finally {
    await adapter.stop();
    await discord.stop();
  }
});

it('career-bot ask --json waits for the final object and includes usage', async () => {
  const env = {
    OPENAI_API_KEY: 'sk-test',
    OPENAI_BASE_URL: openai.baseUrl,
    CAREER_BOT_CACHE_DIR: await tempDir('cli'),
  };
  openai.script.push({ kind: 'answer', text: ANSWER, pieces: 4 });
  const r = await runCli(['ask', '--json', 'What does a digital anthropologist do?'], { env });
  const a = JSON.parse(r.stdout) as {
    mode: string;
    usage: { prompt_tokens: number; completion_tokens: number };
    sources: { id: string }[];
  };
  expect(a.mode).toBe('llm');
  expect(a.usage.prompt_tokens).toBe(420);
  expect(a.sources.map((s) => s.id)).toEqual(['digital-anthropologist']);

  openai.script.push({ kind: 'answer', text: ANSWER, pieces: 4 });
  const text = await runCli(['ask', 'What does a digital anthropologist do?'], { env });
  expect(text.stdout).toContain('UX or data analytics [1]');
  expect(text.stdout).toContain('**Sources**');
});
