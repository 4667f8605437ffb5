import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { PACKAGE_ROOT } from '../../src/config.js';
import type { SlackAdapter } from '../../src/slack/slack-app.js';
import { createService } from '../support/engine.js';
import { waitFor } from '../support/wait-for.js';
import { FakeSlack } from './fake-slack.js';
import { startHttpAdapter } from './http-adapter.js';
import { eventBody, slackPost } from './signed-request.js';

const SECRET = 'agent-secret';
let fake: FakeSlack;
let adapter: SlackAdapter;
let url: string;

beforeAll(async () => {
  fake = await FakeSlack.start();
  ({ adapter, url } = await startHttpAdapter(await createService(), fake, SECRET));
});
afterAll(async () => {
  await adapter.stop();
  await fake.stop();
});

it('the manifest turns on the agent messaging experience and its app_home_opened event', async () => {
  const manifest = await readFile(path.join(PACKAGE_ROOT, 'slack', 'manifest.yml'), 'utf8');
  expect(manifest).toMatch(/\n {2}agent_view:\n {4}agent_description: .+\n {4}suggested_prompts:/);
  expect(manifest).toContain('      - app_home_opened\n');
});

it('opening the Messages tab sets the opening suggested prompts; the Home tab does not', async () => {
  const opened = { type: 'app_home_opened', user: 'U1', channel: 'D1', tab: 'messages', event_ts: '9.1' };
  await slackPost(url, eventBody({ ...opened, tab: 'home' }, 'EvHome1'), { secret: SECRET });
  await slackPost(url, eventBody(opened, 'EvHome2'), { secret: SECRET });
  const set = await waitFor(() => fake.callsTo('assistant.threads.setSuggestedPrompts')[0], 5000, 'prompts');
  expect(fake.callsTo('assistant.threads.setSuggestedPrompts')).toHaveLength(1);
  expect(set.args.channel_id).toBe('D1');
  expect(JSON.stringify(set.args.prompts)).toContain('What does an urban mechanic do?');
});

it('a DM answer about a role leaves next questions: its skills, a related role, a comparison', async () => {
  const before = fake.callsTo('assistant.threads.setSuggestedPrompts').length;
  const dm = {
    type: 'message',
    channel_type: 'im',
    user: 'U1',
    text: 'what does a data scientist do?',
    ts: '9.2',
    channel: 'D1',
    event_ts: '9.2',
  };
  await slackPost(url, eventBody(dm, 'EvDm1'), { secret: SECRET });
  const set = await waitFor(
    () => fake.callsTo('assistant.threads.setSuggestedPrompts')[before],
    5000,
    'follow-up prompts',
  );
  const titles = (set.args.prompts as { title: string }[]).map((p) => p.title);
  expect(titles[0]).toBe('What skills does a Data Scientist need?');
  expect(titles[1]).toMatch(/^What does an? .+ do\?$/);
  expect(titles[2]).toMatch(/^Compare Data Scientist vs /);
});
