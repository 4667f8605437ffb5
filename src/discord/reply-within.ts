import { type ChatInputCommandInteraction, MessageFlags, type RepliableInteraction } from 'discord.js';
import { type DiscordMessage, ephemeral } from './discord-message.js';

/** Answer directly when this quick; otherwise defer first (Discord allows 3 s before the first response). */
const DEFER_AFTER_MS = 1500;

/** Responds with the first message and sends the others as follow-ups, all private or all public. */
export async function replyAll(
  interaction: RepliableInteraction,
  messages: DiscordMessage[],
  opts: { ephemeral: boolean },
): Promise<void> {
  const shown = (m: DiscordMessage) => (opts.ephemeral ? ephemeral(m) : m);
  const [first, ...rest] = messages;
  await interaction.reply(shown(first!));
  for (const more of rest) await interaction.followUp(shown(more));
}

/** Replies (ephemerally) at once when the work is quick, otherwise defers and edits the reply when done. */
export async function replyWithin(
  interaction: ChatInputCommandInteraction,
  work: () => Promise<DiscordMessage[]>,
): Promise<void> {
  const pending = work();
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<undefined>((resolve) => {
    timer = setTimeout(() => resolve(undefined), DEFER_AFTER_MS);
  });
  const quick = await Promise.race([pending, late]);
  clearTimeout(timer);
  if (quick) return replyAll(interaction, quick, { ephemeral: true });
  await interaction.deferReply({ flags: MessageFlags.Ephemeral });
  const [first, ...rest] = await pending;
  // The deferred reply is still empty, so its edit may carry the v2 flag.
  await interaction.editReply(first!);
  for (const more of rest) await interaction.followUp(ephemeral(more));
}
