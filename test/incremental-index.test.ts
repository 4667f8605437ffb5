import { appendFile, cp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { LocalEmbeddingsState } from '../src/retrieval/local-embeddings.js';
import { countingModel } from './support/counting-model.js';
import { createEngine, KNOWLEDGE_DIR, tempDir } from './support/engine.js';

/** A copy of the knowledge and a cache built over it; `idf` is the embedding state of that build. */
async function builtCopy() {
  const knowledgeDir = await tempDir('kb');
  const cacheDir = await tempDir('cache');
  await cp(KNOWLEDGE_DIR, knowledgeDir, { recursive: true });
  await createEngine({ knowledgeDir, cacheDir });
  const [index] = (await readdir(cacheDir)).filter((e) => e.startsWith('index-'));
  const manifest = JSON.parse(await readFile(path.join(cacheDir, index!, 'manifest.json'), 'utf8')) as {
    state: LocalEmbeddingsState;
  };
  return { knowledgeDir, cacheDir, idf: manifest.state };
}

/** How many chunks the cache holds for a document now: in the changes since the base, or in the base. */
async function chunksOf(cacheDir: string, docId: string): Promise<number> {
  const read = async (prefix: string) => {
    const [file] = (await readdir(cacheDir)).filter((e) => e.startsWith(prefix));
    if (!file) return undefined;
    const cached = JSON.parse(await readFile(path.join(cacheDir, file), 'utf8')) as {
      docs: { id: string; texts: string[] }[];
    };
    return cached.docs.find((d) => d.id === docId)?.texts.length;
  };
  return (await read('changes-')) ?? (await read('chunks-'))!;
}

const QUESTIONS = [
  'what does a data scientist do?',
  'who publishes open-data dashboards for the council?',
  'which roles need machine learning?',
  'what is chula vista doing?',
  'ex-nurse, where do I fit?',
  'compare urban mechanic vs data scientist',
  'what does an urbn mechanic do?',
  'hamburg nightlife tips',
];

describe('incremental indexing', () => {
  it('re-embeds only the edited file, and answers as a fresh build with the same IDF', async () => {
    const { knowledgeDir, cacheDir, idf } = await builtCopy();
    await appendFile(
      path.join(knowledgeDir, 'roles', 'data-scientist.md'),
      '\nData scientists also publish open-data dashboards for the council.\n',
    );
    const model = countingModel();
    const updated = await createEngine({ knowledgeDir, cacheDir, embeddingModel: model });
    expect(updated.indexing).toMatchObject({ origin: 'changed', chunkedDocs: 1 });
    expect(model.embedded).toBe(await chunksOf(cacheDir, 'data-scientist'));

    const fresh = await createEngine({
      knowledgeDir,
      cacheDir: await tempDir('fresh'),
      embeddingModel: countingModel(idf),
    });
    expect(fresh.indexing?.origin).toBe('built');
    for (const q of QUESTIONS) expect([q, await updated.ask(q)]).toEqual([q, await fresh.ask(q)]);

    // The updated index is what the next start reads.
    const warm = await createEngine({ knowledgeDir, cacheDir });
    expect(warm.indexFromCache).toBe(true);
    for (const q of QUESTIONS) expect([q, await warm.ask(q)]).toEqual([q, await fresh.ask(q)]);
  });

  it('indexes a second edit beside the same base: both edits answer, as a fresh build would', async () => {
    const { knowledgeDir, cacheDir, idf } = await builtCopy();
    // Two short files: together their chunks stay under the share of the knowledge an edit is indexed apart for.
    await appendFile(path.join(knowledgeDir, 'skills', 'robotics.md'), '\nRobotics also covers tram-depot robots.\n');
    await createEngine({ knowledgeDir, cacheDir });
    await appendFile(
      path.join(knowledgeDir, 'skills', 'wireless-communication.md'),
      '\nIt also covers tram switches.\n',
    );
    const model = countingModel();
    const second = await createEngine({ knowledgeDir, cacheDir, embeddingModel: model });
    // Both edited files are split and embedded again; the base's other chunks are not.
    expect(second.indexing).toMatchObject({ origin: 'changed', chunkedDocs: 2 });
    expect(model.embedded).toBe(
      (await chunksOf(cacheDir, 'robotics')) + (await chunksOf(cacheDir, 'wireless-communication')),
    );
    const fresh = await createEngine({
      knowledgeDir,
      cacheDir: await tempDir('fresh'),
      embeddingModel: countingModel(idf),
    });
    for (const q of [...QUESTIONS, 'which skill covers tram switches?', 'robots in a tram depot?'])
      expect([q, await second.ask(q)]).toEqual([q, await fresh.ask(q)]);
  });

  it('splits the edited file again when its cached changes cannot be read, and answers the same', async () => {
    const { knowledgeDir, cacheDir } = await builtCopy();
    await appendFile(
      path.join(knowledgeDir, 'roles', 'data-scientist.md'),
      '\nData scientists also publish open-data dashboards for the council.\n',
    );
    const first = await createEngine({ knowledgeDir, cacheDir });
    const [changes] = (await readdir(cacheDir)).filter((e) => e.startsWith('changes-'));
    await writeFile(path.join(cacheDir, changes!), '{"version": 1, "docs": [');
    const next = await createEngine({ knowledgeDir, cacheDir });
    expect(next.indexing).toMatchObject({ origin: 'changed', chunkedDocs: 1 });
    for (const q of QUESTIONS) expect([q, await next.ask(q)]).toEqual([q, await first.ask(q)]);
  });

  it('builds everything again when the base index is gone, and keeps only the new build', async () => {
    const { knowledgeDir, cacheDir } = await builtCopy();
    await appendFile(
      path.join(knowledgeDir, 'roles', 'data-scientist.md'),
      '\nData scientists also publish open-data dashboards for the council.\n',
    );
    await createEngine({ knowledgeDir, cacheDir });
    for (const entry of (await readdir(cacheDir)).filter((e) => e.startsWith('index-')))
      await rm(path.join(cacheDir, entry), { recursive: true });
    const rebuilt = await createEngine({ knowledgeDir, cacheDir });
    expect(rebuilt.indexing?.origin).toBe('built');
    const fresh = await createEngine({ knowledgeDir, cacheDir: await tempDir('fresh') });
    for (const q of QUESTIONS) expect([q, await rebuilt.ask(q)]).toEqual([q, await fresh.ask(q)]);
    const entries = await readdir(cacheDir);
    expect(entries.filter((e) => e.startsWith('chunks-'))).toHaveLength(1);
    expect(entries.filter((e) => e.startsWith('changes-'))).toHaveLength(0);
    expect((await createEngine({ knowledgeDir, cacheDir })).indexing?.origin).toBe('cache');
  });

  it('forgets a deleted file: none of its passages or documents answer any more', async () => {
    const { knowledgeDir, cacheDir, idf } = await builtCopy();
    const question = 'what is chula vista doing?';
    const before = await createEngine({ knowledgeDir, cacheDir });
    expect((await before.understand(question)).retrieval.entities.map((e) => e.doc.id)).toContain('chula-vista');

    await rm(path.join(knowledgeDir, 'sources', 'chula-vista.md'));
    const model = countingModel();
    const after = await createEngine({ knowledgeDir, cacheDir, embeddingModel: model });
    expect(after.indexing?.origin).toBe('changed');
    expect(model.embedded).toBe(0);
    const { retrieval } = await after.understand(question);
    expect(retrieval.entities.map((e) => e.doc.id)).not.toContain('chula-vista');
    expect(retrieval.chunks.map((c) => c.chunk.metadata.docId)).not.toContain('chula-vista');
    expect((await after.ask(question)).sources.map((s) => s.id)).not.toContain('chula-vista');

    const fresh = await createEngine({
      knowledgeDir,
      cacheDir: await tempDir('fresh'),
      embeddingModel: countingModel(idf),
    });
    for (const q of QUESTIONS) expect([q, await after.ask(q)]).toEqual([q, await fresh.ask(q)]);
  });

  it('fits the embedding again once more than a tenth of the chunks changed since the last fit', async () => {
    const { knowledgeDir, cacheDir } = await builtCopy();
    const roles = (await readdir(path.join(knowledgeDir, 'roles'))).sort();
    // One small edit is an update; editing many roles at once passes the share and rebuilds.
    await appendFile(path.join(knowledgeDir, 'roles', roles[0]!), '\nIt also reviews open-data dashboards.\n');
    expect((await createEngine({ knowledgeDir, cacheDir })).indexing?.origin).toBe('changed');
    for (const role of roles.slice(1, 8))
      await appendFile(path.join(knowledgeDir, 'roles', role), '\nIt also reviews open-data dashboards.\n');
    const model = countingModel();
    const rebuilt = await createEngine({ knowledgeDir, cacheDir, embeddingModel: model });
    expect(rebuilt.indexing?.origin).toBe('built');
    expect(model.embedded).toBeGreaterThan(100);
  });
});
