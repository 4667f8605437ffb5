import type { webApi } from '@slack/bolt';
import { followUpPrompts } from '../answer/follow-up-prompts.js';
import type { ConversationService, ReplyTarget } from '../conversation/conversation-service.js';

/**
 * In the agent and assistant surfaces, an answer about a role is followed by suggested next
 * questions (its skills, a related role, a comparison) in place of the opening ones.
 */
export function withFollowUpPrompts(
  target: ReplyTarget<string>,
  client: webApi.WebClient,
  service: ConversationService,
  where: { channel: string; threadTs?: string },
): ReplyTarget<string> {
  return {
    ...target,
    async delivered(reply) {
      if (reply.kind !== 'answer') return;
      const prompts = followUpPrompts(reply.answer, service.engine.kb);
      if (prompts.length === 0) return;
      await client.assistant.threads.setSuggestedPrompts({
        channel_id: where.channel,
        ...(where.threadTs ? { thread_ts: where.threadTs } : {}),
        title: 'Ask next:',
        prompts,
      });
    },
  };
}
