import { adaptersOff, buildApp } from './app.js';
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
  const off = adaptersOff(config);
  for (const a of off) logger.info(a, 'chat adapter off');

  for (const adapter of app.adapters) await adapter.start();
  if (app.adapters.length === 0) {
    process.stderr.write(
      `career-bot: no chat adapter configured (${off.map((a) => `${a.adapter}: ${a.reason}`).join('; ')}); starting the terminal chat.\n`,
    );
    await runTerminalChat(app.service, process.stdin, process.stdout);
    return;
  }
  const shutdown = (signal: string) => {
    logger.info({ signal }, 'shutting down');
    void Promise.allSettled(app.adapters.map((a) => a.stop())).then(() => process.exit(0));
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
}

main().catch((err: unknown) => {
  process.stderr.write(
    `career-bot: ${err instanceof CareerBotError ? err.message : err instanceof Error ? err.stack : String(err)}\n`,
  );
  process.exitCode = 2;
});
