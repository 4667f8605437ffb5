import { ChannelType, Client, Events, GatewayIntentBits, type Message, MessageFlags, Partials } from 'discord.js';
import type { Logger } from 'pino';
import type { DiscordConfig } from '../config.js';
import type { ChatAdapter } from '../conversation/chat-adapter.js';
import type { ConversationService } from '../conversation/conversation-service.js';
import { APOLOGY } from '../replies/wording.js';
import { NO_MENTIONS } from './discord-message.js';
import { onInteraction } from './interactions.js';
import { messageTarget, stripDiscordMentions } from './message-target.js';
import { mayOpenThread, replyInPlace, replyInThread, threadName } from './reply-place.js';

const SURFACE = 'discord';
const EPHEMERAL = MessageFlags.Ephemeral;

export interface DiscordAdapter extends ChatAdapter {
  client: Client;
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
    const text = stripDiscordMentions(message.content);
    const opensThread = mayOpenThread(message, client.user.id);
    // A thread is one conversation, the one an answer opens too (its id is the message's); elsewhere
    // each person keeps their own in a channel.
    const conversation = opensThread
      ? message.id
      : message.channel.isThread()
        ? message.channelId
        : `${message.channelId}:${message.author.id}`;
    const place = opensThread ? replyInThread(message, threadName(text), logger) : replyInPlace(message);
    await service.handleMessage(
      {
        surface: SURFACE,
        where: isDm ? 'direct_message' : opensThread ? 'mention_thread' : 'mention',
        deliveryId: message.id,
        conversation,
        user: message.author.id,
        text,
      },
      messageTarget(place),
    );
  }

  client.on(Events.MessageCreate, (message) => void onMessage(message));
  client.on(Events.InteractionCreate, (interaction) => {
    void onInteraction(service, interaction).catch(async (err: unknown) => {
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
    connected: () => client.isReady(),
    stop: () => client.destroy(),
  };
}
