import { afterEach, describe, expect, it } from 'vitest';
import { type App, buildApp } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { type RunningService, startService } from '../../src/ops/service-runner.js';
import { APP_ID, BOT_USER, FakeDiscord, messagePayload } from '../discord/fake-discord.js';
import { FakeSlack } from '../slack/fake-slack.js';
import { eventBody, slackPost } from '../slack/signed-request.js';
import { tempDir } from '../support/engine.js';
import { capturedLogger } from '../support/log-capture.js';
import { waitFor } from '../support/wait-for.js';

const stops: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const stop of stops.splice(0).reverse()) await stop();
});

/** The service as `npm start` builds it, on a free port, with the given platform variables. */
async function serve(
  env: Record<string, string>,
): Promise<{ app: App; running: RunningService; logs: Record<string, unknown>[] }> {
  const { logger, lines } = capturedLogger();
  const config = {
    ...loadConfig({ CAREER_BOT_CACHE_DIR: await tempDir('ops'), CAREER_BOT_DATA_DIR: await tempDir('data'), ...env }),
    port: 0,
    host: '127.0.0.1',
    watchKnowledge: false,
  };
  const app = await buildApp(config, logger, { serve: true });
  const running = await startService(app);
  stops.push(() => running.stop());
  return { app, running, logs: lines };
}

const get = async (port: number, path: string) => {
  const res = await fetch(`http://127.0.0.1:${port}${path}`);
  return { status: res.status, text: await res.text() };
};

/** The value of one sample line of the Prometheus text, 0 when absent. */
function sample(metrics: string, name: string, labels: string): number {
  const line = metrics.split('\n').find((l) => l.startsWith(`${name}{`) && l.includes(labels));
  return line ? Number(line.split(' ').at(-1)) : 0;
}

describe('health and metrics endpoints', () => {
  it('Slack over HTTP: served on the events port; counters move with questions', async () => {
    const slack = await FakeSlack.start();
    stops.push(() => slack.stop());
    const { running } = await serve({
      SLACK_BOT_TOKEN: 'xoxb-t',
      SLACK_SIGNING_SECRET: 's3cret',
      SLACK_API_URL: slack.apiUrl,
    });
    const port = running.opsPort!;
    expect((await get(port, '/healthz')).status).toBe(200);
    const ready = await get(port, '/readyz');
    expect(ready.status).toBe(200);
    expect(JSON.parse(ready.text).checks).toEqual({ knowledge: true, adapter_slack: true, store: true });

    const before = (await get(port, '/metrics')).text;
    const event = {
      type: 'app_mention',
      user: 'U1',
      text: '<@UBOT> what does a data scientist do?',
      ts: '1.1',
      channel: 'C1',
      event_ts: '1.1',
    };
    await slackPost(`http://127.0.0.1:${port}/slack/events`, eventBody(event, 'Ev-ops-1'), { secret: 's3cret' });
    const declined = { ...event, text: '<@UBOT> best pizza in naples?', ts: '1.2', event_ts: '1.2' };
    await slackPost(`http://127.0.0.1:${port}/slack/events`, eventBody(declined, 'Ev-ops-2'), { secret: 's3cret' });
    await waitFor(() => slack.callsTo('chat.postMessage').length >= 2 || undefined, 5000, 'answers');

    const after = (await get(port, '/metrics')).text;
    const answered = 'surface="slack",outcome="answered"';
    expect(sample(after, 'career_bot_questions_total', answered)).toBe(
      sample(before, 'career_bot_questions_total', answered) + 1,
    );
    expect(sample(after, 'career_bot_declines_total', 'surface="slack"')).toBe(1);
    expect(sample(after, 'career_bot_answer_seconds_count', 'surface="slack"')).toBe(2);
    expect(sample(after, 'career_bot_adapter_connected', 'adapter="slack"')).toBe(1);
  });

  it('Slack Socket Mode: served on PORT; malformed envelopes are logged and the next mention is answered', async () => {
    const slack = await FakeSlack.start();
    stops.push(() => slack.stop());
    const { running, logs } = await serve({
      SLACK_BOT_TOKEN: 'xoxb-t',
      SLACK_APP_TOKEN: 'xapp-t',
      SLACK_API_URL: slack.apiUrl,
    });
    const port = running.opsPort!;
    expect((await get(port, '/healthz')).status).toBe(200);
    expect(JSON.parse((await get(port, '/readyz')).text).checks.adapter_slack).toBe(true);

    slack.sendEnvelope({ envelope_id: 'bad-1', type: 'events_api', accepts_response_payload: false });
    slack.sendEnvelope({
      envelope_id: 'bad-2',
      type: 'events_api',
      payload: { type: 'event_callback', event_id: 'EvX' },
    });
    slack.sendEnvelope({
      envelope_id: 'good-1',
      type: 'events_api',
      accepts_response_payload: false,
      payload: {
        type: 'event_callback',
        event_id: 'EvGood1',
        team_id: 'T1',
        api_app_id: 'A1',
        authorizations: [{ team_id: 'T1', user_id: 'UBOT', is_bot: true }],
        event: {
          type: 'app_mention',
          user: 'U1',
          text: '<@UBOT> what does an urban mechanic do?',
          ts: '2.1',
          channel: 'C2',
          event_ts: '2.1',
        },
      },
    });
    const post = await waitFor(() => slack.callsTo('chat.postMessage')[0], 5000, 'answer after malformed envelopes');
    expect(String(post.args.text)).toContain('Urban Mechanic');
    const warned = logs.filter((l) => l.msg === 'malformed Socket Mode envelope ignored').map((l) => l.problem);
    expect(warned).toEqual(['events_api envelope without a payload', 'events_api envelope without an event type']);
  });

  it('Discord: served on PORT, with the adapter in /readyz and /metrics', async () => {
    const discord = await FakeDiscord.start();
    stops.push(() => discord.stop());
    const { running } = await serve({
      DISCORD_TOKEN: 'tok',
      DISCORD_APPLICATION_ID: APP_ID,
      DISCORD_API_URL: discord.apiUrl,
    });
    const port = running.opsPort!;
    expect((await get(port, '/healthz')).status).toBe(200);
    expect(JSON.parse((await get(port, '/readyz')).text)).toMatchObject({
      status: 'ready',
      checks: { adapter_discord: true },
    });
    discord.dispatch(
      'MESSAGE_CREATE',
      messagePayload({ content: `<@${BOT_USER.id}> what does a drone pilot do?`, mentionsBot: true }),
    );
    await waitFor(
      async () =>
        sample((await get(port, '/metrics')).text, 'career_bot_questions_total', 'surface="discord"') === 1 ||
        undefined,
      5000,
      'counted',
    );
    expect(sample((await get(port, '/metrics')).text, 'career_bot_adapter_connected', 'adapter="discord"')).toBe(1);
    expect((await get(port, '/nope')).status).toBe(404);
  });

  it('/readyz says not ready, naming the store, when the store cannot be written', async () => {
    const slack = await FakeSlack.start();
    stops.push(() => slack.stop());
    const { running } = await serve({
      SLACK_BOT_TOKEN: 'xoxb-t',
      SLACK_APP_TOKEN: 'xapp-t',
      SLACK_API_URL: slack.apiUrl,
      CAREER_BOT_DATA_DIR: '/dev/null/data',
    });
    const ready = await get(running.opsPort!, '/readyz');
    expect(ready.status).toBe(503);
    expect(JSON.parse(ready.text).checks.store).toBe(false);
  });
});
