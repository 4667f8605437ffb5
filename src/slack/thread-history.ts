import type { webApi } from '@slack/bolt';
import { turnAfter, type Turn } from '../answer/answer.js';
import type { CareerEngine } from '../engine.js';
import { stripMentions } from './mrkdwn.js';

/**
 * The context a follow-up in a Slack thread needs, read back with conversations.replies so it survives
 * restarts: the thread's earlier questions replayed offline (no model call), in order.
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
  // The thread's questions are replayed in order, offline, so a follow-up of a follow-up keeps the
  // subject the first question set.
  let previous: Turn | undefined;
  for (const message of earlier) {
    const question = stripMentions(message.text!);
    if (!question) continue;
    previous = turnAfter(question, await engine.askOffline(question, previous)) ?? previous;
  }
  return previous;
}
