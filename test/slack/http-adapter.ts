import type { ConversationService } from '../../src/conversation/conversation-service.js';
import { createSlackAdapter, type SlackAdapter } from '../../src/slack/slack-app.js';
import { silentLogger } from '../support/engine.js';
import type { FakeSlack } from './fake-slack.js';

/** The Slack adapter over HTTP on a free loopback port, talking to the fake; started. */
export async function startHttpAdapter(
  service: ConversationService,
  fake: FakeSlack,
  secret: string,
): Promise<{ adapter: SlackAdapter; url: string }> {
  const adapter = createSlackAdapter({
    service,
    config: { mode: 'http', botToken: 'xoxb-test', signingSecret: secret, apiUrl: fake.apiUrl },
    logger: silentLogger,
    listen: { port: 0, host: '127.0.0.1' },
  });
  await adapter.start();
  return { adapter, url: `http://127.0.0.1:${adapter.port}/slack/events` };
}
