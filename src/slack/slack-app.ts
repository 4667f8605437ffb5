import type { Server } from 'node:http';
import { App, Assistant, HTTPReceiver, SocketModeReceiver, type Receiver } from '@slack/bolt';
import type { Logger } from 'pino';
import { turnAfter, type Answer, type Turn } from '../answer/answer.js';
import { ConversationMemory } from '../chat/conversation-memory.js';
import { RecentIds } from '../chat/recent-ids.js';
import type { SlackConfig } from '../config.js';
import type { CareerEngine } from '../engine.js';
import {
  ACTIONS,
  answerMessage,
  listMessage,
  notFoundMessage,
  roleCardMessage,
  skillCardMessage,
  withFeedbackThanks,
  type KnownBlock,
  type ShareTarget,
  type SlackMessage,
} from './blocks.js';
import { boltLogger } from './bolt-logger.js';
import { stripMentions } from './mrkdwn.js';
import { previousTurnInThread } from './thread-history.js';

const APOLOGY = 'Sorry, something went wrong while answering. Please try again in a moment.';
/** How often a message being written is updated: well inside chat.update's rate limit. */
const STREAM_UPDATE_INTERVAL_MS = 1000;

const SUGGESTED_PROMPTS = [
  { title: 'What does an urban mechanic do?', message: 'What does an urban mechanic do?' },
  { title: 'Which roles need machine learning?', message: 'Which roles need machine learning?' },
  { title: 'I studied psychology, where do I fit?', message: 'I studied psychology, where do I fit?' },
  { title: 'Which skills are in demand?', message: 'Which skills do smart-city employers look for?' },
];

export interface SlackAdapter {
  app: App;
  /** Starts listening: HTTP on `port` (0 picks a free one), or the Socket Mode connection. */
  start(port?: number, host?: string): Promise<{ port?: number }>;
  stop(): Promise<void>;
}

/** Message events Slack sends that are not a person asking: edits, deletions, joins, bots. */
function isFromPerson(message: { subtype?: string; bot_id?: string; text?: string }): boolean {
  return message.subtype === undefined && !message.bot_id && typeof message.text === 'string';
}

function parseShare(value: string | undefined): ShareTarget | undefined {
  try {
    const v = JSON.parse(value ?? '') as ShareTarget;
    return v.k === 'ask' || v.k === 'role' || v.k === 'skill' ? v : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The Slack app: Slack events in, one core call, Block Kit out. Socket Mode when an app token is
 * configured, otherwise HTTP with signature checks (both done by Bolt).
 */
export function createSlackAdapter(opts: { engine: CareerEngine; config: SlackConfig; logger: Logger }): SlackAdapter {
  const { engine, config } = opts;
  const logger = opts.logger.child({ adapter: 'slack' });
  const blogger = boltLogger(logger);
  const clientOptions = {
    ...(config.apiUrl ? { slackApiUrl: config.apiUrl } : {}),
    // A few quick retries; the client's default keeps retrying for about half an hour.
    retryConfig: { retries: 2, factor: 2, minTimeout: 200, maxTimeout: 2000 },
  };
  const receiver: Receiver =
    config.mode === 'socket'
      ? new SocketModeReceiver({ appToken: config.appToken, logger: blogger, installerOptions: { clientOptions } })
      : new HTTPReceiver({ signingSecret: config.signingSecret, logger: blogger });
  const app = new App({ token: config.botToken, receiver, clientOptions, logger: blogger });

  const seenEvents = new RecentIds();
  const dmMemory = new ConversationMemory();

  /** Runs a handler; on failure logs it and tells the user, so nothing fails silently. */
  async function guarded(where: string, work: () => Promise<void>, apologize: (text: string) => Promise<unknown>) {
    try {
      await work();
    } catch (err) {
      logger.error({ err, where }, 'slack handler failed');
      await apologize(APOLOGY).catch((e: unknown) => logger.error({ err: e, where }, 'could not send the apology'));
    }
  }

  function logAnswer(where: string, question: string, answer: Answer) {
    logger.info({ where, question, grounded: answer.grounded, roles: answer.roles.slice(0, 3), sources: answer.sources.map((s) => s.id) }, 'answered');
  }

  /**
   * Posts an answer: at once when it is extractive; when a model writes it, a first message as soon
   * as text arrives, throttled updates while it streams, and the final, checked answer last.
   */
  async function deliverAnswer(
    where: string,
    question: string,
    previous: Turn | undefined,
    out: { post(message: SlackMessage | { text: string }): Promise<{ ts?: string }>; update(ts: string, message: SlackMessage | { text: string }): Promise<unknown> },
  ) {
    let ts: string | undefined;
    let text = '';
    let lastUpdate = 0;
    for await (const event of engine.askStream(question, previous)) {
      if (event.type === 'delta') {
        text += event.text;
        const now = performance.now();
        if (!ts) {
          ts = (await out.post({ text: `${text} …` })).ts;
          lastUpdate = now;
        } else if (now - lastUpdate >= STREAM_UPDATE_INTERVAL_MS) {
          await out.update(ts, { text: `${text} …` });
          lastUpdate = now;
        }
        continue;
      }
      logAnswer(where, question, event.answer);
      const message = answerMessage(event.answer, question);
      if (ts) await out.update(ts, message);
      else await out.post(message);
      return event.answer;
    }
    return undefined;
  }

  // Slack retries an event it thinks was not acknowledged; answer each event id once.
  app.use(async ({ body, next }) => {
    const eventId = (body as { event_id?: unknown }).event_id;
    if (typeof eventId === 'string' && !seenEvents.firstTime(eventId)) {
      logger.info({ eventId }, 'duplicate event delivery ignored');
      return;
    }
    await next();
  });

  app.event('app_mention', async ({ event, client, context }) => {
    if (event.bot_id || event.subtype) return;
    const threadTs = event.thread_ts ?? event.ts;
    const post = (message: SlackMessage | { text: string }) =>
      client.chat.postMessage({ channel: event.channel, thread_ts: threadTs, unfurl_links: false, unfurl_media: false, ...message });
    await guarded('app_mention', async () => {
      const question = stripMentions(event.text);
      const previous = event.thread_ts
        ? await previousTurnInThread({ client, engine, channel: event.channel, threadTs: event.thread_ts, beforeTs: event.ts, botUserId: context.botUserId })
        : undefined;
      await deliverAnswer('app_mention', question, previous, {
        post,
        update: (ts, message) => client.chat.update({ channel: event.channel, ts, ...message }),
      });
    }, (text) => post({ text }));
  });

  // Direct messages outside assistant threads (those go to the Assistant below).
  app.message(async ({ message, say, client }) => {
    if (message.channel_type !== 'im' || !isFromPerson(message as { subtype?: string })) return;
    const m = message as { text: string; channel: string; ts: string; thread_ts?: string };
    const reply = (msg: SlackMessage | { text: string }) => say({ ...msg, ...(m.thread_ts ? { thread_ts: m.thread_ts } : {}) });
    await guarded('direct_message', async () => {
      const question = stripMentions(m.text);
      const key = `${m.channel}:${m.thread_ts ?? ''}`;
      const answer = await deliverAnswer('direct_message', question, dmMemory.get(key), {
        post: reply,
        update: (ts, msg) => client.chat.update({ channel: m.channel, ts, ...msg }),
      });
      const turn = answer && turnAfter(question, answer);
      if (turn) dmMemory.remember(key, turn);
    }, (text) => reply({ text }));
  });

  app.assistant(
    new Assistant({
      threadStarted: async ({ say, setSuggestedPrompts }) => {
        await guarded('assistant_thread_started', async () => {
          await say("Hi! I answer questions about smart-city careers: roles, skills, and where your background fits.");
          await setSuggestedPrompts({ title: 'Try one of these:', prompts: SUGGESTED_PROMPTS });
        }, (text) => say(text));
      },
      userMessage: async ({ message, say, setStatus, client, context }) => {
        if (!isFromPerson(message as { subtype?: string })) return;
        const m = message as { text: string; channel: string; ts: string; thread_ts: string };
        await guarded('assistant_user_message', async () => {
          await setStatus('is thinking…');
          const question = stripMentions(m.text);
          const previous = await previousTurnInThread({ client, engine, channel: m.channel, threadTs: m.thread_ts, beforeTs: m.ts, botUserId: context.botUserId });
          await deliverAnswer('assistant', question, previous, {
            post: say,
            update: (ts, msg) => client.chat.update({ channel: m.channel, ts, ...msg }),
          });
        }, (text) => say(text));
      },
    }),
  );

  /** The reply to /role or /skills: a list without a name, a card, or suggestions. */
  function lookupReply(kind: 'role' | 'skill', name: string): SlackMessage {
    if (!name) {
      return kind === 'role'
        ? listMessage(`Smart-city roles (${engine.kb.roles.length})`, engine.roleCards(), 'Open one with /role <name>, e.g. /role urban-mechanic')
        : listMessage(`In-demand smart-city skills (${engine.kb.skills.length})`, engine.skillCards(), 'See which roles use one with /skills <name>, e.g. /skills machine learning');
    }
    if (kind === 'role') {
      const result = engine.role(name);
      return result.found ? roleCardMessage(result.card, { share: true }) : notFoundMessage('role', name, result);
    }
    const result = engine.skill(name);
    return result.found ? skillCardMessage(result.card, { share: true }) : notFoundMessage('skill', name, result);
  }

  for (const [command, kind] of [['/role', 'role'], ['/skills', 'skill']] as const) {
    app.command(command, async ({ command: body, ack, respond }) => {
      await ack();
      await guarded(command, async () => {
        await respond({ response_type: 'ephemeral', ...lookupReply(kind, stripMentions(body.text)) });
      }, (text) => respond({ response_type: 'ephemeral', text }));
    });
  }

  app.command('/career', async ({ command, ack, respond }) => {
    await ack();
    await guarded('/career', async () => {
      const question = stripMentions(command.text);
      const answer = await engine.ask(question);
      logAnswer('/career', question, answer);
      await respond({ response_type: 'ephemeral', ...answerMessage(answer, question, { share: true }) });
    }, (text) => respond({ response_type: 'ephemeral', text }));
  });

  app.action({ type: 'block_actions', action_id: /^feedback_(up|down)$/ }, async ({ ack, body, action, client, respond }) => {
    await ack();
    const verdict = action.action_id === ACTIONS.feedbackUp ? 'up' : 'down';
    const value = 'value' in action ? action.value : undefined;
    let recorded: { q?: string; s?: string[] } = {};
    try {
      recorded = JSON.parse(value ?? '{}') as typeof recorded;
    } catch {
      // A malformed value still counts as a vote; the log says what was missing.
    }
    logger.info({ feedback: verdict, question: recorded.q, sources: recorded.s ?? [], user: body.user.id }, 'answer feedback');
    await guarded('feedback', async () => {
      const message = body.message as { ts: string; text?: string; blocks?: KnownBlock[] } | undefined;
      const blocks = withFeedbackThanks(message?.blocks ?? [], verdict);
      if (body.container?.is_ephemeral || !message || !body.channel) {
        await respond({ replace_original: true, text: message?.text ?? 'Thanks for the feedback', blocks });
      } else {
        await client.chat.update({ channel: body.channel.id, ts: message.ts, text: message.text ?? 'Thanks for the feedback', blocks });
      }
    }, (text) => respond({ response_type: 'ephemeral', replace_original: false, text }));
  });

  app.action({ type: 'block_actions', action_id: /^open_role/ }, async ({ ack, action, respond }) => {
    await ack();
    await guarded('open_role', async () => {
      const id = 'value' in action ? (action.value ?? '') : '';
      await respond({ response_type: 'ephemeral', replace_original: false, ...lookupReply('role', id) });
    }, (text) => respond({ response_type: 'ephemeral', replace_original: false, text }));
  });

  app.action({ type: 'block_actions', action_id: ACTIONS.share }, async ({ ack, action, body, client, respond }) => {
    await ack();
    await guarded('share', async () => {
      const target = parseShare('value' in action ? action.value : undefined);
      const message = target ? await sharedMessage(target) : undefined;
      if (!message || !body.channel) {
        await respond({ response_type: 'ephemeral', replace_original: false, text: 'That can no longer be shared; please ask again.' });
        return;
      }
      await client.chat.postMessage({ channel: body.channel.id, unfurl_links: false, ...message });
      await respond({ delete_original: true });
    }, (text) => respond({ response_type: 'ephemeral', replace_original: false, text }));
  });

  async function sharedMessage(target: ShareTarget): Promise<SlackMessage | undefined> {
    if (target.k === 'ask') return answerMessage(await engine.ask(target.q), target.q);
    const result = target.k === 'role' ? engine.role(target.id) : engine.skill(target.id);
    if (!result.found) return undefined;
    return 'sections' in result.card ? roleCardMessage(result.card) : skillCardMessage(result.card);
  }

  app.error(async (error) => {
    logger.error({ err: error }, 'slack app error');
  });

  return {
    app,
    async start(port = 3000, host?: string) {
      if (config.mode === 'socket') {
        await app.start();
        logger.info({ mode: 'socket' }, 'slack adapter connected');
        return {};
      }
      const server = (await app.start(host ? { port, host } : port)) as Server;
      const address = server.address();
      const actual = typeof address === 'object' && address ? address.port : port;
      logger.info({ mode: 'http', port: actual, path: '/slack/events' }, 'slack adapter listening');
      return { port: actual };
    },
    stop: () => app.stop() as Promise<void>,
  };
}

