import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { ConfigError } from './errors.js';

/** The project root: knowledge/ and prompts/ ship beside dist/, wherever the CLI is started from. */
export const PACKAGE_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const optionalText = z
  .string()
  .trim()
  .transform((v) => (v === '' ? undefined : v))
  .optional();

const schema = z.object({
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).optional(),
  CAREER_BOT_KNOWLEDGE_DIR: optionalText,
  CAREER_BOT_CACHE_DIR: optionalText,
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  // Chat adapters and the LLM are configured in their own issues; accepted and typed here already.
  SLACK_BOT_TOKEN: optionalText,
  SLACK_APP_TOKEN: optionalText,
  SLACK_SIGNING_SECRET: optionalText,
  SLACK_API_URL: optionalText,
  DISCORD_TOKEN: optionalText,
  DISCORD_APPLICATION_ID: optionalText,
  DISCORD_GUILD_ID: optionalText,
  DISCORD_API_URL: optionalText,
  OPENAI_API_KEY: optionalText,
  OPENAI_BASE_URL: optionalText,
  OPENAI_MODEL: optionalText,
  OPENAI_EMBEDDING_MODEL: optionalText,
});

export interface Config {
  /** Undefined when not set: the CLI then stays quiet (warn) and the service logs at info. */
  logLevel?: string;
  knowledgeDir: string;
  cacheDir: string;
  port: number;
  slack: { botToken?: string; appToken?: string; signingSecret?: string; apiUrl?: string };
  discord: { token?: string; applicationId?: string; guildId?: string; apiUrl?: string };
  openai: { apiKey?: string; baseUrl?: string; model?: string; embeddingModel?: string };
}

/** Parses the environment once, at start-up. The only place that reads process.env. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new ConfigError(String(issue.path[0] ?? 'environment'), issue.message);
  }
  const e = parsed.data;
  return {
    logLevel: e.LOG_LEVEL,
    knowledgeDir: path.resolve(e.CAREER_BOT_KNOWLEDGE_DIR ?? path.join(PACKAGE_ROOT, 'knowledge')),
    cacheDir: path.resolve(e.CAREER_BOT_CACHE_DIR ?? path.join(PACKAGE_ROOT, '.cache')),
    port: e.PORT,
    slack: { botToken: e.SLACK_BOT_TOKEN, appToken: e.SLACK_APP_TOKEN, signingSecret: e.SLACK_SIGNING_SECRET, apiUrl: e.SLACK_API_URL },
    discord: { token: e.DISCORD_TOKEN, applicationId: e.DISCORD_APPLICATION_ID, guildId: e.DISCORD_GUILD_ID, apiUrl: e.DISCORD_API_URL },
    openai: { apiKey: e.OPENAI_API_KEY, baseUrl: e.OPENAI_BASE_URL, model: e.OPENAI_MODEL, embeddingModel: e.OPENAI_EMBEDDING_MODEL },
  };
}
