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

const schema = z
  .object({
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).optional(),
    CAREER_BOT_KNOWLEDGE_DIR: optionalText,
    CAREER_BOT_CACHE_DIR: optionalText,
    PORT: z.coerce.number().int().min(0).max(65535).default(3000),
    /** Address the HTTP server binds to; all interfaces when unset. */
    HOST: optionalText,
    // Chat adapters (both optional) and LLM mode; each is validated below so a bad value names itself.
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
    OPENAI_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(4000),
  })
  .superRefine((e, ctx) => {
    const problem = (variable: string, message: string) => ctx.addIssue({ code: 'custom', path: [variable], message });
    if (e.SLACK_BOT_TOKEN && !e.SLACK_BOT_TOKEN.startsWith('xoxb-'))
      problem('SLACK_BOT_TOKEN', 'must be a bot token starting with xoxb- (OAuth & Permissions page of the Slack app)');
    if (e.SLACK_APP_TOKEN && !e.SLACK_APP_TOKEN.startsWith('xapp-'))
      problem(
        'SLACK_APP_TOKEN',
        'must be an app-level token starting with xapp- (Basic Information page, scope connections:write)',
      );
    if ((e.SLACK_APP_TOKEN || e.SLACK_SIGNING_SECRET) && !e.SLACK_BOT_TOKEN)
      problem('SLACK_BOT_TOKEN', 'is required when SLACK_APP_TOKEN or SLACK_SIGNING_SECRET is set');
    if (e.SLACK_BOT_TOKEN && !e.SLACK_APP_TOKEN && !e.SLACK_SIGNING_SECRET)
      problem('SLACK_SIGNING_SECRET', 'is required in HTTP mode (set it, or set SLACK_APP_TOKEN for Socket Mode)');
    if (e.SLACK_API_URL && !URL.canParse(e.SLACK_API_URL))
      problem('SLACK_API_URL', 'must be a URL such as https://slack.com/api/');
    if (e.OPENAI_BASE_URL && !URL.canParse(e.OPENAI_BASE_URL))
      problem('OPENAI_BASE_URL', 'must be a URL such as http://127.0.0.1:11434/v1');
    if ((e.OPENAI_BASE_URL || e.OPENAI_MODEL || e.OPENAI_EMBEDDING_MODEL) && !e.OPENAI_API_KEY)
      problem('OPENAI_API_KEY', 'is required for LLM mode (any non-empty value for a local server that ignores keys)');
    if (e.DISCORD_TOKEN && !e.DISCORD_APPLICATION_ID)
      problem(
        'DISCORD_APPLICATION_ID',
        'is required with DISCORD_TOKEN (General Information page of the Discord application)',
      );
    if (e.DISCORD_APPLICATION_ID && !e.DISCORD_TOKEN)
      problem('DISCORD_TOKEN', 'is required with DISCORD_APPLICATION_ID (Bot page of the Discord application)');
    if (e.DISCORD_APPLICATION_ID && !/^\d{5,25}$/.test(e.DISCORD_APPLICATION_ID))
      problem('DISCORD_APPLICATION_ID', 'must be the numeric application id');
    if (e.DISCORD_GUILD_ID && !/^\d{5,25}$/.test(e.DISCORD_GUILD_ID))
      problem('DISCORD_GUILD_ID', 'must be a numeric server id');
    if (e.DISCORD_API_URL && !URL.canParse(e.DISCORD_API_URL))
      problem('DISCORD_API_URL', 'must be a URL such as https://discord.com/api');
  });

export type SlackConfig =
  | { mode: 'socket'; botToken: string; appToken: string; apiUrl?: string }
  | { mode: 'http'; botToken: string; signingSecret: string; apiUrl?: string };

export interface DiscordConfig {
  token: string;
  applicationId: string;
  guildId?: string;
  apiUrl?: string;
}

export interface OpenAIConfig {
  apiKey: string;
  baseUrl?: string;
  model: string;
  embeddingModel?: string;
  /** Time allowed until the first streamed token. */
  firstTokenTimeoutMs: number;
}

export interface Config {
  /** Undefined when not set: the CLI then stays quiet (warn) and the service logs at info. */
  logLevel?: string;
  knowledgeDir: string;
  cacheDir: string;
  port: number;
  host?: string;
  /** Present when SLACK_BOT_TOKEN is set; Socket Mode when an app token is given, else HTTP. */
  slack?: SlackConfig;
  /** Present when DISCORD_TOKEN (and DISCORD_APPLICATION_ID) are set. */
  discord?: DiscordConfig;
  /** Present when OPENAI_API_KEY is set: answers are then generated, with the offline answer as fallback. */
  openai?: OpenAIConfig;
}

function slackConfig(e: z.infer<typeof schema>): SlackConfig | undefined {
  if (!e.SLACK_BOT_TOKEN) return undefined;
  if (e.SLACK_APP_TOKEN)
    return { mode: 'socket', botToken: e.SLACK_BOT_TOKEN, appToken: e.SLACK_APP_TOKEN, apiUrl: e.SLACK_API_URL };
  return { mode: 'http', botToken: e.SLACK_BOT_TOKEN, signingSecret: e.SLACK_SIGNING_SECRET!, apiUrl: e.SLACK_API_URL };
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
    host: e.HOST,
    slack: slackConfig(e),
    discord:
      e.DISCORD_TOKEN && e.DISCORD_APPLICATION_ID
        ? {
            token: e.DISCORD_TOKEN,
            applicationId: e.DISCORD_APPLICATION_ID,
            guildId: e.DISCORD_GUILD_ID,
            apiUrl: e.DISCORD_API_URL,
          }
        : undefined,
    openai: e.OPENAI_API_KEY
      ? {
          apiKey: e.OPENAI_API_KEY,
          baseUrl: e.OPENAI_BASE_URL,
          model: e.OPENAI_MODEL ?? 'gpt-4o-mini',
          embeddingModel: e.OPENAI_EMBEDDING_MODEL,
          firstTokenTimeoutMs: e.OPENAI_TIMEOUT_MS,
        }
      : undefined,
  };
}
