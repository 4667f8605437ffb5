import path from 'node:path';
import type { Logger } from 'pino';
import { CommandSet } from './commands/command-loader.js';
import { type Config, PACKAGE_ROOT } from './config.js';
import type { ChatAdapter } from './conversation/chat-adapter.js';
import { ConversationService } from './conversation/conversation-service.js';
import { RateLimiter } from './conversation/rate-limiter.js';
import { CareerEngine } from './engine.js';
import { KnowledgeError } from './errors.js';
import type { KnowledgeBase } from './knowledge/knowledge-base.js';
import { loadKnowledge } from './knowledge/load-knowledge.js';
import type { CircuitBreaker } from './llm/circuit-breaker.js';
import type { Generator } from './llm/generator.js';
import type { Metrics } from './ops/metrics.js';
import type { OpsRoute } from './ops/ops-routes.js';
import { BackgroundRanker } from './ranking/background-ranker.js';
import { RoleClassifier } from './ranking/role-classifier.js';
import { type EmbeddingModel, localEmbeddingModel } from './retrieval/embedding-model.js';
import { openRetrieval } from './retrieval/open-retrieval.js';
import { BackgroundAskModel } from './scope/background-ask-model.js';
import { FollowUpModel } from './scope/follow-up-model.js';
import { GistModel } from './scope/gist-model.js';
import { ScopeModel } from './scope/scope-model.js';
import { SocialModel } from './scope/social-model.js';
import type { SqliteStore } from './stores/sqlite-store.js';
import { memoryStores, type Stores } from './stores/stores.js';

// Chat adapters and LLM mode are imported only when configured: the offline CLI starts without
// loading Bolt, discord.js, the OpenAI SDK or SQLite (about half a second of a cold start).

export interface App {
  config: Config;
  logger: Logger;
  /** The engine answering now (a knowledge reload replaces it). */
  readonly engine: CareerEngine;
  /** Everything above the engine: the conversation service every surface calls. */
  service: ConversationService;
  /** The configured chat adapters, created here and started by the caller. */
  adapters: ChatAdapter[];
  stores: Stores;
  /** The SQLite store when one is open (not with CAREER_BOT_STORE=memory or an unwritable data directory). */
  store?: SqliteStore;
  /** Builds an engine over the knowledge folder as it is now, with the same models; for reloads. */
  rebuildEngine(): Promise<CareerEngine>;
  /** Present when built to serve (`npm start`): the service's metrics and health endpoints. */
  ops?: { metrics: Metrics; routes: OpsRoute[] };
  /** Writes what is queued and closes the store. */
  close(): void;
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
  /** The fitted social model; the one shipped in src/scope/ by default. */
  socialModel?: SocialModel;
  /** The fitted reading of backgrounds asked about; the one shipped in src/scope/ by default. */
  backgroundAskModel?: BackgroundAskModel;
  /** The fitted reading of follow-ups that name nothing; the one shipped in src/scope/ by default. */
  followUpModel?: FollowUpModel;
  /** The fitted reading of a conversation's messages by their gist; the one shipped in src/scope/ by default. */
  gistModel?: GistModel;
  /** The fitted order of roles for a background; the one shipped in src/ranking/ by default. */
  backgroundRanker?: BackgroundRanker;
  /** The fitted role classifier; the one shipped in src/ranking/ by default. */
  roleClassifier?: RoleClassifier;
  /** The generation port, given the loaded knowledge; absent offline. */
  generator?: (kb: KnowledgeBase) => Generator;
}

/** Loads the knowledge, opens retrieval over it and hands the parts to the engine. */
export async function assembleEngine(opts: EngineOptions): Promise<CareerEngine> {
  const kb = await loadKnowledge(opts.knowledgeDir, opts);
  const { retriever, vocabulary, fromCache, indexing } = await openRetrieval(kb, opts);
  return new CareerEngine({
    kb,
    retriever,
    vocabulary,
    scopeModel: opts.scopeModel ?? ScopeModel.load(),
    socialModel: opts.socialModel ?? SocialModel.fromFile(),
    backgroundAskModel: opts.backgroundAskModel ?? BackgroundAskModel.fromFile(),
    followUpModel: opts.followUpModel ?? FollowUpModel.fromFile(),
    gistModel: opts.gistModel ?? GistModel.fromFile(),
    backgroundRanker: opts.backgroundRanker ?? BackgroundRanker.load(),
    roleClassifier: opts.roleClassifier ?? RoleClassifier.fromFile(),
    indexFromCache: fromCache,
    indexing,
    generator: opts.generator?.(kb),
  });
}

interface EngineFactory {
  build(): Promise<CareerEngine>;
  /** The breaker in front of the model, for metrics; absent offline. */
  breaker?: CircuitBreaker;
}

/** What it takes to build an engine from config, made once so a reload uses the same clients. */
async function engineFactory(config: Config, logger: Logger): Promise<EngineFactory> {
  const base = { knowledgeDir: config.knowledgeDir, cacheDir: config.cacheDir, logger };
  const openai = config.openai;
  if (!openai) return { build: () => assembleEngine({ ...base, embeddingModel: localEmbeddingModel }) };

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
  if (!openai.embeddingModel)
    return { breaker, build: () => assembleEngine({ ...base, embeddingModel: localEmbeddingModel, generator }) };

  const [{ EmbeddingCache }, { openAIEmbeddingModel }] = await Promise.all([
    import('./retrieval/embedding-cache.js'),
    import('./retrieval/openai-embeddings.js'),
  ]);
  const cache = new EmbeddingCache(path.join(config.cacheDir, 'embeddings.sqlite'));
  const embeddingModel = openAIEmbeddingModel(client, openai.embeddingModel, cache);
  const build = async () => {
    try {
      return await assembleEngine({ ...base, embeddingModel, generator });
    } catch (err) {
      if (err instanceof KnowledgeError) throw err;
      // An embedding server that is down must not keep the bot from answering.
      logger.warn(
        { reason: err instanceof Error ? err.message : String(err), model: openai.embeddingModel },
        'embedding server failed; using the local embedding',
      );
      return assembleEngine({ ...base, embeddingModel: localEmbeddingModel, generator });
    }
  };
  return { breaker, build };
}

/**
 * The SQLite store unless memory is asked for. A data directory that cannot be written costs the
 * records, never the answers: one warning, then in-memory state that reports itself not writable.
 */
async function openStores(config: Config, logger: Logger): Promise<{ stores: Stores; store?: SqliteStore }> {
  if (config.store === 'memory') return { stores: memoryStores(config.userHashKey) };
  const { SqliteStore } = await import('./stores/sqlite-store.js');
  try {
    const store = SqliteStore.open({
      dir: config.dataDir,
      retentionDays: config.retentionDays,
      userHashKey: config.userHashKey,
      logger: logger.child({ component: 'store' }),
    });
    return { stores: store.stores(), store };
  } catch (err) {
    logger.warn(
      { reason: err instanceof Error ? err.message : String(err) },
      'questions and feedback are not recorded (set CAREER_BOT_DATA_DIR to a writable folder); answering goes on',
    );
    return { stores: { ...memoryStores(config.userHashKey), writable: () => false } };
  }
}

/** Metrics and the health endpoints of a running service. */
async function opsFor(
  adapters: () => ChatAdapter[],
  stores: Stores,
  breaker: CircuitBreaker | undefined,
): Promise<{ metrics: Metrics; routes: OpsRoute[] }> {
  const [{ Metrics }, { opsRoutes }] = await Promise.all([import('./ops/metrics.js'), import('./ops/ops-routes.js')]);
  const metrics = new Metrics({
    adapters: () => adapters().map((a) => ({ name: a.name, connected: a.connected() })),
    ...(breaker ? { breakerOpen: () => breaker.isOpen } : {}),
  });
  const routes = opsRoutes(metrics, () => ({
    knowledge: true,
    ...Object.fromEntries(adapters().map((a) => [`adapter_${a.name}`, a.connected()])),
    store: stores.writable(),
  }));
  return { metrics, routes };
}

/**
 * The composition root: the one place that turns configuration into wired-up objects. `serve`
 * adds what a running service needs beyond the CLI: metrics, health endpoints and rate limits.
 */
export async function buildApp(
  config: Config,
  logger: Logger,
  opts: { stores?: Stores; commands?: CommandSet; serve?: boolean } = {},
): Promise<App> {
  const factory = await engineFactory(config, logger);
  const [engine, commands, opened] = await Promise.all([
    factory.build(),
    opts.commands ?? CommandSet.load(),
    opts.stores ? { stores: opts.stores } : openStores(config, logger),
  ]);
  const { stores, store } = opened as { stores: Stores; store?: SqliteStore };
  logger.debug(
    { docs: engine.kb.docs.length, indexFromCache: engine.indexFromCache, generates: engine.generates },
    'engine ready',
  );
  const adapters: ChatAdapter[] = [];
  const ops = opts.serve ? await opsFor(() => adapters, stores, factory.breaker) : undefined;
  const service = new ConversationService(engine, commands, stores, logger.child({ component: 'conversation' }), {
    ...(opts.serve
      ? { limiter: new RateLimiter(config.rateLimit.perMinute, config.rateLimit.burst), observer: ops?.metrics }
      : {}),
  });
  if (config.slack) {
    const { createSlackAdapter } = await import('./slack/slack-app.js');
    adapters.push(
      createSlackAdapter({
        service,
        config: config.slack,
        logger,
        listen: { port: config.port, host: config.host },
        routes: ops?.routes ?? [],
      }),
    );
  }
  if (config.discord) {
    const { createDiscordAdapter } = await import('./discord/discord-bot.js');
    adapters.push(createDiscordAdapter({ service, config: config.discord, logger }));
  }
  return {
    config,
    logger,
    get engine() {
      return service.engine;
    },
    service,
    adapters,
    stores,
    store,
    rebuildEngine: () => factory.build(),
    ops,
    close: () => store?.close(),
  };
}
