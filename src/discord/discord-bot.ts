import {
  type BaseMessageOptions,
  type ButtonInteraction,
  ChannelType,
  type ChatInputCommandInteraction,
  Client,
  Events,
  GatewayIntentBits,
  type Interaction,
  type Message,
  MessageFlags,
  Partials,
} from 'discord.js';
import type { Logger } from 'pino';
import { truncate } from '../chat/split-text.js';
import type { DiscordConfig } from '../config.js';
import type { ChatAdapter } from '../conversation/chat-adapter.js';
import type { ConversationService, ReplyTarget } from '../conversation/conversation-service.js';
import { APOLOGY, SHARE_EXPIRED } from '../replies/wording.js';
import { BUTTON, discordMessages, NO_MENTIONS, withFeedbackThanks } from './render.js';
import { replyWithin } from './reply-within.js';

/** How often a reply being written is edited: inside Discord's per-channel rate limit of 5 per 5 s. */
const STREAM_INTERVAL_MS = 1200;
const AUTOCOMPLETE_CHOICES = 25;
const SURFACE = 'discord';
const EPHEMERAL = MessageFlags.Ephemeral;

export interface DiscordAdapter extends ChatAdapter {
  client: Client;
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

/** Replies to a message, then edits that reply; extra pieces of a long answer follow in the channel. */
function messageTarget(message: Message): ReplyTarget<Message> {
  const sendRest = async (rest: BaseMessageOptions[]) => {
    for (const more of rest) if (message.channel.isSendable()) await message.channel.send(more);
  };
  return {
    streamIntervalMs: STREAM_INTERVAL_MS,
    async post(reply) {
      const [first, ...rest] = discordMessages(reply);
      const sent = await message.reply(first!);
      await sendRest(rest);
      return sent;
    },
    async update(sent, reply) {
      const [first, ...rest] = discordMessages(reply);
      await sent.edit(first!);
      await sendRest(rest);
    },
  };
}

/** Discord events in, conversation-service calls, messages and embeds out: DMs, mentions, commands, buttons. */
export function createDiscordAdapter(opts: {
  service: ConversationService;
  config: DiscordConfig;
  logger: Logger;
}): DiscordAdapter {
  const { service, config } = opts;
  const logger = opts.logger.child({ adapter: SURFACE });
  const client = new Client({
    // Guilds: channel and thread cache; GuildMessages: mentions in servers; DirectMessages: DMs.
    // No MessageContent: Discord includes the content of DMs and of messages that mention the bot anyway.
    intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.DirectMessages],
    partials: [Partials.Channel],
    allowedMentions: NO_MENTIONS,
    ...(config.apiUrl ? { rest: { api: config.apiUrl } } : {}),
  });

  async function onMessage(message: Message) {
    if (message.author.bot || message.webhookId || message.system || !client.user) return;
    const isDm = message.channel.type === ChannelType.DM;
    if (!isDm && !message.mentions.users.has(client.user.id)) return;
    await service.handleMessage(
      {
        surface: SURFACE,
        where: isDm ? 'direct_message' : 'mention',
        deliveryId: message.id,
        // A thread is one conversation; elsewhere each person keeps their own in a channel.
        conversation: message.channel.isThread() ? message.channelId : `${message.channelId}:${message.author.id}`,
        user: message.author.id,
        text: stripDiscordMentions(message.content),
      },
      messageTarget(message),
    );
  }

  async function onCommand(interaction: ChatInputCommandInteraction) {
    const command = service.commands.find(interaction.commandName);
    const args = Object.fromEntries(
      (command?.options ?? []).map((o) => [o.name, interaction.options.getString(o.name) ?? undefined]),
    );
    if (args.question) args.question = stripDiscordMentions(args.question);
    const caller = { surface: SURFACE, user: interaction.user.id };
    await replyWithin(interaction, () =>
      service.runCommand(interaction.commandName, args, caller).then(discordMessages),
    );
  }

  async function onButton(interaction: ButtonInteraction) {
    const [kind, ...rest] = interaction.customId.split(':');
    const caller = { surface: SURFACE, user: interaction.user.id };
    if (kind === BUTTON.feedback) {
      const [verdict, key = ''] = rest;
      service.feedback(key, verdict === 'up' ? 'up' : 'down', caller);
      return void (await interaction.update(
        withFeedbackThanks(interaction.message.content, verdict === 'up' ? 'up' : 'down'),
      ));
    }
    if (kind === BUTTON.role) {
      const [first] = discordMessages(await service.runCommand('role', { name: rest.join(':') }, caller));
      return void (await interaction.reply({ ...first!, flags: EPHEMERAL }));
    }
    if (kind === BUTTON.share) {
      const reply = await service.share(rest.join(':'), caller);
      await interaction.reply(reply ? discordMessages(reply)[0]! : { content: SHARE_EXPIRED, flags: EPHEMERAL });
    }
  }

  async function onInteraction(interaction: Interaction) {
    if (interaction.isAutocomplete()) {
      const focused = interaction.options.getFocused(true);
      const names = service.complete(
        interaction.commandName,
        focused.name,
        String(focused.value),
        AUTOCOMPLETE_CHOICES,
      );
      await interaction.respond(names.map((n) => ({ name: truncate(n.title, 100), value: n.id })));
    } else if (interaction.isChatInputCommand()) await onCommand(interaction);
    else if (interaction.isButton()) await onButton(interaction);
  }

  client.on(Events.MessageCreate, (message) => void onMessage(message));
  client.on(Events.InteractionCreate, (interaction) => {
    void onInteraction(interaction).catch(async (err: unknown) => {
      logger.error({ err }, 'discord interaction handler failed');
      if (!interaction.isRepliable() || interaction.replied) return;
      await (interaction.deferred
        ? interaction.editReply({ content: APOLOGY })
        : interaction.reply({ content: APOLOGY, flags: EPHEMERAL })
      ).catch(() => undefined);
    });
  });
  client.on(Events.ShardResume, (shard, replayed) => logger.info({ shard, replayed }, 'discord gateway resumed'));
  client.on(Events.ShardReconnecting, (shard) => logger.warn({ shard }, 'discord gateway reconnecting'));
  client.on(Events.Error, (err) => logger.error({ err }, 'discord client error'));

  return {
    name: SURFACE,
    client,
    async start() {
      const ready = new Promise<void>((resolve) => client.once(Events.ClientReady, () => resolve()));
      await client.login(config.token);
      await ready;
      logger.info({ applicationId: config.applicationId }, 'discord adapter connected');
    },
    stop: () => client.destroy(),
  };
}
