import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, it } from 'vitest';
import { IndexPrefetch } from '../../src/retrieval/index-prefetch.js';
import { tempDir } from '../support/engine.js';

/** A cache holding one index folder built for model `m`, with one data file. */
async function cacheWithIndex(): Promise<{ cacheDir: string; file: string }> {
  const cacheDir = await tempDir('prefetch');
  const dir = path.join(cacheDir, 'index-abc');
  await mkdir(dir);
  await writeFile(path.join(dir, 'manifest.json'), JSON.stringify({ model: 'm' }));
  await writeFile(path.join(dir, 'vectors.spv'), 'the vectors');
  return { cacheDir, file: path.join(dir, 'vectors.spv') };
}

it('reads the one index folder of the model in use ahead: its bytes are there even if the file goes', async () => {
  const { cacheDir, file } = await cacheWithIndex();
  const ahead = await IndexPrefetch.start(cacheDir, 'm', ['vectors.spv']);
  await new Promise((resolve) => setTimeout(resolve, 100));
  await rm(file);
  expect((await ahead.read(file)).toString()).toBe('the vectors');
});

it('reads nothing ahead for another model, and forgets dropped reads', async () => {
  const other = await cacheWithIndex();
  const notAhead = await IndexPrefetch.start(other.cacheDir, 'another-model', ['vectors.spv']);
  await rm(other.file);
  await expect(notAhead.read(other.file)).rejects.toThrow(/ENOENT/);

  const dropped = await cacheWithIndex();
  const ahead = await IndexPrefetch.start(dropped.cacheDir, 'm', ['vectors.spv']);
  ahead.drop();
  await rm(dropped.file);
  await expect(ahead.read(dropped.file)).rejects.toThrow(/ENOENT/);
});
