import type { webApi } from '@slack/bolt';
import { stripMentions } from './mrkdwn.js';

/**
 * The questions people asked earlier in a Slack thread, oldest first, read back with
 * conversations.replies: follow-up context that survives a restart of the bot.
 */
export async function threadQuestions(
  client: webApi.WebClient,
  at: { channel: string; threadTs: string; beforeTs: string; botUserId?: string },
): Promise<string[]> {
  const replies = await client.conversations.replies({ channel: at.channel, ts: at.threadTs, limit: 50 });
  return (replies.messages ?? [])
    .filter(
      (m) => m.ts !== undefined && Number(m.ts) < Number(at.beforeTs) && !m.bot_id && m.user !== at.botUserId && m.text,
    )
    .map((m) => stripMentions(m.text!))
    .filter(Boolean);
}
