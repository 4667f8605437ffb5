import type { Logger } from 'pino';
import type { Config } from './config.js';
import { CareerEngine } from './engine.js';
import { localEmbeddingModel } from './retrieval/embedding-model.js';
import { createDiscordAdapter, type DiscordAdapter } from './discord/discord-bot.js';
import { createSlackAdapter, type SlackAdapter } from './slack/slack-app.js';

export interface App {
  config: Config;
  logger: Logger;
  engine: CareerEngine;
  /** Present when configured; created here, started by the caller. */
  slack?: SlackAdapter;
  discord?: DiscordAdapter;
}

/** Why each chat adapter is off, for the start-up message. */
export function adaptersOff(config: Config): { adapter: string; reason: string }[] {
  const off: { adapter: string; reason: string }[] = [];
  if (!config.slack) off.push({ adapter: 'slack', reason: 'SLACK_BOT_TOKEN is not set' });
  if (!config.discord) off.push({ adapter: 'discord', reason: 'DISCORD_TOKEN is not set' });
  return off;
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
  const slack = config.slack ? createSlackAdapter({ engine, config: config.slack, logger }) : undefined;
  const discord = config.discord ? createDiscordAdapter({ engine, config: config.discord, logger }) : undefined;
  return { config, logger, engine, slack, discord };
}
