import { Assistant } from '@slack/bolt';
import { truncate } from '../../chat/split-text.js';
import { GREETING } from '../../replies/wording.js';
import { withFollowUpPrompts } from '../follow-up-target.js';
import { fromPerson, threadTarget } from '../slack-reply-target.js';
import { LOADING_MESSAGES, SUGGESTED_PROMPTS } from '../suggested-prompts.js';
import { guarded, type ListenerContext } from './listener-context.js';
import { incoming } from './message-listeners.js';

/** Threads titled in this process: a thread is titled from its first question only. */
const TITLED_MAX = 10_000;

/**
 * The legacy assistant pane: a greeting with suggested prompts; each question titles a new thread,
 * shows a status with loading messages while it is answered, and leaves follow-up prompts.
 */
export function registerAssistant({ app, service, logger }: ListenerContext): void {
  const titled = new Set<string>();
  app.assistant(
    new Assistant({
      threadStarted: async ({ say, setSuggestedPrompts }) => {
        const greet = async () => {
          await say(GREETING);
          await setSuggestedPrompts({ title: 'Try one of these:', prompts: SUGGESTED_PROMPTS });
        };
        await guarded(logger, 'assistant_thread_started', greet, (text) => say(text));
      },
      userMessage: async ({ message, body, setStatus, setTitle, context }) => {
        const m = message as { text: string; channel: string; ts: string; thread_ts: string; user?: string };
        if (!fromPerson(message as { subtype?: string })) return;
        const thread = `${m.channel}:${m.thread_ts}`;
        if (!titled.has(thread)) {
          if (titled.size >= TITLED_MAX) titled.clear();
          titled.add(thread);
          await setTitle(truncate(m.text, 60)).catch((err: unknown) => logger.warn({ err }, 'thread title not set'));
        }
        await setStatus({ status: 'is thinking…', loading_messages: LOADING_MESSAGES });
        const eventId = (body as { event_id?: unknown }).event_id;
        const question = incoming(app, m, {
          where: 'assistant',
          eventId,
          threadTs: m.thread_ts,
          botUserId: context.botUserId,
        });
        const teamId = (body as { team_id?: string }).team_id;
        const recipient = teamId && m.user ? { teamId, userId: m.user } : undefined;
        const target = threadTarget(app.client, m.channel, m.thread_ts, recipient);
        await service.handleMessage(
          question,
          withFollowUpPrompts(target, app.client, service, { channel: m.channel, threadTs: m.thread_ts }),
        );
      },
    }),
  );
}
