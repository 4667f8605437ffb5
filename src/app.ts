import path from 'node:path';
import type { Logger } from 'pino';
import { CommandSet } from './commands/command-loader.js';
import { type Config, PACKAGE_ROOT } from './config.js';
import type { ChatAdapter } from './conversation/chat-adapter.js';
import { ConversationService } from './conversation/conversation-service.js';
import { CareerEngine } from './engine.js';
import { KnowledgeError } from './errors.js';
import type { KnowledgeBase } from './knowledge/knowledge-base.js';
import { loadKnowledge } from './knowledge/load-knowledge.js';
import type { Generator } from './llm/generator.js';
import { type EmbeddingModel, localEmbeddingModel } from './retrieval/embedding-model.js';
import { openRetrieval } from './retrieval/open-retrieval.js';
import { ScopeModel } from './scope/scope-model.js';
import { memoryStores, type Stores } from './stores/stores.js';

// Chat adapters and LLM mode are imported only when configured: the offline CLI starts without
// loading Bolt, discord.js, the OpenAI SDK or SQLite (about half a second of a cold start).

export interface App {
  config: Config;
  logger: Logger;
  engine: CareerEngine;
  /** Everything above the engine: the conversation service every surface calls. */
  service: ConversationService;
  /** The configured chat adapters, created here and started by the caller. */
  adapters: ChatAdapter[];
}

/** Why each chat adapter is off, for the start-up message. */
export function adaptersOff(config: Config): { adapter: string; reason: string }[] {
  const off: { adapter: string; reason: string }[] = [];
  if (!config.slack) off.push({ adapter: 'slack', reason: 'SLACK_BOT_TOKEN is not set' });
  if (!config.discord) off.push({ adapter: 'discord', reason: 'DISCORD_TOKEN is not set' });
  return off;
}

/** Total time one generated answer may take, first token included. */
const LLM_TOTAL_TIMEOUT_MS = 60_000;

export interface EngineOptions {
  knowledgeDir: string;
  cacheDir: string;
  embeddingModel: EmbeddingModel;
  logger: Logger;
  /** The fitted scope model; the one shipped in src/scope/ by default. */
  scopeModel?: ScopeModel;
  /** The generation port, given the loaded knowledge; absent offline. */
  generator?: (kb: KnowledgeBase) => Generator;
}

/** Loads the knowledge, opens retrieval over it and hands the parts to the engine. */
export async function assembleEngine(opts: EngineOptions): Promise<CareerEngine> {
  const kb = await loadKnowledge(opts.knowledgeDir);
  const { retriever, vocabulary, fromCache } = await openRetrieval(kb, opts);
  return new CareerEngine({
    kb,
    retriever,
    vocabulary,
    scopeModel: opts.scopeModel ?? ScopeModel.load(),
    indexFromCache: fromCache,
    generator: opts.generator?.(kb),
  });
}

async function createEngine(config: Config, logger: Logger): Promise<CareerEngine> {
  const base = { knowledgeDir: config.knowledgeDir, cacheDir: config.cacheDir, logger };
  const openai = config.openai;
  if (!openai) return assembleEngine({ ...base, embeddingModel: localEmbeddingModel });

  const [{ default: OpenAI }, { ChatModel }, { CircuitBreaker }, { LlmAnswerer }, { loadPromptTemplates }] =
    await Promise.all([
      import('openai'),
      import('./llm/chat-model.js'),
      import('./llm/circuit-breaker.js'),
      import('./llm/llm-answerer.js'),
      import('./llm/prompt-templates.js'),
    ]);
  // Retries are ours (at most one, see LlmAnswerer); the SDK's own would stack on top.
  const client = new OpenAI({
    apiKey: openai.apiKey,
    ...(openai.baseUrl ? { baseURL: openai.baseUrl } : {}),
    maxRetries: 0,
  });
  const prompts = await loadPromptTemplates(path.join(PACKAGE_ROOT, 'prompts'));
  const chat = new ChatModel(client, openai.model, {
    firstTokenTimeoutMs: openai.firstTokenTimeoutMs,
    totalTimeoutMs: LLM_TOTAL_TIMEOUT_MS,
  });
  const breaker = new CircuitBreaker();
  const llmLogger = logger.child({ component: 'llm' });
  const generator = (kb: KnowledgeBase) => new LlmAnswerer(kb, chat, prompts, breaker, llmLogger);
  if (!openai.embeddingModel) return assembleEngine({ ...base, embeddingModel: localEmbeddingModel, generator });

  const [{ EmbeddingCache }, { openAIEmbeddingModel }] = await Promise.all([
    import('./retrieval/embedding-cache.js'),
    import('./retrieval/openai-embeddings.js'),
  ]);
  const cache = new EmbeddingCache(path.join(config.cacheDir, 'embeddings.sqlite'));
  try {
    return await assembleEngine({
      ...base,
      embeddingModel: openAIEmbeddingModel(client, openai.embeddingModel, cache),
      generator,
    });
  } catch (err) {
    if (err instanceof KnowledgeError) throw err;
    // An embedding server that is down at start-up must not keep the bot from answering.
    logger.warn(
      { reason: err instanceof Error ? err.message : String(err), model: openai.embeddingModel },
      'embedding server failed; using the local embedding',
    );
    return assembleEngine({ ...base, embeddingModel: localEmbeddingModel, generator });
  }
}

/** The composition root: the one place that turns configuration into wired-up objects. */
export async function buildApp(
  config: Config,
  logger: Logger,
  opts: { stores?: Stores; commands?: CommandSet } = {},
): Promise<App> {
  const [engine, commands] = await Promise.all([createEngine(config, logger), opts.commands ?? CommandSet.load()]);
  logger.debug(
    { docs: engine.kb.docs.length, indexFromCache: engine.indexFromCache, generates: engine.generates },
    'engine ready',
  );
  const service = new ConversationService(
    engine,
    commands,
    opts.stores ?? memoryStores(),
    logger.child({ component: 'conversation' }),
  );
  const adapters: ChatAdapter[] = [];
  if (config.slack) {
    const { createSlackAdapter } = await import('./slack/slack-app.js');
    adapters.push(
      createSlackAdapter({ service, config: config.slack, logger, listen: { port: config.port, host: config.host } }),
    );
  }
  if (config.discord) {
    const { createDiscordAdapter } = await import('./discord/discord-bot.js');
    adapters.push(createDiscordAdapter({ service, config: config.discord, logger }));
  }
  return { config, logger, engine, service, adapters };
}
