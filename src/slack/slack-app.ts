import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { App, HTTPReceiver, type Receiver, SocketModeReceiver } from '@slack/bolt';
import type { Logger } from 'pino';
import type { SlackConfig } from '../config.js';
import type { ChatAdapter } from '../conversation/chat-adapter.js';
import type { ConversationService } from '../conversation/conversation-service.js';
import type { OpsRoute } from '../ops/ops-routes.js';
import { boltLogger } from './bolt-logger.js';
import { registerActions } from './listeners/action-listeners.js';
import { registerAgentView } from './listeners/agent-listener.js';
import { registerAssistant } from './listeners/assistant-listener.js';
import { registerCommands } from './listeners/command-listeners.js';
import { SURFACE } from './listeners/listener-context.js';
import { registerMessageListeners } from './listeners/message-listeners.js';
import { guardSocketMode } from './socket-guard.js';

export interface SlackAdapter extends ChatAdapter {
  app: App;
  /** The HTTP port once started (0 in the config picks a free one); undefined in Socket Mode. */
  port?: number;
}

/** Slack events in, conversation-service calls, Block Kit out. Socket Mode with an app token, else HTTP. */
export function createSlackAdapter(opts: {
  service: ConversationService;
  config: SlackConfig;
  logger: Logger;
  listen?: { port: number; host?: string };
  /** Extra GET endpoints served beside /slack/events in HTTP mode (health and metrics). */
  routes?: OpsRoute[];
}): SlackAdapter {
  const { service, config } = opts;
  const logger = opts.logger.child({ adapter: SURFACE });
  const clientOptions = {
    ...(config.apiUrl ? { slackApiUrl: config.apiUrl } : {}),
    // A few quick retries; the client's default keeps retrying for about half an hour.
    retryConfig: { retries: 2, factor: 2, minTimeout: 200, maxTimeout: 2000 },
  };
  const blogger = boltLogger(logger);
  let connected = false;
  let receiver: Receiver;
  if (config.mode === 'socket') {
    const socket = new SocketModeReceiver({
      appToken: config.appToken,
      logger: blogger,
      installerOptions: { clientOptions },
    });
    guardSocketMode(socket.client, logger);
    socket.client.on('connected', () => (connected = true));
    for (const state of ['reconnecting', 'disconnected']) socket.client.on(state, () => (connected = false));
    receiver = socket;
  } else {
    const customRoutes = (opts.routes ?? []).map((r) => ({
      path: r.path,
      method: ['GET'],
      handler: (req: IncomingMessage, res: ServerResponse) => void r.handler(req, res),
    }));
    receiver = new HTTPReceiver({ signingSecret: config.signingSecret, logger: blogger, customRoutes });
  }
  const app = new App({ token: config.botToken, receiver, clientOptions, logger: blogger });

  const context = { app, service, logger };
  registerMessageListeners(context);
  registerAssistant(context);
  registerAgentView(context);
  registerCommands(context);
  registerActions(context);
  app.error(async (error) => logger.error({ err: error }, 'slack app error'));

  const adapter: SlackAdapter = {
    name: SURFACE,
    app,
    async start() {
      if (config.mode === 'socket') {
        await app.start();
        return void logger.info({ mode: 'socket' }, 'slack adapter connected');
      }
      const { port = 3000, host } = opts.listen ?? {};
      const server = (await app.start(host ? { port, host } : port)) as Server;
      const address = server.address();
      adapter.port = typeof address === 'object' && address ? address.port : port;
      connected = true;
      logger.info({ mode: 'http', port: adapter.port, path: '/slack/events' }, 'slack adapter listening');
    },
    connected: () => connected,
    async stop() {
      connected = false;
      await app.stop();
    },
  };
  return adapter;
}
