import type { Logger } from 'pino';
import type { Config } from './config.js';
import { CareerEngine } from './engine.js';
import { localEmbeddingModel } from './retrieval/embedding-model.js';

export interface App {
  config: Config;
  logger: Logger;
  engine: CareerEngine;
}

/** The composition root: the one place that turns configuration into wired-up objects. */
export async function buildApp(config: Config, logger: Logger): Promise<App> {
  const engine = await CareerEngine.create({
    knowledgeDir: config.knowledgeDir,
    cacheDir: config.cacheDir,
    embeddingModel: localEmbeddingModel,
    logger,
  });
  logger.debug({ docs: engine.kb.docs.length, indexFromCache: engine.indexFromCache }, 'engine ready');
  return { config, logger, engine };
}
