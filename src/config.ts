import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseEnv } from 'node:util';
import * as z from 'zod';
import { ConfigError, type ConfigProblem } from './errors.js';

/**
 * The project root: knowledge/ and prompts/ ship beside dist/, wherever the CLI is started from. It is
 * the nearest folder above this module with a package.json, so the compiled code (dist/), the bundled
 * CLI (dist/cli-bundle/) and the sources (src/, under vitest) all find the same one.
 */
export const PACKAGE_ROOT = packageRootAbove(path.dirname(fileURLToPath(import.meta.url)));

function packageRootAbove(dir: string): string {
  for (let d = dir; ; d = path.dirname(d)) {
    if (existsSync(path.join(d, 'package.json'))) return d;
    if (path.dirname(d) === d) return path.resolve(dir, '..');
  }
}

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
const STORES = ['sqlite', 'memory'] as const;
const TRUE_WORDS = ['true', '1', 'yes', 'on'];
const FALSE_WORDS = ['false', '0', 'no', 'off'];

/** Echoes a bad value so the person sees what was read; long values are cut so a pasted secret stays short. */
function shown(raw: string): string {
  return JSON.stringify(raw.length > 40 ? `${raw.slice(0, 37)}...` : raw);
}

// Every field starts from an already trimmed string (blank ones are removed before parsing), and every
// check writes its own message, so no schema library wording reaches the person reading it.
const text = z.string().optional();

function wholeNumber(name: string, what: string, range: { min: number; max?: number }, fallback: number) {
  const max = range.max ?? Number.MAX_SAFE_INTEGER;
  const allowed =
    range.max === undefined
      ? `a whole number of ${range.min} or more`
      : `a whole number from ${range.min} to ${range.max}`;
  return text.transform((raw, ctx) => {
    if (raw === undefined) return fallback;
    const n = Number(raw);
    if (/^\d+$/.test(raw) && n >= range.min && n <= max) return n;
    ctx.addIssue({ code: 'custom', message: `${shown(raw)} is not ${what}; use ${allowed}, e.g. ${name}=${fallback}` });
    return z.NEVER;
  });
}

function oneOf<T extends string>(name: string, what: string, options: readonly T[], example: T) {
  return text.transform((raw, ctx) => {
    if (raw === undefined) return undefined;
    const value = options.find((o) => o === raw.toLowerCase());
    if (value) return value;
    ctx.addIssue({
      code: 'custom',
      message: `${shown(raw)} is not ${what}; use one of ${options.join(', ')}, e.g. ${name}=${example}`,
    });
    return z.NEVER;
  });
}

function yesNo(name: string, fallback: boolean) {
  return text.transform((raw, ctx) => {
    if (raw === undefined) return fallback;
    const word = raw.toLowerCase();
    if (TRUE_WORDS.includes(word)) return true;
    if (FALSE_WORDS.includes(word)) return false;
    ctx.addIssue({
      code: 'custom',
      message: `${shown(raw)} is not yes or no; use true/false, 1/0, yes/no or on/off, e.g. ${name}=${!fallback}`,
    });
    return z.NEVER;
  });
}

const schema = z.object({
  LOG_LEVEL: oneOf('LOG_LEVEL', 'a log level', LOG_LEVELS, 'debug'),
  CAREER_BOT_KNOWLEDGE_DIR: text,
  CAREER_BOT_CACHE_DIR: text,
  CAREER_BOT_DATA_DIR: text,
  CAREER_BOT_STORE: oneOf('CAREER_BOT_STORE', 'a store', STORES, 'memory'),
  CAREER_BOT_RETENTION_DAYS: wholeNumber('CAREER_BOT_RETENTION_DAYS', 'a number of days', { min: 1, max: 36_500 }, 90),
  CAREER_BOT_USER_HASH_KEY: text.transform((raw, ctx) => {
    if (raw === undefined || raw.length >= 16) return raw;
    // Never echoed: it is a secret.
    ctx.addIssue({
      code: 'custom',
      message: `is only ${raw.length} characters long; use a random secret of at least 16 characters, e.g. CAREER_BOT_USER_HASH_KEY=<output of openssl rand -hex 32>`,
    });
    return z.NEVER;
  }),
  CAREER_BOT_RATE_PER_MINUTE: wholeNumber('CAREER_BOT_RATE_PER_MINUTE', 'a number of questions', { min: 0 }, 20),
  CAREER_BOT_RATE_BURST: wholeNumber('CAREER_BOT_RATE_BURST', 'a number of questions', { min: 1 }, 5),
  CAREER_BOT_WATCH_KNOWLEDGE: yesNo('CAREER_BOT_WATCH_KNOWLEDGE', true),
  CAREER_BOT_SHUTDOWN_TIMEOUT_MS: wholeNumber(
    'CAREER_BOT_SHUTDOWN_TIMEOUT_MS',
    'a time in milliseconds',
    { min: 0, max: 120_000 },
    10_000,
  ),
  PORT: wholeNumber('PORT', 'a port number', { min: 1, max: 65_535 }, 3000),
  /** Address the HTTP server binds to; all interfaces when unset. */
  HOST: text,
  /** https://no-color.org: any value turns terminal colours off. */
  NO_COLOR: text,
  // Chat adapters (both optional) and LLM mode; checked together in crossChecks so a bad value names itself.
  SLACK_BOT_TOKEN: text,
  SLACK_APP_TOKEN: text,
  SLACK_SIGNING_SECRET: text,
  SLACK_API_URL: text,
  DISCORD_TOKEN: text,
  DISCORD_APPLICATION_ID: text,
  DISCORD_GUILD_ID: text,
  DISCORD_API_URL: text,
  OPENAI_API_KEY: text,
  OPENAI_BASE_URL: text,
  OPENAI_MODEL: text,
  OPENAI_EMBEDDING_MODEL: text,
  OPENAI_TIMEOUT_MS: wholeNumber('OPENAI_TIMEOUT_MS', 'a time in milliseconds', { min: 100, max: 120_000 }, 4000),
});

type Variable = keyof typeof schema.shape;
const VARIABLES = Object.keys(schema.shape) as Variable[];
type Settings = Partial<Record<Variable, string>>;

/** Trimmed values of the variables career-bot knows; blank ones are left out, so blank means "not set" everywhere. */
function settings(env: NodeJS.ProcessEnv): Settings {
  const out: Settings = {};
  for (const name of VARIABLES) {
    const value = env[name]?.trim();
    if (value) out[name] = value;
  }
  return out;
}

/** Checks that span variables. They read the raw settings, so they run even when a field is malformed. */
function crossChecks(e: Settings): ConfigProblem[] {
  const problems: ConfigProblem[] = [];
  const problem = (variable: Variable, message: string) => problems.push({ variable, problem: message });
  const slackBot = e.SLACK_BOT_TOKEN;
  if (slackBot && !slackBot.startsWith('xoxb-'))
    problem(
      'SLACK_BOT_TOKEN',
      `must be a bot token starting with xoxb- (OAuth & Permissions page of the Slack app), e.g. SLACK_BOT_TOKEN=xoxb-1234-5678-abcd${
        slackBot.startsWith('xapp-') ? '; this one starts with xapp-, so it belongs in SLACK_APP_TOKEN' : ''
      }`,
    );
  const slackApp = e.SLACK_APP_TOKEN;
  if (slackApp && !slackApp.startsWith('xapp-'))
    problem(
      'SLACK_APP_TOKEN',
      `must be an app-level token starting with xapp- (Basic Information page, scope connections:write), e.g. SLACK_APP_TOKEN=xapp-1-A123-456-abcd${
        slackApp.startsWith('xoxb-') ? '; this one starts with xoxb-, so it belongs in SLACK_BOT_TOKEN' : ''
      }`,
    );
  if ((slackApp || e.SLACK_SIGNING_SECRET) && !slackBot)
    problem(
      'SLACK_BOT_TOKEN',
      'is required when SLACK_APP_TOKEN or SLACK_SIGNING_SECRET is set, e.g. SLACK_BOT_TOKEN=xoxb-1234-5678-abcd',
    );
  if (slackBot && !slackApp && !e.SLACK_SIGNING_SECRET)
    problem(
      'SLACK_SIGNING_SECRET',
      'is required in HTTP mode (Basic Information page of the Slack app), e.g. SLACK_SIGNING_SECRET=8f14e45fceea167a; or set SLACK_APP_TOKEN for Socket Mode',
    );
  if (e.SLACK_API_URL && !URL.canParse(e.SLACK_API_URL))
    problem('SLACK_API_URL', 'must be a URL, e.g. SLACK_API_URL=https://slack.com/api/');
  if (e.OPENAI_BASE_URL && !URL.canParse(e.OPENAI_BASE_URL))
    problem('OPENAI_BASE_URL', 'must be a URL, e.g. OPENAI_BASE_URL=http://127.0.0.1:11434/v1');
  if ((e.OPENAI_BASE_URL || e.OPENAI_MODEL || e.OPENAI_EMBEDDING_MODEL) && !e.OPENAI_API_KEY)
    problem(
      'OPENAI_API_KEY',
      'is required for LLM mode (any non-empty value for a local server that ignores keys), e.g. OPENAI_API_KEY=sk-local',
    );
  if (e.DISCORD_TOKEN && !e.DISCORD_APPLICATION_ID)
    problem(
      'DISCORD_APPLICATION_ID',
      'is required with DISCORD_TOKEN (General Information page of the Discord application), e.g. DISCORD_APPLICATION_ID=123456789012345678',
    );
  if (e.DISCORD_APPLICATION_ID && !e.DISCORD_TOKEN)
    problem(
      'DISCORD_TOKEN',
      'is required with DISCORD_APPLICATION_ID (Bot page of the Discord application, "Reset Token"), e.g. DISCORD_TOKEN=MTA1NjQ.GhIjKl.mNoPqRsTuV',
    );
  if (e.DISCORD_APPLICATION_ID && !/^\d{5,25}$/.test(e.DISCORD_APPLICATION_ID))
    problem(
      'DISCORD_APPLICATION_ID',
      `${shown(e.DISCORD_APPLICATION_ID)} is not an application id; use the number from the General Information page, e.g. DISCORD_APPLICATION_ID=123456789012345678`,
    );
  if (e.DISCORD_GUILD_ID && !/^\d{5,25}$/.test(e.DISCORD_GUILD_ID))
    problem(
      'DISCORD_GUILD_ID',
      `${shown(e.DISCORD_GUILD_ID)} is not a server id; use the number from "Copy Server ID" in Discord, e.g. DISCORD_GUILD_ID=123456789012345678`,
    );
  if (e.DISCORD_API_URL && !URL.canParse(e.DISCORD_API_URL))
    problem('DISCORD_API_URL', 'must be a URL, e.g. DISCORD_API_URL=https://discord.com/api');
  return problems;
}

/** The environment plus the .env file's variables, and what is wrong with the file, if anything. */
function readEnvFile(env: NodeJS.ProcessEnv, file: string): { env: NodeJS.ProcessEnv; problems: ConfigProblem[] } {
  const relative = path.relative(process.cwd(), file);
  const name = relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : file;
  let content: string;
  try {
    content = readFileSync(file, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { env, problems: [] };
    const problem =
      code === 'EACCES' || code === 'EPERM'
        ? 'cannot be read (permission denied); make it readable by the user running career-bot, or remove it'
        : code === 'EISDIR'
          ? 'is a folder; it must be a file of NAME=value lines such as PORT=3000, or be removed'
          : `cannot be read (${(err as Error).message}); fix or remove it`;
    return { env, problems: [{ variable: name, problem }] };
  }
  content = content.replace(/^\uFEFF/, ''); // editors on Windows may start the file with a byte-order mark
  const problems = malformedLines(content).map((line) => ({ variable: name, problem: line }));
  const merged: NodeJS.ProcessEnv = { ...env };
  for (const [key, value] of Object.entries(parseEnv(content))) {
    // The real environment wins, as with node --env-file; a blank one counts as not set.
    if (!merged[key]?.trim()) merged[key] = value;
  }
  return { env: merged, problems };
}

/**
 * Lines that util.parseEnv would silently skip (e.g. `PORT 3000`), which would leave a setting the person
 * believes is in effect at its default. Quoted values may span lines, as parseEnv allows.
 */
function malformedLines(content: string): string[] {
  const problems: string[] = [];
  let open: { quote: string; line: number } | undefined;
  content.split(/\r?\n/).forEach((raw, i) => {
    if (open) {
      if (raw.includes(open.quote)) open = undefined;
      return;
    }
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) return;
    const m = /^(?:export\s+)?[A-Za-z_][\w.-]*\s*=(.*)$/.exec(line);
    if (!m) {
      problems.push(
        `line ${i + 1} is not a NAME=value setting; write one setting per line, e.g. PORT=3000 (lines starting with # are comments)`,
      );
      return;
    }
    const value = m[1]!.trim();
    const quote = value[0];
    if ((quote === '"' || quote === "'" || quote === '`') && !value.slice(1).includes(quote))
      open = { quote, line: i + 1 };
  });
  if (open)
    problems.push(
      `line ${open.line} opens a ${open.quote} quote that is never closed; close it at the end of the value`,
    );
  return problems;
}

/**
 * The environment merged with the variables of `file` (default: .env in the working directory) when it
 * exists; variables set in the real environment win. A missing file is fine; an unreadable or malformed
 * one is a ConfigError naming it.
 */
export function readEnvironment(
  env: NodeJS.ProcessEnv = process.env,
  file: string = path.resolve('.env'),
): NodeJS.ProcessEnv {
  const read = readEnvFile(env, file);
  if (read.problems.length > 0) throw new ConfigError(read.problems);
  return read.env;
}

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

export type StoreKind = (typeof STORES)[number];

export interface RateLimitConfig {
  /** Questions per user per minute; 0 turns the limit off. */
  perMinute: number;
  /** Questions a user may ask back to back before the per-minute rate applies. */
  burst: number;
}

export interface Config {
  /** Undefined when not set: the CLI then stays quiet (warn) and the service logs at info. */
  logLevel?: string;
  knowledgeDir: string;
  cacheDir: string;
  /** Absolute folder of the SQLite store. */
  dataDir: string;
  /** 'memory' keeps nothing across restarts. */
  store: StoreKind;
  /** Stored conversations and feedback older than this are deleted. */
  retentionDays: number;
  /** Secret for the keyed hash of user ids; undefined when not set. */
  userHashKey?: string;
  rateLimit: RateLimitConfig;
  /** Reload the knowledge base when its files change. */
  watchKnowledge: boolean;
  /** Time allowed for in-flight work to finish on SIGINT/SIGTERM before exiting. */
  shutdownTimeoutMs: number;
  /** HTTP port: Slack's Events API in HTTP mode, /healthz, /readyz and /metrics. */
  port: number;
  host?: string;
  /** NO_COLOR is set: the terminal gets no ANSI styling. */
  noColor: boolean;
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

/**
 * Parses the configuration once, at start-up: `env` when given, else the real environment plus .env
 * (readEnvironment). The only place that reads process.env. Throws one ConfigError listing every problem.
 */
export function loadConfig(env?: NodeJS.ProcessEnv): Config {
  const read = env ? { env, problems: [] } : readEnvFile(process.env, path.resolve('.env'));
  const raw = settings(read.env);
  const parsed = schema.safeParse(raw);
  const problems: ConfigProblem[] = [
    ...read.problems,
    ...(parsed.error?.issues ?? []).map((issue) => ({
      variable: String(issue.path[0] ?? 'environment'),
      problem: issue.message,
    })),
    ...crossChecks(raw),
  ];
  if (problems.length > 0 || !parsed.success) {
    // In the order of .env.example, so the list reads like the file being fixed.
    const order = (p: ConfigProblem) => VARIABLES.indexOf(p.variable as Variable);
    throw new ConfigError(problems.sort((a, b) => order(a) - order(b)));
  }
  const e = parsed.data;
  return {
    logLevel: e.LOG_LEVEL,
    knowledgeDir: path.resolve(e.CAREER_BOT_KNOWLEDGE_DIR ?? path.join(PACKAGE_ROOT, 'knowledge')),
    cacheDir: path.resolve(e.CAREER_BOT_CACHE_DIR ?? path.join(PACKAGE_ROOT, '.cache')),
    dataDir: path.resolve(e.CAREER_BOT_DATA_DIR ?? path.join(PACKAGE_ROOT, '.data')),
    store: e.CAREER_BOT_STORE ?? 'sqlite',
    retentionDays: e.CAREER_BOT_RETENTION_DAYS,
    userHashKey: e.CAREER_BOT_USER_HASH_KEY,
    rateLimit: { perMinute: e.CAREER_BOT_RATE_PER_MINUTE, burst: e.CAREER_BOT_RATE_BURST },
    watchKnowledge: e.CAREER_BOT_WATCH_KNOWLEDGE,
    shutdownTimeoutMs: e.CAREER_BOT_SHUTDOWN_TIMEOUT_MS,
    port: e.PORT,
    host: e.HOST,
    noColor: e.NO_COLOR !== undefined,
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
