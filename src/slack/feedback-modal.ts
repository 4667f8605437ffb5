import type { types } from '@slack/bolt';

export const FEEDBACK_MODAL = 'feedback_reason';
const REASON_BLOCK = 'reason';
const REASON_INPUT = 'reason_text';

/** The small form a 👎 opens: what was wrong, optional, kept with the feedback for the admin's report. */
export function feedbackModal(answerKey: string): types.ModalView {
  return {
    type: 'modal',
    callback_id: FEEDBACK_MODAL,
    private_metadata: answerKey,
    title: { type: 'plain_text', text: 'What was wrong?' },
    submit: { type: 'plain_text', text: 'Send' },
    close: { type: 'plain_text', text: 'Skip' },
    blocks: [
      {
        type: 'input',
        block_id: REASON_BLOCK,
        optional: true,
        label: { type: 'plain_text', text: 'Tell us what the answer got wrong or left out' },
        element: { type: 'plain_text_input', action_id: REASON_INPUT, multiline: true, max_length: 1000 },
      },
    ],
  };
}

/** The reason typed into the modal, if any. */
export function reasonFrom(values: Record<string, Record<string, { value?: string | null }>>): string | undefined {
  return values[REASON_BLOCK]?.[REASON_INPUT]?.value?.trim() || undefined;
}

/** `up:<key>` or `down:<key>` from a feedback element's value. */
export function parseFeedbackValue(value: string): { verdict: 'up' | 'down'; key: string } | undefined {
  const m = /^(up|down):(.+)$/.exec(value);
  return m ? { verdict: m[1] as 'up' | 'down', key: m[2]! } : undefined;
}
