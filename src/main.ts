import type { Logger } from 'pino';
import { adaptersOff, buildApp } from './app.js';
import { runTerminalChat } from './cli/terminal-chat.js';
import { terminalStyle } from './cli/terminal-style.js';
import { loadConfig } from './config.js';
import { CareerBotError } from './errors.js';
import { createLogger } from './logger.js';
import { startService } from './ops/service-runner.js';

/** More uncaught exceptions than this within a minute: the process is not healthy, let the manager restart it. */
const MAX_UNCAUGHT_PER_MINUTE = 5;

/**
 * A library failing inside one delivery must not end the service: the error is logged with its
 * context and serving goes on. Only a burst of uncaught exceptions exits, for a restart.
 */
function surviveStrayErrors(logger: Logger): void {
  process.on('unhandledRejection', (reason) => logger.error({ err: reason }, 'unhandled rejection; serving goes on'));
  let recent: number[] = [];
  process.on('uncaughtException', (err, origin) => {
    const now = Date.now();
    recent = [...recent.filter((t) => now - t < 60_000), now];
    logger.error({ err, origin }, 'uncaught exception; serving goes on');
    if (recent.length > MAX_UNCAUGHT_PER_MINUTE) {
      logger.fatal({ count: recent.length }, 'too many uncaught exceptions; exiting for a restart');
      process.exit(1);
    }
  });
}

/**
 * `npm start`: the bot service. Starts every configured chat adapter with health and metrics
 * endpoints; with none configured it opens the terminal chat when there is a terminal, and
 * otherwise (systemd, a container) exits non-zero so a forgotten token does not look like success.
 */
async function main(): Promise<number> {
  const config = loadConfig();
  const logger = createLogger(config.logLevel ?? 'info');
  const off = adaptersOff(config);
  if (!config.slack && !config.discord) {
    const why = off.map((a) => `${a.adapter}: ${a.reason}`).join('; ');
    if (!process.stdin.isTTY) {
      process.stderr.write(
        `career-bot: no chat adapter configured (${why}) and no terminal to chat in; set the tokens of at least one adapter (see .env.example)\n`,
      );
      return 1;
    }
    process.stderr.write(`career-bot: no chat adapter configured (${why}); starting the terminal chat.\n`);
    // The chat is for a person: only warnings and errors reach the screen, unless LOG_LEVEL says more.
    const app = await buildApp(config, createLogger(config.logLevel ?? 'warn'));
    const code = await runTerminalChat(
      app.service,
      process.stdin,
      process.stdout,
      terminalStyle(process.stdout, config.noColor),
    );
    app.close();
    return code;
  }
  // Listened for before the slow start: as a container's process 1, node ignores SIGTERM until a
  // handler exists, and a stop during start-up would wait for the kill.
  const stopSignal = new Promise<string>((resolve) => {
    for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => resolve(signal));
  });
  surviveStrayErrors(logger);
  for (const a of off) logger.info(a, 'chat adapter off');
  const app = await buildApp(config, logger, { serve: true });
  const running = await startService(app);
  const signal = await stopSignal;
  logger.info({ signal, busy: app.service.busy }, 'shutting down');
  await running.stop();
  return 0;
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    // Start-up failures are one line a person can act on, not a stack trace.
    const message = err instanceof Error ? err.message.split('\n')[0] : String(err);
    process.stderr.write(`career-bot: ${err instanceof CareerBotError ? err.message : message}\n`);
    process.exit(2);
  },
);
