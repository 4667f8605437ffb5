import type { BaseMessageOptions, Message } from 'discord.js';
import type { ReplyTarget } from '../conversation/conversation-service.js';
import { discordMessages } from './render.js';

/** How often a reply being written is edited: inside Discord's per-channel rate limit of 5 per 5 s. */
const STREAM_INTERVAL_MS = 1200;

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
export function messageTarget(message: Message): ReplyTarget<Message> {
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
