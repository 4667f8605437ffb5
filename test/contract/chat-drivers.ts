import type { Logger } from 'pino';
import { createDiscordAdapter, type DiscordAdapter } from '../../src/discord/discord-bot.js';
import { createSlackAdapter, type SlackAdapter } from '../../src/slack/slack-app.js';
import type { Stores } from '../../src/stores/stores.js';
import {
  APP_ID,
  BOT_USER,
  CHANNEL_ID,
  FakeDiscord,
  HUMAN,
  interactionPayload,
  messagePayload,
} from '../discord/fake-discord.js';
import { buttonIds, type MessageBody, textOf } from '../discord/message-body.js';
import { FakeSlack } from '../slack/fake-slack.js';
import { buttonClickBody, commandBody, eventBody, slackPost } from '../slack/signed-request.js';
import { type createEngine, createService } from '../support/engine.js';
import { waitFor } from '../support/wait-for.js';

type Engine = Awaited<ReturnType<typeof createEngine>>;
type Button = { id: string; value: string };

/** One chat platform driven through its real client library against its local fake. */
export interface ChatDriver {
  name: string;
  /** A new service object over `stores` and a new adapter; the old ones are stopped first. */
  start(stores: Stores): Promise<void>;
  stop(): Promise<void>;
  /**
   * A person asks; `thread` continues an earlier question's conversation (its delivery id); `user`
   * is who asks (one regular person by default), in the shared channel.
   */
  ask(text: string, deliveryId: string, thread?: string, user?: 'first' | 'second'): Promise<void>;
  /** The final answers posted so far (streaming drafts excluded), as the text people see. */
  answers(): string[];
  /** The buttons under the last answer posted. */
  lastButtons(): Button[];
  /** Clicks a button under a message; resolves when the platform got the bot's response. */
  click(button: Button): Promise<string>;
  /** Asks through the ask command; returns the buttons of the (private) reply. */
  askCommand(question: string): Promise<Button[]>;
  /** Everything the bot sent, for "never pings" checks. */
  sent(): string;
}

export async function slackDriver(engine: Engine, logger: Logger): Promise<ChatDriver> {
  const fake = await FakeSlack.start();
  const secret = 'contract-secret';
  let adapter: SlackAdapter | undefined;
  let url = '';
  let n = 0;
  const tsOf = new Map<string, string>();
  const posts = () => fake.callsTo('chat.postMessage').filter((c) => Array.isArray(c.args.blocks));
  type Element = {
    action_id: string;
    value: string;
    positive_button?: { value: string };
    negative_button?: { value: string };
  };
  // Slack's 👍/👎 element becomes two buttons here, named as the contract expects.
  const buttonsIn = (blocks: unknown): Button[] =>
    ((blocks ?? []) as { type: string; elements?: Element[] }[])
      .filter((b) => b.type === 'actions' || b.type === 'context_actions')
      .flatMap((b) => b.elements ?? [])
      .flatMap((e) =>
        e.positive_button && e.negative_button
          ? [
              { id: 'feedback_up', value: e.positive_button.value },
              { id: 'feedback_down', value: e.negative_button.value },
            ]
          : [{ id: e.action_id, value: e.value }],
      );
  const form = { secret, contentType: 'application/x-www-form-urlencoded' as const };
  return {
    name: 'slack',
    async start(stores) {
      await adapter?.stop();
      const service = await createService({ engine, stores, logger });
      const config = { mode: 'http' as const, botToken: 'xoxb-contract', signingSecret: secret, apiUrl: fake.apiUrl };
      adapter = createSlackAdapter({ service, config, logger, listen: { port: 0, host: '127.0.0.1' } });
      await adapter.start();
      url = `http://127.0.0.1:${adapter.port}/slack/events`;
    },
    async stop() {
      await adapter?.stop();
      await fake.stop();
    },
    async ask(text, deliveryId, thread, user = 'first') {
      const ts = tsOf.get(deliveryId) ?? `1700001000.${String(++n).padStart(6, '0')}`;
      tsOf.set(deliveryId, ts);
      const threadTs = thread ? tsOf.get(thread) : undefined;
      const who = user === 'first' ? 'U1' : 'U2';
      const event = { type: 'app_mention', user: who, text: `<@UBOT> ${text}`, ts, channel: 'C1', event_ts: ts };
      await slackPost(url, eventBody({ ...event, ...(threadTs ? { thread_ts: threadTs } : {}) }, deliveryId), {
        secret,
      });
    },
    answers: () => posts().map((c) => String(c.args.text)),
    lastButtons: () => buttonsIn(posts().at(-1)?.args.blocks),
    async click(button) {
      const id = `click${++n}`;
      const last = posts().at(-1);
      const before = fake.callsTo('chat.postMessage').length + fake.callsTo('chat.update').length;
      await slackPost(
        url,
        buttonClickBody({
          ...(button.id.startsWith('feedback_')
            ? { actionId: 'feedback', type: 'feedback_buttons' as const, blockId: 'answer_feedback' }
            : { actionId: button.id }),
          value: button.value,
          responseUrl: fake.responseUrl(id),
          messageTs: String(last?.args.ts ?? '1'),
        }),
        form,
      );
      const response = await waitFor(() => fake.responses.find((r) => r.id === id), 5000, 'button response');
      const posted = fake.callsTo('chat.postMessage').length + fake.callsTo('chat.update').length > before;
      return posted ? JSON.stringify(fake.calls.at(-1)?.args) : JSON.stringify(response.body);
    },
    async askCommand(question) {
      const id = `cmd${++n}`;
      await slackPost(url, commandBody('/ask', question, fake.responseUrl(id)), form);
      const reply = await waitFor(() => fake.responses.find((r) => r.id === id), 5000, 'command reply');
      return buttonsIn(reply.body.blocks);
    },
    sent: () => JSON.stringify([fake.calls.map((c) => c.args), fake.responses.map((r) => r.body)]),
  };
}

export async function discordDriver(engine: Engine, logger: Logger): Promise<ChatDriver> {
  const fake = await FakeDiscord.start();
  let adapter: DiscordAdapter | undefined;
  const idOf = new Map<string, string>();
  // Final answers: v2 messages, or plain ones with buttons or sources (a streamed draft has neither).
  const replies = () =>
    fake
      .callsTo('POST', new RegExp(`^/channels/${CHANNEL_ID}/messages$`))
      .concat(fake.callsTo('PATCH', new RegExp(`^/channels/${CHANNEL_ID}/messages/\\d+$`)))
      .sort((a, b) => a.at - b.at)
      .map((c) => c.body as MessageBody)
      .filter((b) => (b.components?.length ?? 0) > 0 || b.content?.includes('Sources:'));
  const buttonsIn = (body: MessageBody | undefined): Button[] => buttonIds(body).map((id) => ({ id, value: id }));
  const callbackFor = async (id: string) =>
    (
      await waitFor(
        () =>
          fake
            .callsTo('POST', /^\/interactions\/\d+\/[^/]+\/callback$/)
            .find((c) => c.path.startsWith(`/interactions/${id}/`)),
        5000,
        'interaction callback',
      )
    ).body as { type: number; data?: MessageBody & { custom_id?: string } };
  return {
    name: 'discord',
    async start(stores) {
      await adapter?.stop();
      const service = await createService({ engine, stores, logger });
      adapter = createDiscordAdapter({
        service,
        config: { token: 'contract-token', applicationId: APP_ID, apiUrl: fake.apiUrl },
        logger,
      });
      await adapter.start();
    },
    async stop() {
      await adapter?.stop();
      await fake.stop();
    },
    async ask(text, deliveryId, _thread, user = 'first') {
      const id = idOf.get(deliveryId) ?? `95${String(idOf.size).padStart(16, '0')}`;
      idOf.set(deliveryId, id);
      const author = user === 'first' ? HUMAN : { ...HUMAN, id: '900000000000000077', username: 'second' };
      // In a channel, one person's messages are one conversation; `thread` needs nothing more here.
      fake.dispatch(
        'MESSAGE_CREATE',
        messagePayload({ content: `<@${BOT_USER.id}> ${text}`, mentionsBot: true, id, author }),
      );
    },
    answers: () => replies().map(textOf),
    lastButtons: () => buttonsIn(replies().at(-1)),
    async click(button) {
      const message = fake.message(CHANNEL_ID, replies().at(-1) ?? {});
      const click = interactionPayload(3, { custom_id: button.value, component_type: 2 }, { message });
      fake.dispatch('INTERACTION_CREATE', click);
      const response = await callbackFor(click.id as string);
      if (response.type !== 9) return JSON.stringify(response);
      // 👎 opened the form: the person sends it without saying more, as they may.
      const field = { type: 4, id: 2, custom_id: 'reason', value: '' };
      const components = [{ type: 18, id: 1, component: field }];
      const submit = interactionPayload(5, { custom_id: response.data?.custom_id, components }, { message });
      fake.dispatch('INTERACTION_CREATE', submit);
      return JSON.stringify(await callbackFor(submit.id as string));
    },
    async askCommand(question) {
      const options = [{ name: 'question', type: 3, value: question }];
      const ask = interactionPayload(2, { id: '3', name: 'ask', type: 1, options });
      fake.dispatch('INTERACTION_CREATE', ask);
      return buttonsIn((await callbackFor(ask.id as string)).data);
    },
    sent: () => JSON.stringify(fake.calls.map((c) => c.body)),
  };
}
