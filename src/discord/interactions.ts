import {
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  type Interaction,
  MessageFlags,
  type ModalSubmitInteraction,
} from 'discord.js';
import { truncate } from '../chat/split-text.js';
import type { ConversationService } from '../conversation/conversation-service.js';
import { feedbackThanks, SHARE_EXPIRED } from '../replies/wording.js';
import { BUTTON } from './buttons.js';
import { ephemeral } from './discord-message.js';
import { feedbackFormKey, feedbackModal, reasonFrom } from './feedback-modal.js';
import { withFeedbackThanks } from './feedback-thanks.js';
import { stripDiscordMentions } from './message-target.js';
import { discordMessages } from './render.js';
import { replyAll, replyWithin } from './reply-within.js';

const SURFACE = 'discord';
const AUTOCOMPLETE_CHOICES = 25;

async function onCommand(service: ConversationService, interaction: ChatInputCommandInteraction) {
  const command = service.commands.find(interaction.commandName);
  // What a person typed never carries a mention into a reply, whichever option it was typed in.
  const typed = (name: string) => {
    const value = interaction.options.getString(name);
    return value === null ? undefined : stripDiscordMentions(value);
  };
  const args = Object.fromEntries((command?.options ?? []).map((o) => [o.name, typed(o.name)]));
  const caller = { surface: SURFACE, user: interaction.user.id };
  await replyWithin(interaction, () => service.runCommand(interaction.commandName, args, caller).then(discordMessages));
}

async function onButton(service: ConversationService, interaction: ButtonInteraction) {
  const [kind, ...rest] = interaction.customId.split(':');
  const caller = { surface: SURFACE, user: interaction.user.id };
  if (kind === BUTTON.feedback) {
    const [verdict, key = ''] = rest;
    service.feedback(key, verdict === 'up' ? 'up' : 'down', caller);
    // A 👎 asks what was wrong; the message is thanked when the form is sent (a modal is the only response).
    if (verdict !== 'up') return void (await interaction.showModal(feedbackModal(key)));
    return void (await interaction.update(withFeedbackThanks(interaction.message, 'up')));
  }
  if (kind === BUTTON.role) {
    const card = await service.runCommand('role', { name: rest.join(':') }, caller);
    return void (await replyAll(interaction, discordMessages(card), { ephemeral: true }));
  }
  if (kind === BUTTON.share) {
    const reply = await service.share(rest.join(':'), caller);
    if (reply) await replyAll(interaction, discordMessages(reply), { ephemeral: false });
    else await interaction.reply({ content: SHARE_EXPIRED, flags: MessageFlags.Ephemeral });
  }
}

/** The 👎 form sent: its reason kept with the feedback the click recorded, then the message thanked. */
async function onModal(service: ConversationService, interaction: ModalSubmitInteraction) {
  const key = feedbackFormKey(interaction.customId);
  if (key === undefined) return;
  service.feedbackReason(key, { surface: SURFACE, user: interaction.user.id }, reasonFrom(interaction));
  if (interaction.isFromMessage()) await interaction.update(withFeedbackThanks(interaction.message, 'down'));
  else await interaction.reply(ephemeral({ content: feedbackThanks('down') }));
}

/** Autocomplete, slash commands, buttons and the feedback form, each translated to one service call. */
export async function onInteraction(service: ConversationService, interaction: Interaction) {
  if (interaction.isAutocomplete()) {
    const focused = interaction.options.getFocused(true);
    const names = service.complete(interaction.commandName, focused.name, String(focused.value), AUTOCOMPLETE_CHOICES);
    await interaction.respond(names.map((n) => ({ name: truncate(n.title, 100), value: n.id })));
  } else if (interaction.isChatInputCommand()) await onCommand(service, interaction);
  else if (interaction.isButton()) await onButton(service, interaction);
  else if (interaction.isModalSubmit()) await onModal(service, interaction);
}
