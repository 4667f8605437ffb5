import { afterAll, beforeAll, expect, it } from 'vitest';
import type { SlackAdapter } from '../../src/slack/slack-app.js';
import { SqliteStore } from '../../src/stores/sqlite-store.js';
import { reportWithDownvoteReason } from '../support/downvote-report.js';
import { createService, silentLogger, tempDir } from '../support/engine.js';
import { waitFor } from '../support/wait-for.js';
import { FakeSlack } from './fake-slack.js';
import { startHttpAdapter } from './http-adapter.js';
import { buttonClickBody, eventBody, slackPost, viewSubmissionBody } from './signed-request.js';

const SECRET = 'feedback-secret';
let fake: FakeSlack;
let adapter: SlackAdapter;
let store: SqliteStore;
let url: string;
const form = { secret: SECRET, contentType: 'application/x-www-form-urlencoded' as const };

beforeAll(async () => {
  fake = await FakeSlack.start();
  store = SqliteStore.open({ dir: await tempDir('slack-feedback'), retentionDays: 30, logger: silentLogger });
  const service = await createService({ stores: store.stores() });
  ({ adapter, url } = await startHttpAdapter(service, fake, SECRET));
});
afterAll(async () => {
  await adapter.stop();
  await fake.stop();
  store.close();
});

it('👎 opens a form asking what was wrong; the reason is kept with the feedback and shown in the report', async () => {
  const event = {
    type: 'app_mention',
    user: 'U1',
    text: '<@UBOT> which roles need robotics?',
    ts: '7.1',
    channel: 'C7',
    event_ts: '7.1',
  };
  await slackPost(url, eventBody(event, 'EvFb1'), { secret: SECRET });
  const answer = await waitFor(() => fake.callsTo('chat.postMessage')[0], 5000, 'answer');
  const blocks = answer.args.blocks as { type: string; elements?: { negative_button: { value: string } }[] }[];
  const down = blocks.find((b) => b.type === 'context_actions')!.elements![0]!.negative_button;

  await slackPost(
    url,
    buttonClickBody({
      actionId: 'feedback',
      type: 'feedback_buttons',
      blockId: 'answer_feedback',
      value: down.value,
      responseUrl: fake.responseUrl('down'),
      ephemeral: false,
      message: { ts: String(answer.args.ts ?? '1'), text: 'answer', blocks },
    }),
    form,
  );
  const opened = await waitFor(() => fake.callsTo('views.open')[0], 5000, 'views.open');
  const view = (typeof opened.args.view === 'string' ? JSON.parse(opened.args.view) : opened.args.view) as {
    callback_id: string;
    private_metadata: string;
  };
  expect(opened.args.trigger_id).toBe('t');
  expect(view.callback_id).toBe('feedback_reason');

  const res = await slackPost(
    url,
    viewSubmissionBody({
      callbackId: view.callback_id,
      privateMetadata: view.private_metadata,
      values: { reason: { reason_text: { type: 'plain_text_input', value: 'It missed the drone roles' } } },
    }),
    form,
  );
  expect(res.status).toBe(200);
  const report = await reportWithDownvoteReason(store);
  expect(report.feedback).toMatchObject({ up: 0, down: 1 });
  expect(report.feedback.downvoted[0]).toMatchObject({
    question: 'which roles need robotics?',
    reason: 'It missed the drone roles',
  });
});
