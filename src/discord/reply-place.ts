import { ChannelType, type Message, PermissionFlagsBits, type ThreadChannel } from 'discord.js';
import type { Logger } from 'pino';
import { truncate } from '../chat/split-text.js';
import type { Reply } from '../replies/reply.js';
import type { DiscordMessage } from './discord-message.js';

/** Where the reply to one message goes. */
export interface ReplyPlace {
  /** Sends a reply's first message. */
  first(message: DiscordMessage, reply: Reply): Promise<Message>;
  /** Sends a further piece of a long reply after it. */
  more(message: DiscordMessage): Promise<void>;
}

/** What the bot needs to answer in a thread of its own: to start it and to write in it. */
const THREAD_PERMISSIONS = [PermissionFlagsBits.CreatePublicThreads, PermissionFlagsBits.SendMessagesInThreads];
/** Discord's limit for a thread's name. */
const THREAD_NAME_LIMIT = 100;

/** A reply to the message, in its channel. */
export function replyInPlace(message: Message): ReplyPlace {
  return {
    first: (m) => message.reply(m),
    async more(m) {
      if (message.channel.isSendable()) await message.channel.send(m);
    },
  };
}

/** True for a message in a server text channel (not a thread) where the bot may start a thread and write in it. */
export function mayOpenThread(message: Message, botId: string): boolean {
  if (message.channel.type !== ChannelType.GuildText) return false;
  return message.channel.permissionsFor(botId)?.has(THREAD_PERMISSIONS) ?? false;
}

/** A thread named after the question it answers. */
export const threadName = (question: string): string => truncate(question.trim() || 'Question', THREAD_NAME_LIMIT);

/**
 * The answer in a public thread started from the message (Discord gives the thread the message's id).
 * A notice before any answer (slow down) is a reply in place; when the thread cannot be started
 * (permissions changed, it exists already) the answer is too.
 */
export function replyInThread(message: Message, name: string, logger: Logger): ReplyPlace {
  const inPlace = replyInPlace(message);
  let thread: Promise<ThreadChannel | undefined> | undefined;
  const open = () =>
    (thread ??= message.startThread({ name }).catch((err: unknown) => {
      logger.warn({ err }, 'could not start a thread; replying in place');
      return undefined;
    }));
  return {
    async first(m, reply) {
      if (reply.kind === 'notice') return inPlace.first(m, reply);
      const opened = await open();
      return opened ? opened.send(m) : inPlace.first(m, reply);
    },
    async more(m) {
      const opened = await thread;
      await (opened ? opened.send(m) : inPlace.more(m));
    },
  };
}
