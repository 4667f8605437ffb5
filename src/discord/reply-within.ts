import { type BaseMessageOptions, type ChatInputCommandInteraction, MessageFlags } from 'discord.js';

/** Answer directly when this quick; otherwise defer first (Discord allows 3 s before the first response). */
const DEFER_AFTER_MS = 1500;

/** Replies (ephemerally) at once when the work is quick, otherwise defers and edits the reply when done. */
export async function replyWithin(
  interaction: ChatInputCommandInteraction,
  work: () => Promise<BaseMessageOptions[]>,
): Promise<void> {
  const flags = MessageFlags.Ephemeral;
  const pending = work();
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<undefined>((resolve) => {
    timer = setTimeout(() => resolve(undefined), DEFER_AFTER_MS);
  });
  const quick = await Promise.race([pending, late]);
  clearTimeout(timer);
  const messages: BaseMessageOptions[] = quick ?? (await interaction.deferReply({ flags }).then(() => pending));
  const [first, ...rest] = messages;
  if (interaction.deferred) await interaction.editReply(first!);
  else await interaction.reply({ ...first!, flags });
  for (const more of rest) await interaction.followUp({ ...more, flags });
}
