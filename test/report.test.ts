import { expect, it } from 'vitest';
import type { AdminReport } from '../src/report/admin-report.js';
import { SqliteStore } from '../src/stores/sqlite-store.js';
import { createService, silentLogger, tempDir } from './support/engine.js';
import { runCli } from './support/run-cli.js';

const caller = { surface: 'slack', user: 'U-REPORT' };

/** A conversation recorded by the service into a store file, then reported by the CLI as an admin runs it. */
it('career-bot report shows the declined questions, the gaps and the 👎 with its reason', async () => {
  const dir = await tempDir('report');
  const store = SqliteStore.open({ dir, retentionDays: 30, logger: silentLogger });
  const service = await createService({ stores: store.stores() });
  await service.ask('What does a data scientist do?', caller);
  await service.ask('what is the best pizza place in Naples?', caller);
  await service.ask('best pizza in naples?', caller);
  await service.ask('what does a cloud architect earn in Berlin?', caller);
  await service.ask('good morning!', caller);
  const reply = await service.runCommand('ask', { question: 'Which roles need machine learning?' }, caller);
  if (reply.kind !== 'answer' || !reply.actions?.feedback) throw new Error('expected an answer with feedback');
  service.feedback(reply.actions.feedback, 'down', caller, 'It left out the data scientist');
  store.close();

  const text = await runCli(['report', '--since', '1d'], { env: { CAREER_BOT_DATA_DIR: dir } });
  expect(text.code).toBe(0);
  expect(text.stdout).toMatch(/Questions: 6 \(slack 6\)/);
  expect(text.stdout).toMatch(/2 × “(what is the best pizza place in Naples\?|best pizza in naples\?)”/);
  expect(text.stdout).toContain('pay or salaries');
  expect(text.stdout).toContain('👎 “Which roles need machine learning?”: It left out the data scientist');

  const json = await runCli(['report', '--json'], { env: { CAREER_BOT_DATA_DIR: dir } });
  const r = JSON.parse(json.stdout) as AdminReport;
  expect(r.version).toBe(1);
  expect(r.outcomes).toEqual({ answered: 2, partial: 1, declined: 2, social: 1 });
  expect(r.declineRate).toBe(0.4);
  expect(r.declined[0]?.count).toBe(2);
  expect(r.gaps[0]).toMatchObject({ count: 1, questions: ['what does a cloud architect earn in Berlin?'] });
  expect(r.topRoles.map((t) => t.id)).toContain('data-scientist');
  expect(r.feedback).toMatchObject({ up: 0, down: 1 });
  expect(r.feedback.downvoted[0]).toMatchObject({
    question: 'Which roles need machine learning?',
    reason: 'It left out the data scientist',
  });
  expect(r.latencyMs.p50).not.toBeNull();
});

it('forget --user removes that person from the report', async () => {
  const dir = await tempDir('forget-cli');
  const store = SqliteStore.open({ dir, retentionDays: 30, logger: silentLogger });
  const service = await createService({ stores: store.stores() });
  await service.ask('What does a data scientist do?', caller);
  await service.ask('What does a drone pilot do?', { surface: 'discord', user: '123456789' });
  store.close();
  const env = { CAREER_BOT_DATA_DIR: dir };
  const forgot = await runCli(['forget', '--user', 'U-REPORT'], { env });
  expect(forgot.stdout).toContain('forgot 1 record');
  const r = JSON.parse((await runCli(['report', '--json'], { env })).stdout) as AdminReport;
  expect(r.questions.bySurface).toEqual({ discord: 1 });
});

it('report says what is wrong with a --since it cannot read', async () => {
  const r = await runCli(['report', '--since', 'last tuesday'], { env: { CAREER_BOT_DATA_DIR: await tempDir('r') } });
  expect(r.code).not.toBe(0);
  expect(r.stderr).toContain('--since "last tuesday" is not a period');
});
