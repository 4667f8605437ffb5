import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseEnv } from 'node:util';
import { expect, it } from 'vitest';
import { loadConfig, PACKAGE_ROOT, readEnvironment } from '../../src/config.js';
import { CareerBotError, ConfigError } from '../../src/errors.js';

async function envFile(content: string): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'career-bot-config-'));
  const file = path.join(dir, '.env');
  await writeFile(file, content);
  return file;
}

function configError(env: NodeJS.ProcessEnv): ConfigError {
  try {
    loadConfig(env);
  } catch (err) {
    if (err instanceof ConfigError) return err;
    throw err;
  }
  throw new Error('expected a ConfigError');
}

it('the new settings have working defaults', () => {
  const config = loadConfig({});
  expect(config).toMatchObject({
    dataDir: path.join(PACKAGE_ROOT, '.data'),
    store: 'sqlite',
    retentionDays: 90,
    rateLimit: { perMinute: 20, burst: 5 },
    watchKnowledge: true,
    shutdownTimeoutMs: 10_000,
    port: 3000,
  });
  expect(config.userHashKey).toBeUndefined();
  expect(config.logLevel).toBeUndefined();
});

it('a copied .env.example with every value blank (or only spaces) runs on the defaults', async () => {
  const example = parseEnv(await readFile(path.join(PACKAGE_ROOT, '.env.example'), 'utf8'));
  const names = Object.keys(example);
  expect(names).toEqual(expect.arrayContaining(['PORT', 'LOG_LEVEL', 'OPENAI_TIMEOUT_MS', 'CAREER_BOT_STORE']));
  expect(Object.values(example).every((v) => v === '')).toBe(true);
  expect(loadConfig(example)).toEqual(loadConfig({}));
  expect(loadConfig(Object.fromEntries(names.map((n) => [n, '   '])))).toEqual(loadConfig({}));
});

it('new settings are read from the environment', () => {
  const config = loadConfig({
    CAREER_BOT_DATA_DIR: 'var/bot',
    CAREER_BOT_STORE: 'Memory',
    CAREER_BOT_RETENTION_DAYS: '30',
    CAREER_BOT_USER_HASH_KEY: '0123456789abcdef',
    CAREER_BOT_RATE_PER_MINUTE: '0',
    CAREER_BOT_RATE_BURST: '1',
    CAREER_BOT_WATCH_KNOWLEDGE: 'OFF',
    CAREER_BOT_SHUTDOWN_TIMEOUT_MS: '0',
    PORT: '8080',
  });
  expect(config).toMatchObject({
    dataDir: path.resolve('var/bot'),
    store: 'memory',
    retentionDays: 30,
    userHashKey: '0123456789abcdef',
    rateLimit: { perMinute: 0, burst: 1 },
    watchKnowledge: false,
    shutdownTimeoutMs: 0,
    port: 8080,
  });
  for (const yes of ['true', '1', 'yes', 'on', 'YES'])
    expect(loadConfig({ CAREER_BOT_WATCH_KNOWLEDGE: yes }).watchKnowledge).toBe(true);
  for (const no of ['false', '0', 'no', 'off', 'False'])
    expect(loadConfig({ CAREER_BOT_WATCH_KNOWLEDGE: no }).watchKnowledge).toBe(false);
});

it('every problem is reported at once, one per line, naming the variable and showing a good value', () => {
  const err = configError({ PORT: 'abc', LOG_LEVEL: 'loud', SLACK_BOT_TOKEN: 'xapp-1-abc', SLACK_SIGNING_SECRET: 's' });
  expect(err).toBeInstanceOf(CareerBotError);
  expect(err.problems.map((p) => p.variable).sort()).toEqual(['LOG_LEVEL', 'PORT', 'SLACK_BOT_TOKEN']);
  const lines = err.message.split('\n');
  expect(lines).toContain('  PORT: "abc" is not a port number; use a whole number from 1 to 65535, e.g. PORT=3000');
  expect(lines.find((l) => l.includes('LOG_LEVEL:'))).toMatch(/"loud".*e\.g\. LOG_LEVEL=\w+/);
  expect(lines.find((l) => l.includes('SLACK_BOT_TOKEN:'))).toMatch(/xoxb-.*e\.g\. SLACK_BOT_TOKEN=xoxb-/);
  expect(err.message).not.toMatch(/expected|received|invalid/i);
});

it('each new variable names itself with an example when its value is wrong', () => {
  const err = configError({
    PORT: '0',
    CAREER_BOT_STORE: 'postgres',
    CAREER_BOT_RETENTION_DAYS: '0',
    CAREER_BOT_USER_HASH_KEY: 'hunter2',
    CAREER_BOT_RATE_PER_MINUTE: '-1',
    CAREER_BOT_RATE_BURST: '0',
    CAREER_BOT_WATCH_KNOWLEDGE: 'maybe',
    CAREER_BOT_SHUTDOWN_TIMEOUT_MS: '120001',
    OPENAI_TIMEOUT_MS: '4s',
  });
  expect(err.problems).toHaveLength(9);
  for (const { variable, problem } of err.problems) {
    expect(problem).toContain(`e.g. ${variable}=`);
    expect(err.message).toContain(`${variable}: ${problem}`);
  }
  // The hash key is a secret: the message says what is wrong without repeating it.
  expect(err.message).not.toContain('hunter2');
});

it('.env is read, and the real environment wins over it', async () => {
  const file = await envFile('# local settings\nPORT=5000\nLOG_LEVEL=debug\nexport CAREER_BOT_STORE="memory"\n');
  const env = readEnvironment({ PORT: '4000', LOG_LEVEL: '' }, file);
  expect(env).toMatchObject({ PORT: '4000', LOG_LEVEL: 'debug', CAREER_BOT_STORE: 'memory' });
  expect(loadConfig(env)).toMatchObject({ port: 4000, logLevel: 'debug', store: 'memory' });
});

it('a missing .env is fine', () => {
  const env = { PORT: '4000' };
  expect(readEnvironment(env, path.join(tmpdir(), 'no-such-dir', '.env'))).toEqual(env);
});

it('a .env that cannot be read or has a line that is not NAME=value is named in the error', async () => {
  const bad = await envFile('PORT=3000\nLOG_LEVEL debug\n');
  expect(() => readEnvironment({}, bad)).toThrow(/\.env: line 2 is not a NAME=value setting.*e\.g\. PORT=3000/);

  const folder = path.join(path.dirname(bad), 'folder', '.env');
  await mkdir(folder, { recursive: true });
  expect(() => readEnvironment({}, folder)).toThrow(ConfigError);
  expect(() => readEnvironment({}, folder)).toThrow(/\.env: /);
});

it('ConfigError still takes a single variable and problem', () => {
  const err = new ConfigError('DISCORD_TOKEN', 'is required to register the slash commands');
  expect(err).toBeInstanceOf(CareerBotError);
  expect(err.message).toBe('DISCORD_TOKEN: is required to register the slash commands');
  expect(err.problems).toEqual([{ variable: 'DISCORD_TOKEN', problem: 'is required to register the slash commands' }]);
});
