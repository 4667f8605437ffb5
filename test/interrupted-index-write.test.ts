import { appendFile, cp, readdir, rename } from 'node:fs/promises';
import path from 'node:path';
import { expect, it, vi } from 'vitest';
import { createEngine, KNOWLEDGE_DIR, tempDir } from './support/engine.js';

/** When set, writing an index folder's manifest fails as if the process died just before it. */
const crash = vi.hoisted(() => ({ on: false }));

vi.mock('node:fs/promises', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:fs/promises')>();
  const writeFile: typeof real.writeFile = async (file, data, options) => {
    if (crash.on && String(file).endsWith('manifest.json')) throw new Error('killed mid-write');
    return real.writeFile(file, data, options);
  };
  return { ...real, default: { ...real, writeFile }, writeFile };
});

it('a build cut short mid-write leaves the previous index in place, and the next start completes it', async () => {
  const knowledgeDir = await tempDir('kb');
  const cacheDir = await tempDir('cache');
  await cp(KNOWLEDGE_DIR, knowledgeDir, { recursive: true });
  await createEngine({ knowledgeDir, cacheDir });
  const [previous] = (await readdir(cacheDir)).filter((e) => e.startsWith('index-'));

  // Editing most roles changes more than an edit is indexed apart for: everything is built again.
  for (const role of (await readdir(path.join(knowledgeDir, 'roles'))).slice(0, 10))
    await appendFile(
      path.join(knowledgeDir, 'roles', role),
      '\nIt also publishes open-data dashboards for the council.\n',
    );
  crash.on = true;
  const interrupted = await createEngine({ knowledgeDir, cacheDir });
  crash.on = false;
  // The vectors and derived indexes were written into a folder that never got its manifest: the
  // previous version's folder is untouched, and the half-written one is never read.
  const entries = await readdir(cacheDir);
  expect(entries.filter((e) => e.startsWith('index-') && !e.includes('.tmp-'))).toEqual([previous]);
  const half = entries.find((e) => e.startsWith('index-') && e.includes('.tmp-'))!;
  expect(half).toBeDefined();
  // As if its writer had been killed: an id no process has. The next stored index removes it.
  await rename(path.join(cacheDir, half), path.join(cacheDir, half.replace(/\.tmp-\d+$/, '.tmp-2147483646')));

  const next = await createEngine({ knowledgeDir, cacheDir });
  expect(next.indexing?.origin).toBe('built');
  for (const q of ['what does a data scientist do?', 'who publishes open-data dashboards for the council?'])
    expect(await next.ask(q)).toEqual(await interrupted.ask(q));
  const after = (await readdir(cacheDir)).filter((e) => e.startsWith('index-'));
  expect(after).toHaveLength(1);
  expect(after[0]).not.toBe(previous);
  expect((await createEngine({ knowledgeDir, cacheDir })).indexFromCache).toBe(true);
});
