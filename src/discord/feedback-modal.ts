import { LabelBuilder, ModalBuilder, type ModalSubmitInteraction, TextInputBuilder, TextInputStyle } from 'discord.js';

/** The form's id is this prefix and the rated answer's key (Discord allows 100 characters). */
export const FEEDBACK_MODAL = 'fbr';
const REASON_INPUT = 'reason';
/** As long as the store keeps (`ConversationService.feedbackReason`). */
const REASON_LIMIT = 1000;

/** The small form a 👎 opens: what was wrong, optional, kept with the feedback for the admin's report. */
export function feedbackModal(answerKey: string): ModalBuilder {
  return new ModalBuilder()
    .setCustomId(`${FEEDBACK_MODAL}:${answerKey}`)
    .setTitle('What was wrong?')
    .addLabelComponents(
      new LabelBuilder()
        .setLabel('Tell us what the answer got wrong or left out')
        .setTextInputComponent(
          new TextInputBuilder()
            .setCustomId(REASON_INPUT)
            .setStyle(TextInputStyle.Paragraph)
            .setRequired(false)
            .setMaxLength(REASON_LIMIT),
        ),
    );
}

/** The rated answer's key when this submission is the feedback form's. */
export function feedbackFormKey(customId: string): string | undefined {
  const prefix = `${FEEDBACK_MODAL}:`;
  return customId.startsWith(prefix) && customId.length > prefix.length ? customId.slice(prefix.length) : undefined;
}

/** What the person typed, empty when they sent the form blank. */
export const reasonFrom = (interaction: ModalSubmitInteraction): string =>
  interaction.fields.getTextInputValue(REASON_INPUT).trim();
