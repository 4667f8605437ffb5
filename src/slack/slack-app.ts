import type { Server } from 'node:http';
import { App, Assistant, HTTPReceiver, type Receiver, SocketModeReceiver } from '@slack/bolt';
import type { Logger } from 'pino';
import { argsFromText } from '../commands/command.js';
import type { SlackConfig } from '../config.js';
import type { ChatAdapter } from '../conversation/chat-adapter.js';
import type { ConversationService, IncomingMessage } from '../conversation/conversation-service.js';
import { APOLOGY, GREETING, SHARE_EXPIRED } from '../replies/wording.js';
import { ACTIONS, type KnownBlock, slackMessage, withFeedbackThanks } from './blocks.js';
import { boltLogger } from './bolt-logger.js';
import { stripMentions } from './mrkdwn.js';
import { fromPerson, threadTarget } from './slack-reply-target.js';
import { SUGGESTED_PROMPTS } from './suggested-prompts.js';
import { threadQuestions } from './thread-history.js';

const SURFACE = 'slack';

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
}): SlackAdapter {
  const { service, config } = opts;
  const logger = opts.logger.child({ adapter: SURFACE });
  const clientOptions = {
    ...(config.apiUrl ? { slackApiUrl: config.apiUrl } : {}),
    // A few quick retries; the client's default keeps retrying for about half an hour.
    retryConfig: { retries: 2, factor: 2, minTimeout: 200, maxTimeout: 2000 },
  };
  const blogger = boltLogger(logger);
  const receiver: Receiver =
    config.mode === 'socket'
      ? new SocketModeReceiver({ appToken: config.appToken, logger: blogger, installerOptions: { clientOptions } })
      : new HTTPReceiver({ signingSecret: config.signingSecret, logger: blogger });
  const app = new App({ token: config.botToken, receiver, clientOptions, logger: blogger });

  /** Buttons and commands: a failure is logged and the person told, never silent. */
  const guarded = async (where: string, work: () => Promise<unknown>, tell: (text: string) => Promise<unknown>) => {
    try {
      await work();
    } catch (err) {
      logger.error({ err, where }, 'slack handler failed');
      await tell(APOLOGY).catch(() => undefined);
    }
  };

  const ask = (
    m: { channel: string; ts: string; thread_ts?: string; text: string; user?: string },
    where: string,
    eventId: unknown,
    threadTs: string | undefined,
    botUserId?: string,
  ): IncomingMessage => ({
    surface: SURFACE,
    where,
    deliveryId: typeof eventId === 'string' ? eventId : undefined,
    conversation: `${m.channel}:${threadTs ?? m.user ?? ''}`,
    user: m.user ?? '',
    text: stripMentions(m.text),
    history: m.thread_ts
      ? () => threadQuestions(app.client, { channel: m.channel, threadTs: m.thread_ts!, beforeTs: m.ts, botUserId })
      : undefined,
  });

  app.event('app_mention', async ({ event, body, context }) => {
    if (event.bot_id || event.subtype) return;
    const threadTs = event.thread_ts ?? event.ts;
    await service.handleMessage(
      ask(event, 'app_mention', body.event_id, threadTs, context.botUserId),
      threadTarget(app.client, event.channel, threadTs),
    );
  });

  // Direct messages outside assistant threads (those go to the Assistant below).
  app.message(async ({ message, body }) => {
    const m = message as {
      channel_type?: string;
      text: string;
      channel: string;
      ts: string;
      thread_ts?: string;
      user?: string;
    };
    if (m.channel_type !== 'im' || !fromPerson(message as { subtype?: string })) return;
    await service.handleMessage(
      ask(m, 'direct_message', body.event_id, m.thread_ts, undefined),
      threadTarget(app.client, m.channel, m.thread_ts),
    );
  });

  app.assistant(
    new Assistant({
      threadStarted: async ({ say, setSuggestedPrompts }) => {
        await guarded(
          'assistant_thread_started',
          async () => {
            await say(GREETING);
            await setSuggestedPrompts({ title: 'Try one of these:', prompts: SUGGESTED_PROMPTS });
          },
          (text) => say(text),
        );
      },
      userMessage: async ({ message, body, setStatus, context }) => {
        const m = message as { text: string; channel: string; ts: string; thread_ts: string; user?: string };
        if (!fromPerson(message as { subtype?: string })) return;
        await setStatus('is thinking…');
        await service.handleMessage(
          ask(m, 'assistant', (body as { event_id?: unknown }).event_id, m.thread_ts, context.botUserId),
          threadTarget(app.client, m.channel, m.thread_ts),
        );
      },
    }),
  );

  for (const command of service.commands.all) {
    for (const name of [command.name, ...(command.aliases ?? [])]) {
      app.command(`/${name}`, async ({ command: body, ack, respond }) => {
        await ack();
        await guarded(
          `/${name}`,
          async () => {
            const args = argsFromText(command, stripMentions(body.text), { engine: service.engine });
            const reply = await service.runCommand(command.name, args, { surface: SURFACE, user: body.user_id });
            await respond({ response_type: 'ephemeral', ...slackMessage(reply) });
          },
          (text) => respond({ response_type: 'ephemeral', text }),
        );
      });
    }
  }

  app.action({ type: 'block_actions', action_id: /^feedback_(up|down)$/ }, async ({ ack, body, action, respond }) => {
    await ack();
    const verdict = action.action_id === ACTIONS.feedbackUp ? 'up' : 'down';
    service.feedback('value' in action ? (action.value ?? '') : '', verdict, { surface: SURFACE, user: body.user.id });
    await guarded(
      'feedback',
      async () => {
        const message = body.message as { ts: string; text?: string; blocks?: KnownBlock[] } | undefined;
        const thanked = {
          text: message?.text ?? 'Thanks for the feedback',
          blocks: withFeedbackThanks(message?.blocks ?? [], verdict),
        };
        if (body.container?.is_ephemeral || !message || !body.channel)
          await respond({ replace_original: true, ...thanked });
        else await app.client.chat.update({ channel: body.channel.id, ts: message.ts, ...thanked });
      },
      (text) => respond({ response_type: 'ephemeral', replace_original: false, text }),
    );
  });

  app.action({ type: 'block_actions', action_id: /^open_role/ }, async ({ ack, action, body, respond }) => {
    await ack();
    await guarded(
      'open_role',
      async () => {
        const reply = await service.runCommand(
          'role',
          { name: 'value' in action ? (action.value ?? '') : '' },
          { surface: SURFACE, user: body.user.id },
        );
        await respond({ response_type: 'ephemeral', replace_original: false, ...slackMessage(reply) });
      },
      (text) => respond({ response_type: 'ephemeral', replace_original: false, text }),
    );
  });

  app.action({ type: 'block_actions', action_id: ACTIONS.share }, async ({ ack, action, body, respond }) => {
    await ack();
    await guarded(
      'share',
      async () => {
        const reply = await service.share('value' in action ? (action.value ?? '') : '', {
          surface: SURFACE,
          user: body.user.id,
        });
        if (!reply || !body.channel)
          return void (await respond({ response_type: 'ephemeral', replace_original: false, text: SHARE_EXPIRED }));
        await app.client.chat.postMessage({ channel: body.channel.id, unfurl_links: false, ...slackMessage(reply) });
        await respond({ delete_original: true });
      },
      (text) => respond({ response_type: 'ephemeral', replace_original: false, text }),
    );
  });

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
      logger.info({ mode: 'http', port: adapter.port, path: '/slack/events' }, 'slack adapter listening');
    },
    stop: () => app.stop() as Promise<void>,
  };
  return adapter;
}
