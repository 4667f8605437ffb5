import { cp, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { type App, buildApp } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { type RunningService, startService } from '../../src/ops/service-runner.js';
import { KNOWLEDGE_DIR, tempDir } from '../support/engine.js';
import { capturedLogger } from '../support/log-capture.js';
import { waitFor } from '../support/wait-for.js';

let app: App;
let running: RunningService;
let dir: string;
let logs: Record<string, unknown>[];
const file = () => path.join(dir, 'roles', 'urban-mechanic.md');
const caller = { surface: 'slack', user: 'U1' };
const NEW_SUMMARY = 'A civic innovator who keeps the everyday services of a city running and improves them.';

beforeAll(async () => {
  dir = await tempDir('live-knowledge');
  await cp(KNOWLEDGE_DIR, dir, { recursive: true });
  const captured = capturedLogger();
  logs = captured.lines;
  const config = {
    ...loadConfig({
      CAREER_BOT_KNOWLEDGE_DIR: dir,
      CAREER_BOT_CACHE_DIR: await tempDir('cache'),
      CAREER_BOT_STORE: 'memory',
    }),
    port: 0,
    host: '127.0.0.1',
  };
  app = await buildApp(config, captured.logger, { serve: true });
  running = await startService(app);
});
afterAll(() => running.stop());

it('an edit to a knowledge file changes the next answer without a restart', async () => {
  expect((await app.service.ask('what does an urban mechanic do?', caller)).answer).not.toContain(NEW_SUMMARY);
  const text = await readFile(file(), 'utf8');
  await writeFile(file(), text.replace(/^summary: .*$/m, `summary: ${NEW_SUMMARY}`));
  await waitFor(() => logs.some((l) => l.msg === 'knowledge reloaded') || undefined, 10_000, 'reload');
  expect((await app.service.ask('what does an urban mechanic do?', caller)).answer).toContain(NEW_SUMMARY);
});

it('a broken edit keeps the previous knowledge answering and logs the file and field', async () => {
  const text = await readFile(file(), 'utf8');
  await writeFile(file(), text.replace(/^skills: .*$/m, 'skills: [no-such-skill]'));
  const problem = await waitFor(() => logs.find((l) => l.msg === 'knowledge problem'), 10_000, 'rejection');
  expect(problem).toMatchObject({ field: 'skills.0' });
  expect(String(problem.file)).toContain('urban-mechanic.md');
  await waitFor(
    () => logs.some((l) => String(l.msg).startsWith('knowledge edit rejected')) || undefined,
    5000,
    'rejected',
  );
  const answer = await app.service.ask('what does an urban mechanic do?', caller);
  expect(answer.answer).toContain(NEW_SUMMARY);
  expect(answer.answer).toContain('Collaborative communication');
  const metrics = await (await fetch(`http://127.0.0.1:${running.opsPort}/metrics`)).text();
  expect(metrics).toMatch(/career_bot_knowledge_reloads_total\{result="rejected"\} [1-9]/);
  expect(metrics).toMatch(/career_bot_knowledge_reloads_total\{result="ok"\} [1-9]/);
});
