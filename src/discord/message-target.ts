import { type Message, MessageFlags } from 'discord.js';
import type { ReplyTarget } from '../conversation/conversation-service.js';
import { discordMessages } from './render.js';
import type { ReplyPlace } from './reply-place.js';

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

/** Sends a reply to `place`, then edits its first message; extra pieces of a long reply follow it there. */
export function messageTarget(place: ReplyPlace): ReplyTarget<Message> {
  return {
    streamIntervalMs: STREAM_INTERVAL_MS,
    async post(reply) {
      const [first, ...rest] = discordMessages(reply);
      const sent = await place.first(first!, reply);
      for (const more of rest) await place.more(more);
      return sent;
    },
    async update(sent, reply) {
      // The v2 flag cannot be added by an edit: a plain message (a streamed draft) gets a plain answer.
      const [first, ...rest] = discordMessages(reply, { plain: !sent.flags.has(MessageFlags.IsComponentsV2) });
      await sent.edit(first!);
      for (const more of rest) await place.more(more);
    },
  };
}
