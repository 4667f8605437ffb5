import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { PACKAGE_ROOT } from '../../src/config.js';
import { FakeOpenAI } from '../llm/fake-openai.js';
import { FakeSlack } from '../slack/fake-slack.js';
import { eventBody, slackPost } from '../slack/signed-request.js';
import { tempDir } from '../support/engine.js';
import { freePort } from '../support/free-port.js';
import { waitFor } from '../support/wait-for.js';

const ANSWER =
  'A digital anthropologist studies how people think and act with digital technology [1]. People come to it from anthropology, psychology, UX or data analytics [1].';

let slack: FakeSlack;
let openai: FakeOpenAI;
beforeAll(async () => {
  [slack, openai] = await Promise.all([FakeSlack.start(), FakeOpenAI.start()]);
});
afterAll(async () => {
  await Promise.all([slack.stop(), openai.stop()]);
});

it('SIGTERM during a slow generated answer: the answer is delivered, then the process exits 0', async () => {
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, [path.join(PACKAGE_ROOT, 'dist', 'main.js')], {
    env: {
      PATH: process.env.PATH ?? '',
      PORT: String(port),
      HOST: '127.0.0.1',
      SLACK_BOT_TOKEN: 'xoxb-term',
      SLACK_SIGNING_SECRET: 'term-secret',
      SLACK_API_URL: slack.apiUrl,
      OPENAI_API_KEY: 'sk-test',
      OPENAI_BASE_URL: openai.baseUrl,
      CAREER_BOT_CACHE_DIR: await tempDir('term-cache'),
      CAREER_BOT_DATA_DIR: await tempDir('term-data'),
    },
  });
  let stderr = '';
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  await waitFor(() => stderr.includes('career-bot serving') || undefined, 10_000, 'service start');

  openai.script.push({ kind: 'answer', text: ANSWER, pieces: 8, delayMs: 250 });
  const event = {
    type: 'app_mention',
    user: 'U1',
    text: '<@UBOT> what does a digital anthropologist do?',
    ts: '1700009000.000001',
    channel: 'C9',
    event_ts: '1',
  };
  await slackPost(`http://127.0.0.1:${port}/slack/events`, eventBody(event, 'EvTerm1'), { secret: 'term-secret' });
  await waitFor(() => slack.callsTo('chat.startStream')[0], 5000, 'first streamed text');
  child.kill('SIGTERM');

  expect(await exited).toBe(0);
  // The stream was finished: its end carries the sources and 👍/👎 of the checked answer.
  const end = slack.callsTo('chat.stopStream')[0];
  expect(JSON.stringify(end?.args.blocks)).toContain('feedback_buttons');
  const chunks = slack.calls.filter((c) => c.method.includes('Stream')).map((c) => JSON.stringify(c.args.chunks ?? ''));
  expect(chunks.join('')).toContain('UX or data analytics');
  expect(stderr).toContain('shutting down');
});
