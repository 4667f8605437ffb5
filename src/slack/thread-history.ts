import type { webApi } from '@slack/bolt';
import type { Turn } from '../answer/answer.js';
import type { CareerEngine } from '../engine.js';
import { stripMentions } from './mrkdwn.js';

/**
 * The previous question asked in a Slack thread, read back with conversations.replies, so a follow-up
 * keeps its subject even after a restart. Its roles are recomputed offline: no model call.
 */
export async function previousTurnInThread(opts: {
  client: webApi.WebClient;
  engine: CareerEngine;
  channel: string;
  threadTs: string;
  beforeTs: string;
  botUserId?: string;
}): Promise<Turn | undefined> {
  const { client, engine, channel, threadTs, beforeTs, botUserId } = opts;
  const replies = await client.conversations.replies({ channel, ts: threadTs, limit: 50 });
  const earlier = (replies.messages ?? []).filter(
    (m) => m.ts !== undefined && Number(m.ts) < Number(beforeTs) && !m.bot_id && m.user !== botUserId && m.text,
  );
  for (const message of earlier.reverse()) {
    const question = stripMentions(message.text!);
    if (!question) continue;
    const answer = await engine.askOffline(question);
    if (answer.grounded) return { question, roles: answer.roles };
  }
  return undefined;
}
