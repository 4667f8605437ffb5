import { type Message, MessageFlags } from 'discord.js';
import type { ReplyTarget } from '../conversation/conversation-service.js';
import type { DiscordMessage } from './discord-message.js';
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
  const sendRest = async (rest: DiscordMessage[]) => {
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
      // The v2 flag cannot be added by an edit: a plain message (a streamed draft) gets a plain answer.
      const [first, ...rest] = discordMessages(reply, { plain: !sent.flags.has(MessageFlags.IsComponentsV2) });
      await sent.edit(first!);
      await sendRest(rest);
    },
  };
}
