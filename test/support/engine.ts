import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type Logger, pino } from 'pino';
import { assembleEngine } from '../../src/app.js';
import { CommandSet } from '../../src/commands/command-loader.js';
import { PACKAGE_ROOT } from '../../src/config.js';
import { ConversationService, type ServiceOptions } from '../../src/conversation/conversation-service.js';
import type { CareerEngine } from '../../src/engine.js';
import type { EmbeddingModel } from '../../src/retrieval/embedding-model.js';
import { localEmbeddingModel } from '../../src/retrieval/embedding-model.js';
import type { SocialModel } from '../../src/scope/social-model.js';
import { memoryStores, type Stores } from '../../src/stores/stores.js';

export const KNOWLEDGE_DIR = path.join(PACKAGE_ROOT, 'knowledge');
export const silentLogger = pino({ level: 'silent' });

export async function tempDir(prefix: string): Promise<string> {
  return mkdtemp(path.join(tmpdir(), `career-bot-${prefix}-`));
}

/** The engine on the real knowledge base, with its own cache folder. */
export async function createEngine(
  opts: { knowledgeDir?: string; cacheDir?: string; embeddingModel?: EmbeddingModel; socialModel?: SocialModel } = {},
) {
  return assembleEngine({
    knowledgeDir: opts.knowledgeDir ?? KNOWLEDGE_DIR,
    cacheDir: opts.cacheDir ?? (await tempDir('cache')),
    embeddingModel: opts.embeddingModel ?? localEmbeddingModel,
    logger: silentLogger,
    socialModel: opts.socialModel,
  });
}

/** The conversation service over an engine, with in-memory stores unless given others. */
export async function createService(
  opts: { engine?: CareerEngine; stores?: Stores; logger?: Logger; options?: ServiceOptions } = {},
): Promise<ConversationService> {
  const engine = opts.engine ?? (await createEngine());
  return new ConversationService(
    engine,
    await CommandSet.load(),
    opts.stores ?? memoryStores(),
    opts.logger ?? silentLogger,
    opts.options,
  );
}
