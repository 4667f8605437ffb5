import type { App } from '@slack/bolt';
import type { IncomingMessage } from '../../conversation/conversation-service.js';
import { withFollowUpPrompts } from '../follow-up-target.js';
import { stripMentions } from '../mrkdwn.js';
import { fromPerson, threadTarget } from '../slack-reply-target.js';
import { threadQuestions } from '../thread-history.js';
import { type ListenerContext, SURFACE } from './listener-context.js';

type SlackText = { channel: string; ts: string; thread_ts?: string; text: string; user?: string };

/** A Slack message as the service's incoming message; follow-ups belong to the thread (or the DM). */
export function incoming(
  app: App,
  m: SlackText,
  at: { where: string; eventId: unknown; threadTs?: string; botUserId?: string },
): IncomingMessage {
  return {
    surface: SURFACE,
    where: at.where,
    deliveryId: typeof at.eventId === 'string' ? at.eventId : undefined,
    conversation: `${m.channel}:${at.threadTs ?? m.user ?? ''}`,
    user: m.user ?? '',
    text: stripMentions(m.text),
    history: m.thread_ts
      ? () =>
          threadQuestions(app.client, {
            channel: m.channel,
            threadTs: m.thread_ts!,
            beforeTs: m.ts,
            botUserId: at.botUserId,
          })
      : undefined,
  };
}

/** Mentions in channels (answered in a thread under the message) and direct messages. */
export function registerMessageListeners({ app, service }: ListenerContext): void {
  app.event('app_mention', async ({ event, body, context }) => {
    if (event.bot_id || event.subtype) return;
    const threadTs = event.thread_ts ?? event.ts;
    const message = incoming(app, event, {
      where: 'app_mention',
      eventId: body.event_id,
      threadTs,
      botUserId: context.botUserId,
    });
    const recipient = event.user ? { teamId: body.team_id, userId: event.user } : undefined;
    await service.handleMessage(message, threadTarget(app.client, event.channel, threadTs, recipient));
  });

  // Direct messages outside assistant threads (those go to the assistant listener).
  app.message(async ({ message, body }) => {
    const m = message as SlackText & { channel_type?: string };
    if (m.channel_type !== 'im' || !fromPerson(message as { subtype?: string })) return;
    const question = incoming(app, m, { where: 'direct_message', eventId: body.event_id, threadTs: m.thread_ts });
    const recipient = m.user ? { teamId: body.team_id, userId: m.user } : undefined;
    const target = threadTarget(app.client, m.channel, m.thread_ts, recipient);
    // A DM is the agent surface: answers leave suggested next questions.
    await service.handleMessage(
      question,
      withFollowUpPrompts(target, app.client, service, { channel: m.channel, threadTs: m.thread_ts }),
    );
  });
}
