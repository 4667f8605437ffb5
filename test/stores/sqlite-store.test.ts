import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import Database from 'better-sqlite3';
import { beforeAll, expect, it } from 'vitest';
import { buildApp } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import type { ConversationService } from '../../src/conversation/conversation-service.js';
import { pseudonym, SURFACES } from '../../src/conversation/pseudonym.js';
import { SqliteStore, STORE_FILE } from '../../src/stores/sqlite-store.js';
import { chatMessage } from '../support/chat-message.js';
import { createEngine, createService, silentLogger, tempDir } from '../support/engine.js';
import { capturedLogger } from '../support/log-capture.js';

type Engine = Awaited<ReturnType<typeof createEngine>>;
let engine: Engine;
beforeAll(async () => {
  engine = await createEngine();
});

const ask = (service: ConversationService, text: string, user: string, deliveryId: string) =>
  chatMessage(service, { text, user, deliveryId });

const count = (file: string, sql: string) => {
  const db = new Database(file, { readonly: true });
  try {
    return (db.prepare(sql).get() as { n: number }).n;
  } finally {
    db.close();
  }
};

it('forget removes one person’s questions, feedback and context, and no one else’s', async () => {
  const dir = await tempDir('forget');
  const store = SqliteStore.open({ dir, retentionDays: 30, logger: silentLogger });
  const service = await createService({ engine, stores: store.stores() });
  const a = await ask(service, 'What does a data scientist do?', 'UALICE', 'f1');
  await ask(service, 'What does a cloud architect do?', 'UBOB', 'f2');
  if (a.kind !== 'answer' || !a.actions?.feedback) throw new Error('expected an answer with feedback');
  service.feedback(a.actions.feedback, 'down', { surface: 'slack', user: 'UALICE' }, 'too vague');
  store.flush();
  const removed = store.forgetUsers(SURFACES.map((s) => pseudonym(store.userKey, s, 'UALICE')));
  expect(removed).toBe(3); // her question, her feedback, her follow-up context
  const file = path.join(dir, STORE_FILE);
  store.close();
  expect(count(file, 'SELECT count(*) AS n FROM questions')).toBe(1);
  expect(count(file, 'SELECT count(*) AS n FROM feedback')).toBe(0);
  expect(count(file, 'SELECT count(*) AS n FROM conversations')).toBe(1);
});

it('drops questions and feedback older than the retention period', async () => {
  const dir = await tempDir('retention');
  const day = 24 * 60 * 60_000;
  const longAgo = Date.now() - 40 * day;
  const old = SqliteStore.open({ dir, retentionDays: 30, logger: silentLogger });
  const key = old.stores().answers.save({
    question: 'What does a robotics specialist do?',
    answer: await engine.ask('What does a robotics specialist do?'),
    surface: 'slack',
    at: longAgo,
  });
  old.stores().feedback.record({ answerKey: key, verdict: 'up', user: 'someone', surface: 'slack', at: longAgo });
  old.close();
  const file = path.join(dir, STORE_FILE);
  expect(count(file, 'SELECT count(*) AS n FROM questions')).toBe(1);
  expect(count(file, 'SELECT count(*) AS n FROM feedback')).toBe(1);

  const fresh = SqliteStore.open({ dir, retentionDays: 30, logger: silentLogger });
  const service = await createService({ engine, stores: fresh.stores() });
  await ask(service, 'What does a drone pilot do?', 'U1', 'r2');
  fresh.close();
  expect(count(file, 'SELECT count(*) AS n FROM questions')).toBe(1);
  expect(count(file, "SELECT count(*) AS n FROM questions WHERE question LIKE '%drone%'")).toBe(1);
  expect(count(file, 'SELECT count(*) AS n FROM feedback')).toBe(0);
});

it('a data directory that cannot be written still answers, and warns once', async () => {
  const parent = await tempDir('unwritable');
  // A regular file where the data directory should be: nothing can be created under it, even as root.
  const blocked = path.join(parent, 'not-a-dir');
  await writeFile(blocked, '');
  const { logger, lines } = capturedLogger();
  const config = loadConfig({
    CAREER_BOT_DATA_DIR: path.join(blocked, 'data'),
    CAREER_BOT_CACHE_DIR: await tempDir('cache'),
  });
  const app = await buildApp(config, logger);
  for (const [i, q] of ['What does a data scientist do?', 'Which roles need robotics?', 'hi'].entries()) {
    const reply = await ask(app.service, q, 'U1', `u${i}`);
    expect(reply.kind).toBe('answer');
  }
  expect(lines.filter((l) => l.level === 40 && /not recorded/.test(String(l.msg)))).toHaveLength(1);
  expect(app.stores.writable()).toBe(false);
});

it('a store that fails while serving keeps answering, warns once, and records again when it recovers', async () => {
  const dir = await tempDir('locked');
  const { logger, lines } = capturedLogger();
  const store = SqliteStore.open({ dir, retentionDays: 30, logger });
  const service = await createService({ engine, stores: store.stores() });
  // Another process holding the write lock: every write of the store fails for as long as it lasts.
  const other = new Database(path.join(dir, STORE_FILE));
  other.exec('BEGIN EXCLUSIVE');
  for (const i of [1, 2, 3]) {
    expect((await ask(service, 'What does a data scientist do?', 'U1', `l${i}`)).kind).toBe('answer');
    store.flush();
  }
  expect(store.stores().writable()).toBe(false);
  expect(lines.filter((l) => l.level === 40 && /not recorded/.test(String(l.msg)))).toHaveLength(1);
  other.exec('COMMIT');
  other.close();
  await ask(service, 'What does a cloud architect do?', 'U1', 'l4');
  store.flush();
  expect(store.stores().writable()).toBe(true);
  expect(count(path.join(dir, STORE_FILE), "SELECT count(*) AS n FROM questions WHERE question LIKE '%cloud%'")).toBe(
    1,
  );
  store.close();
});
