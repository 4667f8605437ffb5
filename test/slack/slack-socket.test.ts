import { afterAll, beforeAll, expect, it } from 'vitest';
import { createSlackAdapter, type SlackAdapter } from '../../src/slack/slack-app.js';
import { createService, silentLogger } from '../support/engine.js';
import { waitFor } from '../support/wait-for.js';
import { FakeSlack } from './fake-slack.js';

let fake: FakeSlack;
let adapter: SlackAdapter;

beforeAll(async () => {
  const service = await createService();
  fake = await FakeSlack.start();
  adapter = createSlackAdapter({
    service,
    config: { mode: 'socket', botToken: 'xoxb-test', appToken: 'xapp-test', apiUrl: fake.apiUrl },
    logger: silentLogger,
  });
  await adapter.start();
});

afterAll(async () => {
  await adapter.stop();
  await fake.stop();
});

it('connects through apps.connections.open, acks an app_mention envelope and posts the answer', async () => {
  const open = await waitFor(() => fake.callsTo('apps.connections.open')[0], 5000, 'apps.connections.open');
  expect(open.authorization).toBe('Bearer xapp-test');
  await waitFor(() => fake.socketConnected, 5000, 'websocket');

  fake.sendEnvelope({
    envelope_id: 'env-1',
    type: 'events_api',
    accepts_response_payload: false,
    retry_attempt: 0,
    retry_reason: '',
    payload: {
      token: 'legacy',
      team_id: 'T1',
      api_app_id: 'A1',
      type: 'event_callback',
      event_id: 'EvSocket1',
      event_time: 1700000000,
      authorizations: [{ team_id: 'T1', user_id: 'UBOT', is_bot: true }],
      event: {
        type: 'app_mention',
        user: 'U1',
        text: '<@UBOT> what does an urban mechanic do?',
        ts: '1700000600.000001',
        channel: 'C7',
        event_ts: '1700000600.000001',
      },
    },
  });

  const ack = await waitFor(() => fake.acks.find((a) => a.envelope_id === 'env-1'), 5000, 'envelope ack');
  expect(ack.envelope_id).toBe('env-1');
  const post = await waitFor(() => fake.callsTo('chat.postMessage')[0], 5000, 'answer');
  expect(post.args).toMatchObject({ channel: 'C7', thread_ts: '1700000600.000001' });
  expect(String(post.args.text)).toContain('Urban Mechanic');
});
