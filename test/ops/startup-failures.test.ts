import { afterAll, beforeAll, expect, it } from 'vitest';
import { FakeSlack } from '../slack/fake-slack.js';
import { tempDir } from '../support/engine.js';
import { freePort } from '../support/free-port.js';
import { runCli } from '../support/run-cli.js';

let slack: FakeSlack;
beforeAll(async () => {
  slack = await FakeSlack.start();
});
afterAll(() => slack.stop());

async function start(env: Record<string, string>) {
  return runCli([], {
    script: 'main.js',
    env: { PORT: String(await freePort()), HOST: '127.0.0.1', CAREER_BOT_CACHE_DIR: await tempDir('c'), ...env },
  });
}

it('a Slack API that cannot be reached is one line naming what to check, and a non-zero exit', async () => {
  const r = await start({
    SLACK_BOT_TOKEN: 'xoxb-1',
    SLACK_APP_TOKEN: 'xapp-1',
    SLACK_API_URL: 'http://127.0.0.1:9/api/',
  });
  expect(r.code).not.toBe(0);
  expect(
    r.stderr
      .trim()
      .split('\n')
      .filter((l) => !l.startsWith('{')),
  ).toEqual([expect.stringMatching(/^career-bot: slack: cannot reach the Slack API .*SLACK_API_URL$/)]);
  expect(r.stderr).not.toMatch(/\n\s+at /);
});

it('a rejected Slack token is one line naming the token to check', async () => {
  slack.failing.set('apps.connections.open', 'invalid_auth');
  slack.failing.set('auth.test', 'invalid_auth');
  const r = await start({ SLACK_BOT_TOKEN: 'xoxb-bad', SLACK_APP_TOKEN: 'xapp-bad', SLACK_API_URL: slack.apiUrl });
  slack.failing.clear();
  expect(r.code).not.toBe(0);
  expect(r.stderr).toContain("career-bot: slack: Slack rejected the app's credentials (invalid_auth)");
  expect(r.stderr).not.toMatch(/\n\s+at /);
});

it('an unwritable cache folder costs the cache, not the answer', async () => {
  const r = await runCli(['ask', 'what does an urban mechanic do?'], {
    env: { CAREER_BOT_CACHE_DIR: '/dev/null/cache', LOG_LEVEL: 'warn' },
  });
  expect(r.code).toBe(0);
  expect(r.stdout).toContain('Urban Mechanic');
  expect(r.stderr).toContain('not cached');
  expect(r.stderr).not.toMatch(/\n\s+at /);
});
