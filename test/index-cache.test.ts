import { appendFile, cp, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { countingModel } from './support/counting-model.js';
import { createEngine, KNOWLEDGE_DIR, tempDir } from './support/engine.js';

describe('the search index cache', () => {
  it('embeds once, then reuses the index while the knowledge is unchanged', async () => {
    const cacheDir = await tempDir('cache');
    const first = countingModel();
    const a = await createEngine({ cacheDir, embeddingModel: first });
    expect(a.indexFromCache).toBe(false);
    expect(first.embedded).toBeGreaterThan(30);

    const second = countingModel();
    const b = await createEngine({ cacheDir, embeddingModel: second });
    expect(b.indexFromCache).toBe(true);
    expect(second.embedded).toBe(0);
    expect((await b.ask('urbn mechanic')).roles[0]).toBe('urban-mechanic');
  });

  it('after a knowledge file changes, embeds only its chunks, and keeps one index in the folder', async () => {
    const cacheDir = await tempDir('cache');
    const knowledgeDir = await tempDir('kb');
    await cp(KNOWLEDGE_DIR, knowledgeDir, { recursive: true });
    await createEngine({ cacheDir, knowledgeDir });

    await appendFile(
      path.join(knowledgeDir, 'roles', 'data-scientist.md'),
      '\nData scientists also publish open-data dashboards.\n',
    );
    const model = countingModel();
    const engine = await createEngine({ cacheDir, knowledgeDir, embeddingModel: model });
    expect(engine.indexFromCache).toBe(false);
    expect(engine.indexing?.origin).toBe('changed');
    expect(model.embedded).toBeGreaterThan(0);
    expect(model.embedded).toBeLessThan(10);
    expect((await readdir(cacheDir)).filter((e) => e.startsWith('index-'))).toHaveLength(1);
    expect((await readdir(cacheDir)).filter((e) => e.startsWith('chunks-'))).toHaveLength(1);
    expect((await readdir(cacheDir)).filter((e) => e.startsWith('changes-'))).toHaveLength(1);
  });

  it('rebuilds when the embedding model changes', async () => {
    const cacheDir = await tempDir('cache');
    await createEngine({ cacheDir });
    const other = { ...countingModel(), id: 'another-model' };
    const engine = await createEngine({ cacheDir, embeddingModel: other });
    expect(engine.indexFromCache).toBe(false);
  });
});

describe('chunk cache', () => {
  it('keeps the chunks beside the index, one file per knowledge version, and rebuilds a corrupt one', async () => {
    const cacheDir = await tempDir('chunks');
    const first = await createEngine({ cacheDir });
    const files = (await readdir(cacheDir)).filter((f) => f.startsWith('chunks-'));
    expect(files).toHaveLength(1);
    await writeFile(path.join(cacheDir, files[0]!), '{"not": "chunks"}');
    const again = await createEngine({ cacheDir });
    expect((await again.ask('what does an urban mechanic do?')).answer).toBe(
      (await first.ask('what does an urban mechanic do?')).answer,
    );
    const rewritten = JSON.parse(await readFile(path.join(cacheDir, files[0]!), 'utf8')) as {
      docs: { id: string }[];
    };
    expect(new Set(rewritten.docs.map((d) => d.id)).size).toBe(again.kb.docs.length);
  });
});

describe('derived index cache', () => {
  it('reads the lexical, document, vocabulary and name indexes back, answering as when built', async () => {
    const cacheDir = await tempDir('derived');
    const built = await createEngine({ cacheDir });
    const [index] = (await readdir(cacheDir)).filter((e) => e.startsWith('index-'));
    expect(await readdir(path.join(cacheDir, index!))).toContain('derived.pack');
    const read = await createEngine({ cacheDir });
    expect(read.indexFromCache).toBe(true);
    for (const q of [
      'what does an urbn mechanic do?',
      'which roles need machine learning?',
      'ex-nurse, where do I fit?',
    ])
      expect(await read.ask(q)).toEqual(await built.ask(q));
  });

  it('rebuilds indexes that cannot be read', async () => {
    const cacheDir = await tempDir('derived');
    const built = await createEngine({ cacheDir });
    const [index] = (await readdir(cacheDir)).filter((e) => e.startsWith('index-'));
    await writeFile(path.join(cacheDir, index!, 'derived.pack'), 'garbage');
    const again = await createEngine({ cacheDir });
    expect((await again.ask('what does a data scientist do?')).answer).toBe(
      (await built.ask('what does a data scientist do?')).answer,
    );
    expect((await readFile(path.join(cacheDir, index!, 'derived.pack'))).subarray(0, 4).toString()).toBe('CBP1');
  });
});
