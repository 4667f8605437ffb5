import { spawn } from 'node:child_process';
import { appendFile, cp } from 'node:fs/promises';
import path from 'node:path';
import { expect, it } from 'vitest';
import { PACKAGE_ROOT } from '../src/config.js';
import { createEngine, KNOWLEDGE_DIR, tempDir } from './support/engine.js';

/** Starts the built CLI on an edited folder and kills it (SIGKILL) after `ms`, wherever it is by then. */
function killedAfter(ms: number, env: Record<string, string>): Promise<NodeJS.Signals | null> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [path.join(PACKAGE_ROOT, 'dist', 'cli.js'), 'ask', 'what does a data scientist do?'],
      {
        env: { PATH: process.env.PATH ?? '', CAREER_BOT_STORE: 'memory', ...env },
        stdio: 'ignore',
      },
    );
    const timer = setTimeout(() => child.kill('SIGKILL'), ms);
    child.on('error', reject);
    child.on('close', (_code, signal) => {
      clearTimeout(timer);
      resolve(signal);
    });
  });
}

const QUESTIONS = ['what does a data scientist do?', 'who publishes open-data dashboards for the council?'];

it('a process killed at any point of an update leaves a cache that the next start reads or updates correctly', async () => {
  const knowledgeDir = await tempDir('kb');
  const built = await tempDir('cache');
  await cp(KNOWLEDGE_DIR, knowledgeDir, { recursive: true });
  await createEngine({ knowledgeDir, cacheDir: built });
  await appendFile(
    path.join(knowledgeDir, 'roles', 'data-scientist.md'),
    '\nData scientists also publish open-data dashboards for the council.\n',
  );
  const reference = await createEngine({ knowledgeDir, cacheDir: await copyOf(built) });
  expect(reference.indexing?.origin).toBe('changed');
  const expected = await Promise.all(QUESTIONS.map((q) => reference.ask(q)));

  // How long an uncut run takes here; the cuts are spread over it, most near its end, where the
  // update writes its files.
  const started = performance.now();
  await killedAfter(60_000, { CAREER_BOT_KNOWLEDGE_DIR: knowledgeDir, CAREER_BOT_CACHE_DIR: await copyOf(built) });
  const whole = performance.now() - started;
  const signals: (NodeJS.Signals | null)[] = [];
  for (const share of [0.3, 0.6, 0.75, 0.85, 0.9, 0.93, 0.96, 0.99]) {
    const ms = Math.round(whole * share);
    const cacheDir = await copyOf(built);
    signals.push(await killedAfter(ms, { CAREER_BOT_KNOWLEDGE_DIR: knowledgeDir, CAREER_BOT_CACHE_DIR: cacheDir }));
    const next = await createEngine({ knowledgeDir, cacheDir });
    expect(await Promise.all(QUESTIONS.map((q) => next.ask(q)))).toEqual(expected);
  }
  expect(signals).toContain('SIGKILL');
}, 60_000);

async function copyOf(cacheDir: string): Promise<string> {
  const copy = await tempDir('cache-copy');
  await cp(cacheDir, copy, { recursive: true });
  return copy;
}
