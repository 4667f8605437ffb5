import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SqliteStore } from '../../src/stores/sqlite-store.js';
import { createEngine, silentLogger, tempDir } from '../support/engine.js';
import { settle, waitFor } from '../support/wait-for.js';
import { type ChatDriver, discordDriver, slackDriver } from './chat-drivers.js';

/** What survives a restart when the state is in SQLite: the same scenarios on every platform. */
describe.each([
  ['Slack', slackDriver],
  ['Discord', discordDriver],
])('%s across a restart', (_name, makeDriver) => {
  let driver: ChatDriver;
  let dir: string;
  let store: SqliteStore;

  /** A new service and adapter over the store file, as after a process restart. */
  async function restart(): Promise<void> {
    store?.close();
    store = SqliteStore.open({ dir, retentionDays: 30, logger: silentLogger });
    await driver.start(store.stores());
  }

  async function answered(before: number, what: string): Promise<string> {
    await waitFor(() => driver.answers().length > before || undefined, 5000, what);
    return driver.answers().at(-1)!;
  }

  beforeAll(async () => {
    dir = await tempDir('store');
    driver = await makeDriver(await createEngine(), silentLogger);
    await restart();
  });
  afterAll(async () => {
    await driver.stop();
    store.close();
  });

  it('answers a delivery once even when it is redelivered after a restart', async () => {
    const before = driver.answers().length;
    await driver.ask('what does a data scientist do?', 'again-1');
    await answered(before, 'answer');
    await restart();
    await driver.ask('what does a data scientist do?', 'again-1');
    await settle(300);
    expect(driver.answers()).toHaveLength(before + 1);
  });

  it('records feedback given after a restart with the question it rates', async () => {
    const before = driver.answers().length;
    await driver.ask('Which roles need machine learning?', 'rated-1');
    await answered(before, 'answer');
    const down = driver.lastButtons().find((b) => /down/.test(b.id) || /^fb:down/.test(b.value))!;
    await restart();
    expect(await driver.click(down)).toContain('Thanks for the feedback');
    const entry = store.stores().feedback.all().at(-1)!;
    expect(entry.verdict).toBe('down');
    expect(store.stores().answers.get(entry.answerKey)?.question).toBe('Which roles need machine learning?');
  });

  it('keeps two people in one channel in their own follow-up context across a restart', async () => {
    let before = driver.answers().length;
    await driver.ask('What does a cloud architect do?', 'first-q', undefined, 'first');
    await answered(before, 'first answer');
    before = driver.answers().length;
    await driver.ask('What does a data scientist do?', 'second-q', undefined, 'second');
    await answered(before, 'second answer');
    await restart();
    before = driver.answers().length;
    await driver.ask('and what skills does it need?', 'first-follow', 'first-q', 'first');
    expect(await answered(before, 'first follow-up')).toContain('Cloud Architect');
    before = driver.answers().length;
    await driver.ask('and what skills does it need?', 'second-follow', 'second-q', 'second');
    expect(await answered(before, 'second follow-up')).toContain('Data Scientist');
  });

  it('writes no raw platform user id into the store', async () => {
    store.flush();
    const rows = store.database.prepare('SELECT user_hash FROM questions UNION SELECT user_hash FROM feedback').all();
    const text = JSON.stringify(rows) + JSON.stringify(store.database.prepare('SELECT * FROM conversations').all());
    // As a token of its own: a base64url hash may well contain "U1" by chance.
    for (const id of ['U1', 'U2', '900000000000000002', '900000000000000077'])
      expect(text).not.toMatch(new RegExp(`(^|[^A-Za-z0-9_-])${id}($|[^A-Za-z0-9_-])`));
  });
});
