import type { webApi } from '@slack/bolt';
import type { ReplyTarget } from '../conversation/conversation-service.js';
import { slackMessage } from './blocks.js';

/** How often a message being written is updated: well inside chat.update's rate limit. */
const STREAM_INTERVAL_MS = 1000;

/** Message events that are not a person asking: edits, deletions, joins, bots. */
export const fromPerson = (m: { subtype?: string; bot_id?: string; text?: string }) =>
  m.subtype === undefined && !m.bot_id && typeof m.text === 'string';

/** Posts into one channel or thread; updates by message ts. */
export function threadTarget(client: webApi.WebClient, channel: string, threadTs?: string): ReplyTarget<string> {
  return {
    streamIntervalMs: STREAM_INTERVAL_MS,
    post: async (reply) =>
      (
        await client.chat.postMessage({
          channel,
          ...(threadTs ? { thread_ts: threadTs } : {}),
          unfurl_links: false,
          unfurl_media: false,
          ...slackMessage(reply),
        })
      ).ts!,
    update: async (ts, reply) => void (await client.chat.update({ channel, ts, ...slackMessage(reply) })),
  };
}
