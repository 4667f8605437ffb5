import type { App } from '../app.js';
import { CareerBotError } from '../errors.js';
import { KnowledgeWatcher } from '../knowledge/knowledge-watcher.js';
import { startOpsServer } from './ops-server.js';
import { startupReason } from './startup-error.js';

/** A chat adapter, or the health endpoint's server, that could not start: one line, no stack. */
export class StartupError extends CareerBotError {}

export interface RunningService {
  /** The port the health endpoints answer on. */
  opsPort?: number;
  /** Stops taking new work, lets answers in flight finish (bounded), then closes everything. */
  stop(): Promise<void>;
}

/**
 * Starts what `npm start` runs: the chat adapters, the health and metrics endpoints (on the Slack
 * HTTP port when Slack runs over HTTP, else on PORT) and the knowledge watcher.
 */
export async function startService(app: App): Promise<RunningService> {
  const { config, logger } = app;
  const slackServesOps = config.slack?.mode === 'http';
  let opsServer: Awaited<ReturnType<typeof startOpsServer>> | undefined;
  const started: typeof app.adapters = [];
  const watcher = config.watchKnowledge
    ? new KnowledgeWatcher({
        dir: config.knowledgeDir,
        cacheDir: config.cacheDir,
        rebuild: () => app.rebuildEngine(),
        swap: (engine) => app.service.useEngine(engine),
        logger: logger.child({ component: 'knowledge' }),
        onReload: (result) => app.ops?.metrics.reloaded(result),
      })
    : undefined;

  const stop = async () => {
    const drained = await app.service.drain(config.shutdownTimeoutMs);
    if (!drained) logger.warn({ busy: app.service.busy }, 'answers still under way at the shutdown deadline');
    watcher?.stop();
    await Promise.allSettled(started.map((a) => a.stop()));
    await opsServer?.close();
    app.close();
  };

  try {
    if (app.ops && !slackServesOps) {
      opsServer = await startOpsServer(app.ops.routes, { port: config.port, host: config.host }).catch((err) => {
        throw new StartupError(`health endpoints: ${startupReason('ops', err)}`, { cause: err });
      });
    }
    for (const adapter of app.adapters) {
      await adapter.start().catch((err: unknown) => {
        throw new StartupError(`${adapter.name}: ${startupReason(adapter.name, err)}`, { cause: err });
      });
      started.push(adapter);
    }
  } catch (err) {
    await stop();
    throw err;
  }
  watcher?.start();
  // Over HTTP, Slack's receiver serves the endpoints on its own port.
  const opsPort = opsServer?.port ?? (started.find((a) => 'port' in a) as { port?: number } | undefined)?.port;
  logger.info({ adapters: started.map((a) => a.name), opsPort, watching: Boolean(watcher) }, 'career-bot serving');
  return { opsPort, stop };
}
