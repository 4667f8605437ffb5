import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pino } from 'pino';
import { PACKAGE_ROOT } from '../../src/config.js';
import { assembleEngine } from '../../src/app.js';
import type { EmbeddingModel } from '../../src/retrieval/embedding-model.js';
import { localEmbeddingModel } from '../../src/retrieval/embedding-model.js';

export const KNOWLEDGE_DIR = path.join(PACKAGE_ROOT, 'knowledge');
export const silentLogger = pino({ level: 'silent' });

export async function tempDir(prefix: string): Promise<string> {
  return mkdtemp(path.join(tmpdir(), `career-bot-${prefix}-`));
}

/** The engine on the real knowledge base, with its own cache folder. */
export async function createEngine(opts: { knowledgeDir?: string; cacheDir?: string; embeddingModel?: EmbeddingModel } = {}) {
  return assembleEngine({
    knowledgeDir: opts.knowledgeDir ?? KNOWLEDGE_DIR,
    cacheDir: opts.cacheDir ?? (await tempDir('cache')),
    embeddingModel: opts.embeddingModel ?? localEmbeddingModel,
    logger: silentLogger,
  });
}
