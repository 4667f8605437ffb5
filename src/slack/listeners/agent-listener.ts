import { SUGGESTED_PROMPTS } from '../suggested-prompts.js';
import type { ListenerContext } from './listener-context.js';

/**
 * The agent messaging experience: opening the app's Messages tab sets the opening suggested
 * prompts; the conversation itself arrives as direct messages.
 */
export function registerAgentView({ app, logger }: ListenerContext): void {
  app.event('app_home_opened', async ({ event, client }) => {
    if (event.tab !== 'messages') return;
    await client.assistant.threads
      .setSuggestedPrompts({ channel_id: event.channel, title: 'Try one of these:', prompts: SUGGESTED_PROMPTS })
      .catch((err: unknown) => logger.warn({ err }, 'suggested prompts not set'));
  });
}
