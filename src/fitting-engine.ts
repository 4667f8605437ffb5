import { assembleEngine, type EngineOptions } from './app.js';
import { loadConfig } from './config.js';
import type { CareerEngine } from './engine.js';
import { createLogger } from './logger.js';
import { localEmbeddingModel } from './retrieval/embedding-model.js';

/**
 * The engine a fitting script reads questions with: the configured knowledge, the local embedding and
 * quiet logs, with the model being fitted replaced by an untrained one (`replaced`), since the shipped
 * weights are what is being replaced.
 */
export function assembleFittingEngine(
  replaced: Pick<EngineOptions, 'scopeModel' | 'backgroundRanker' | 'roleClassifier' | 'gistModel'>,
): Promise<CareerEngine> {
  const config = loadConfig();
  return assembleEngine({
    knowledgeDir: config.knowledgeDir,
    cacheDir: config.cacheDir,
    embeddingModel: localEmbeddingModel,
    logger: createLogger('warn'),
    ...replaced,
  });
}
