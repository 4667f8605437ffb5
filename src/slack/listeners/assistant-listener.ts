import { Assistant } from '@slack/bolt';
import { GREETING } from '../../replies/wording.js';
import { fromPerson, threadTarget } from '../slack-reply-target.js';
import { SUGGESTED_PROMPTS } from '../suggested-prompts.js';
import { guarded, type ListenerContext } from './listener-context.js';
import { incoming } from './message-listeners.js';

/** The assistant pane: a greeting with suggested prompts, then a "thinking" status before each answer. */
export function registerAssistant({ app, service, logger }: ListenerContext): void {
  app.assistant(
    new Assistant({
      threadStarted: async ({ say, setSuggestedPrompts }) => {
        const greet = async () => {
          await say(GREETING);
          await setSuggestedPrompts({ title: 'Try one of these:', prompts: SUGGESTED_PROMPTS });
        };
        await guarded(logger, 'assistant_thread_started', greet, (text) => say(text));
      },
      userMessage: async ({ message, body, setStatus, context }) => {
        const m = message as { text: string; channel: string; ts: string; thread_ts: string; user?: string };
        if (!fromPerson(message as { subtype?: string })) return;
        await setStatus('is thinking…');
        const eventId = (body as { event_id?: unknown }).event_id;
        const question = incoming(app, m, {
          where: 'assistant',
          eventId,
          threadTs: m.thread_ts,
          botUserId: context.botUserId,
        });
        const teamId = (body as { team_id?: string }).team_id;
        const recipient = teamId && m.user ? { teamId, userId: m.user } : undefined;
        await service.handleMessage(question, threadTarget(app.client, m.channel, m.thread_ts, recipient));
      },
    }),
  );
}
