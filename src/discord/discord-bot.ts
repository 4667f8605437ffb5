import {
  ChannelType,
  Client,
  Events,
  GatewayIntentBits,
  MessageFlags,
  Partials,
  type AutocompleteInteraction,
  type BaseMessageOptions,
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  type Message,
} from 'discord.js';
import type { Logger } from 'pino';
import { turnAfter, type Answer, type Turn } from '../answer/answer.js';
import { ConversationMemory } from '../chat/conversation-memory.js';
import { RecentAnswers } from '../chat/recent-answers.js';
import { RecentIds } from '../chat/recent-ids.js';
import { truncate } from '../chat/split-text.js';
import type { DiscordConfig } from '../config.js';
import type { CareerEngine } from '../engine.js';
import { answerMessages, BUTTON, listMessage, MESSAGE_LIMIT, NO_MENTIONS, notFoundMessage, roleCardMessage, skillCardMessage } from './render.js';

const APOLOGY = 'Sorry, something went wrong while answering. Please try again in a moment.';
/** Answer directly when this quick; otherwise defer first (Discord allows 3 s before the first response). */
const DEFER_AFTER_MS = 1500;
const AUTOCOMPLETE_CHOICES = 25;
/** How often a reply being written is edited: inside Discord's per-channel rate limit of 5 per 5 s. */
const STREAM_EDIT_INTERVAL_MS = 1200;

export interface DiscordAdapter {
  client: Client;
  start(): Promise<void>;
  stop(): Promise<void>;
}

/** Removes user, role and channel mentions and @everyone/@here from what a user typed. */
export function stripDiscordMentions(text: string): string {
  return text
    .replace(/<@[!&]?\d+>/g, ' ')
    .replace(/<#\d+>/g, ' ')
    .replace(/@(everyone|here)\b/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The Discord bot: Discord event in, one engine call, messages and embeds out. It answers DMs and
 * mentions, and the /role, /ask and /skills commands.
 */
export function createDiscordAdapter(opts: { engine: CareerEngine; config: DiscordConfig; logger: Logger }): DiscordAdapter {
  const { engine, config } = opts;
  const logger = opts.logger.child({ adapter: 'discord' });
  const client = new Client({
    // Guilds: channel and thread cache; GuildMessages: mentions in servers; DirectMessages: DMs.
    // No MessageContent: Discord includes the content of DMs and of messages that mention the bot anyway.
    intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.DirectMessages],
    partials: [Partials.Channel],
    allowedMentions: NO_MENTIONS,
    ...(config.apiUrl ? { rest: { api: config.apiUrl } } : {}),
  });
  const seenMessages = new RecentIds();
  const memory = new ConversationMemory();
  const answered = new RecentAnswers();

  function logAnswer(where: string, question: string, answer: Answer) {
    logger.info({ where, question, grounded: answer.grounded, roles: answer.roles.slice(0, 3), sources: answer.sources.map((s) => s.id) }, 'answered');
  }

  async function onMessage(message: Message) {
    if (message.author.bot || message.webhookId || message.system) return;
    const me = client.user;
    if (!me) return;
    const isDm = message.channel.type === ChannelType.DM;
    if (!isDm && !message.mentions.users.has(me.id)) return;
    // A resumed gateway replays events it thinks were missed; answer each message once.
    if (!seenMessages.firstTime(message.id)) {
      logger.info({ messageId: message.id }, 'duplicate message delivery ignored');
      return;
    }
    try {
      const question = stripDiscordMentions(message.content);
      let draft: Message | undefined;
      const answer = await streamAnswer(question, memory.get(message.channelId), async (text) => {
        if (draft) await draft.edit({ content: text, allowedMentions: NO_MENTIONS });
        else draft = await message.reply({ content: text, allowedMentions: NO_MENTIONS });
      });
      logAnswer(isDm ? 'direct_message' : 'mention', question, answer);
      const turn = turnAfter(question, answer);
      if (turn) memory.remember(message.channelId, turn);
      const feedbackKey = answered.add({ question, sources: answer.sources.map((s) => s.id) });
      const [first, ...rest] = answerMessages(answer, { feedbackKey });
      if (draft) await draft.edit({ ...first, allowedMentions: NO_MENTIONS });
      else await message.reply({ ...first, allowedMentions: NO_MENTIONS });
      for (const more of rest) if (message.channel.isSendable()) await message.channel.send(more);
    } catch (err) {
      logger.error({ err, messageId: message.id }, 'discord message handler failed');
      await message.reply({ content: APOLOGY, allowedMentions: NO_MENTIONS }).catch((e: unknown) => logger.error({ err: e }, 'could not send the apology'));
    }
  }

  /**
   * Runs the engine's stream; `show` is called with the text so far at most every
   * STREAM_EDIT_INTERVAL_MS while a model writes. Resolves to the final, checked answer.
   */
  async function streamAnswer(question: string, previous: Turn | undefined, show: (text: string) => Promise<void>): Promise<Answer> {
    let text = '';
    let shownAt = 0;
    for await (const event of engine.askStream(question, previous)) {
      if (event.type === 'final') return event.answer;
      text += event.text;
      const now = performance.now();
      if (now - shownAt >= STREAM_EDIT_INTERVAL_MS) {
        shownAt = now;
        await show(truncate(`${text} …`, MESSAGE_LIMIT));
      }
    }
    throw new Error('the answer stream ended without a final answer');
  }

  async function onAutocomplete(interaction: AutocompleteInteraction) {
    const typed = String(interaction.options.getFocused());
    const docs = interaction.commandName === 'skills' ? engine.skillLookup.suggest(typed, AUTOCOMPLETE_CHOICES) : engine.roleLookup.suggest(typed, AUTOCOMPLETE_CHOICES);
    await interaction.respond(docs.map((d) => ({ name: truncate(d.title, 100), value: d.id })));
  }

  /** Replies at once when the work is quick, otherwise defers and edits the reply when it is done. */
  async function replyWithin(interaction: ChatInputCommandInteraction, ephemeral: boolean, work: () => Promise<BaseMessageOptions[]>) {
    const flags = ephemeral ? MessageFlags.Ephemeral : undefined;
    const pending = work();
    if (interaction.deferred) {
      const [first, ...rest] = await pending;
      await interaction.editReply(first!);
      for (const more of rest) await interaction.followUp({ ...more, flags });
      return;
    }
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<undefined>((resolve) => {
      timer = setTimeout(() => resolve(undefined), DEFER_AFTER_MS);
    });
    const quick = await Promise.race([pending, late]);
    clearTimeout(timer);
    const messages: BaseMessageOptions[] = quick ?? (await interaction.deferReply({ flags }).then(() => pending));
    const [first, ...rest] = messages;
    if (interaction.deferred) await interaction.editReply(first!);
    else await interaction.reply({ ...first, flags });
    for (const more of rest) await interaction.followUp({ ...more, flags });
  }

  async function onCommand(interaction: ChatInputCommandInteraction) {
    switch (interaction.commandName) {
      case 'role': {
        const name = interaction.options.getString('name', true);
        const result = engine.role(name);
        await interaction.reply({ ...(result.found ? roleCardMessage(result.card, { share: true }) : notFoundMessage('role', name, result)), flags: MessageFlags.Ephemeral });
        return;
      }
      case 'skills': {
        const name = interaction.options.getString('name');
        if (!name) {
          const cards = engine.skillCards();
          await interaction.reply({ ...listMessage(`In-demand smart-city skills (${cards.length})`, cards, 'See which roles use one with /skills name:<skill>'), flags: MessageFlags.Ephemeral });
          return;
        }
        const result = engine.skill(name);
        await interaction.reply({ ...(result.found ? skillCardMessage(result.card, { share: true }) : notFoundMessage('skill', name, result)), flags: MessageFlags.Ephemeral });
        return;
      }
      case 'ask': {
        const question = stripDiscordMentions(interaction.options.getString('question', true));
        if (engine.generates) await interaction.deferReply({ flags: MessageFlags.Ephemeral });
        await replyWithin(interaction, true, async () => {
          const answer = await streamAnswer(question, undefined, async (text) => {
            if (interaction.deferred) await interaction.editReply({ content: text });
          });
          logAnswer('/ask', question, answer);
          const key = answered.add({ question, sources: answer.sources.map((s) => s.id) });
          return answerMessages(answer, { feedbackKey: key, share: `ask:${key}` });
        });
        return;
      }
      default:
        await interaction.reply({ content: `Unknown command /${interaction.commandName}.`, flags: MessageFlags.Ephemeral });
    }
  }

  async function onButton(interaction: ButtonInteraction) {
    const [kind, a = '', b = ''] = interaction.customId.split(':');
    if (kind === BUTTON.feedback) {
      const verdict = a === 'up' ? 'up' : 'down';
      const rated = answered.get(b);
      logger.info({ feedback: verdict, question: rated?.question, sources: rated?.sources ?? [], user: interaction.user.id }, 'answer feedback');
      const note = `\n-# Thanks for the feedback ${verdict === 'up' ? '👍' : '👎'}`;
      await interaction.update({ content: truncate(interaction.message.content, MESSAGE_LIMIT - note.length) + note, components: [], allowedMentions: NO_MENTIONS });
      return;
    }
    if (kind === BUTTON.role) {
      const result = engine.role(a);
      await interaction.reply({ ...(result.found ? roleCardMessage(result.card, { share: true }) : notFoundMessage('role', a, result)), flags: MessageFlags.Ephemeral });
      return;
    }
    if (kind === BUTTON.share) {
      const shared = await sharedMessage(a, b);
      if (!shared) {
        await interaction.reply({ content: 'That can no longer be shared; please ask again.', flags: MessageFlags.Ephemeral });
        return;
      }
      await interaction.reply(shared);
    }
  }

  /** The public version of what a Share button points at. */
  async function sharedMessage(kind: string, id: string): Promise<BaseMessageOptions | undefined> {
    if (kind === 'role' || kind === 'skill') {
      const result = kind === 'role' ? engine.role(id) : engine.skill(id);
      if (!result.found) return undefined;
      return 'sections' in result.card ? roleCardMessage(result.card) : skillCardMessage(result.card);
    }
    const asked = kind === 'ask' ? answered.get(id) : undefined;
    if (!asked) return undefined;
    return answerMessages(await engine.ask(asked.question))[0];
  }

  client.on(Events.MessageCreate, (message) => void onMessage(message));
  client.on(Events.InteractionCreate, (interaction) => {
    const work = interaction.isAutocomplete()
      ? onAutocomplete(interaction)
      : interaction.isChatInputCommand()
        ? onCommand(interaction)
        : interaction.isButton()
          ? onButton(interaction)
          : Promise.resolve();
    void work.catch(async (err: unknown) => {
      logger.error({ err, interaction: interaction.id }, 'discord interaction handler failed');
      if (interaction.isRepliable() && !interaction.replied) {
        const apology = { content: APOLOGY, flags: MessageFlags.Ephemeral } as const;
        await (interaction.deferred ? interaction.editReply({ content: APOLOGY }) : interaction.reply(apology)).catch(() => undefined);
      }
    });
  });
  client.on(Events.ShardResume, (shard, replayed) => logger.info({ shard, replayed }, 'discord gateway resumed'));
  client.on(Events.ShardReconnecting, (shard) => logger.warn({ shard }, 'discord gateway reconnecting'));
  client.on(Events.Error, (err) => logger.error({ err }, 'discord client error'));

  return {
    client,
    async start() {
      const ready = new Promise<void>((resolve) => client.once(Events.ClientReady, () => resolve()));
      await client.login(config.token);
      await ready;
      logger.info({ user: client.user?.tag, applicationId: config.applicationId }, 'discord adapter connected');
    },
    stop: () => client.destroy(),
  };
}
