import { type BaseMessageOptions, type InteractionReplyOptions, MessageFlags } from 'discord.js';

/** Every message goes out with mention parsing off: nothing the bot writes can ping anyone. */
export const NO_MENTIONS = { parse: [], repliedUser: false } as const;

/**
 * One message as the renderer makes it: plain (`content`, embeds) or Components v2 (the flag set,
 * no `content`). Sending, replying and editing all accept it as it is.
 */
export type DiscordMessage = BaseMessageOptions & { flags?: MessageFlags.IsComponentsV2 };

/** The same message, seen only by the person who asked (an interaction reply or follow-up). */
export function ephemeral(message: DiscordMessage): InteractionReplyOptions {
  return { ...message, flags: message.flags ? [message.flags, MessageFlags.Ephemeral] : MessageFlags.Ephemeral };
}
