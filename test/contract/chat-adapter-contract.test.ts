import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { memoryStores, type Stores } from '../../src/stores/stores.js';
import { createEngine } from '../support/engine.js';
import { capturedLogger } from '../support/log-capture.js';
import { settle, waitFor } from '../support/wait-for.js';
import { type ChatDriver, discordDriver, slackDriver } from './chat-drivers.js';

/** The same scenarios for every chat platform: what a user of either would notice. */
describe.each([
  ['Slack', slackDriver],
  ['Discord', discordDriver],
])('%s adapter contract', (_name, makeDriver) => {
  let driver: ChatDriver;
  let stores: Stores;

  beforeAll(async () => {
    driver = await makeDriver(await createEngine(), capturedLogger().logger);
    stores = memoryStores();
    await driver.start(stores);
  });
  afterAll(() => driver.stop());

  it('answers a redelivered message once', async () => {
    const before = driver.answers().length;
    await driver.ask('what does a data scientist do?', 'dup-1');
    await waitFor(() => driver.answers().length > before || undefined, 5000, 'answer');
    await driver.ask('what does a data scientist do?', 'dup-1');
    await settle(300);
    expect(driver.answers().slice(before)).toHaveLength(1);
    expect(driver.answers().at(-1)).toContain('Data Scientist');
  });

  it('keeps the subject for a follow-up', async () => {
    await driver.ask('What does a cloud architect do?', 'follow-1');
    await waitFor(() => driver.answers().at(-1)?.includes('Cloud Architect') || undefined, 5000, 'first answer');
    const before = driver.answers().length;
    await driver.ask('and what skills does it need?', 'follow-2', 'follow-1');
    await waitFor(() => driver.answers().length > before || undefined, 5000, 'follow-up');
    expect(driver.answers().at(-1)).toContain('Cloud Architect');
    expect(driver.answers().at(-1)).toContain('Distributed algorithms and systems');
  });

  it('records feedback on an answer with the question and its sources', async () => {
    const up = driver.lastButtons().find((b) => /up/.test(b.id) || /^fb:up/.test(b.value))!;
    expect(up).toBeDefined();
    expect(await driver.click(up)).toContain('Thanks for the feedback');
    const entry = stores.feedback.all().at(-1)!;
    expect(entry.verdict).toBe('up');
    const rated = stores.answers.get(entry.answerKey)!;
    expect(rated.question).toBe('and what skills does it need?');
    expect(rated.answer.sources.map((s) => s.id)).toContain('cloud-architect');
    expect(entry.user).not.toMatch(/^(U1|\d+)$/);
  });

  it('shares an answer given before the service was recreated', async () => {
    const buttons = await driver.askCommand('What is Hamburg doing to attract talent?');
    const share = buttons.find((b) => /share/.test(b.id))!;
    expect(share).toBeDefined();
    await driver.start(stores);
    expect(await driver.click(share)).toContain('HafenCity');
  });

  it('never pings: mentions in a question are not echoed and mention parsing stays off', async () => {
    const before = driver.answers().length;
    await driver.ask('<!here> @everyone @here <!channel> what does an urban mechanic do?', 'ping-1');
    await waitFor(() => driver.answers().length > before || undefined, 5000, 'answer');
    const sent = driver.sent();
    for (const token of ['<!here>', '<!channel>', '<!everyone>', '@everyone', '@here'])
      expect(sent).not.toContain(token);
  });
});
