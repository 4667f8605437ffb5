import type { BlockAction, RespondFn } from '@slack/bolt';
import { SHARE_EXPIRED } from '../../replies/wording.js';
import { ACTIONS, type KnownBlock, slackMessage, withFeedbackThanks } from '../blocks.js';
import { FEEDBACK_MODAL, feedbackModal, parseFeedbackValue, reasonFrom } from '../feedback-modal.js';
import { guarded, type ListenerContext, SURFACE } from './listener-context.js';

const buttonValue = (action: object) => ('value' in action && typeof action.value === 'string' ? action.value : '');

/** Buttons: feedback, opening a related role, and sharing an ephemeral reply in the channel. */
export function registerActions({ app, service, logger }: ListenerContext): void {
  /** Records a verdict and thanks the person in place of the buttons. */
  async function onFeedback(verdict: 'up' | 'down', key: string, body: BlockAction, respond: RespondFn): Promise<void> {
    service.feedback(key, verdict, { surface: SURFACE, user: body.user.id });
    const thank = async () => {
      const message = body.message as { ts: string; text?: string; blocks?: KnownBlock[] } | undefined;
      const blocks = withFeedbackThanks(message?.blocks ?? [], verdict);
      const thanked = { text: message?.text ?? 'Thanks for the feedback', blocks };
      if (body.container?.is_ephemeral || !message || !body.channel)
        await respond({ replace_original: true, ...thanked });
      else await app.client.chat.update({ channel: body.channel.id, ts: message.ts, ...thanked });
    };
    await guarded(logger, 'feedback', thank, (text) =>
      respond({ response_type: 'ephemeral', replace_original: false, text }),
    );
  }

  app.action({ type: 'block_actions', action_id: ACTIONS.feedback }, async ({ ack, body, action, client, respond }) => {
    await ack();
    const parsed = parseFeedbackValue(buttonValue(action));
    if (!parsed) return;
    // The modal must open within 3 s of the click (its trigger id expires): before the thanks.
    if (parsed.verdict === 'down')
      await client.views
        .open({ trigger_id: body.trigger_id, view: feedbackModal(parsed.key) })
        .catch((err: unknown) => logger.warn({ err }, 'feedback form not opened'));
    await onFeedback(parsed.verdict, parsed.key, body, respond);
  });

  app.action({ type: 'block_actions', action_id: /^feedback_(up|down)$/ }, async ({ ack, body, action, respond }) => {
    await ack();
    await onFeedback(action.action_id === ACTIONS.feedbackUp ? 'up' : 'down', buttonValue(action), body, respond);
  });

  app.view(FEEDBACK_MODAL, async ({ ack, view, body }) => {
    await ack();
    const reason = reasonFrom(view.state.values);
    if (reason) service.feedbackReason(view.private_metadata, { surface: SURFACE, user: body.user.id }, reason);
  });

  app.action({ type: 'block_actions', action_id: /^open_role/ }, async ({ ack, action, body, respond }) => {
    await ack();
    const open = async () => {
      const reply = await service.runCommand(
        'role',
        { name: buttonValue(action) },
        { surface: SURFACE, user: body.user.id },
      );
      await respond({ response_type: 'ephemeral', replace_original: false, ...slackMessage(reply) });
    };
    await guarded(logger, 'open_role', open, (text) =>
      respond({ response_type: 'ephemeral', replace_original: false, text }),
    );
  });

  app.action({ type: 'block_actions', action_id: ACTIONS.share }, async ({ ack, action, body, respond }) => {
    await ack();
    const share = async () => {
      const reply = await service.share(buttonValue(action), { surface: SURFACE, user: body.user.id });
      if (!reply || !body.channel) {
        await respond({ response_type: 'ephemeral', replace_original: false, text: SHARE_EXPIRED });
        return;
      }
      await app.client.chat.postMessage({ channel: body.channel.id, unfurl_links: false, ...slackMessage(reply) });
      await respond({ delete_original: true });
    };
    await guarded(logger, 'share', share, (text) =>
      respond({ response_type: 'ephemeral', replace_original: false, text }),
    );
  });
}
