import { buildApp } from './app.js';
import { runTerminalChat } from './cli/terminal-chat.js';
import { loadConfig } from './config.js';
import { CareerBotError } from './errors.js';
import { createLogger } from './logger.js';

/**
 * `npm start`: the bot service. Starts every configured chat adapter; with none configured it says
 * why each is off and opens the terminal chat, so the bot can be tried at once.
 */
async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.logLevel ?? 'info');
  const app = await buildApp(config, logger);
  const off = [
    { adapter: 'slack', reason: 'SLACK_BOT_TOKEN is not set' },
    { adapter: 'discord', reason: 'DISCORD_TOKEN is not set' },
  ];
  for (const a of off) logger.info(a, 'chat adapter off');
  process.stderr.write(`career-bot: no chat adapter configured (${off.map((a) => `${a.adapter}: ${a.reason}`).join('; ')}); starting the terminal chat.\n`);
  await runTerminalChat(app.engine, process.stdin, process.stdout);
}

main().catch((err: unknown) => {
  process.stderr.write(`career-bot: ${err instanceof CareerBotError ? err.message : err instanceof Error ? err.stack : String(err)}\n`);
  process.exitCode = 2;
});
