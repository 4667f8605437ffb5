import type { webApi } from '@slack/bolt';
import type { NativeStream, ReplyTarget } from '../conversation/conversation-service.js';
import type { Reply } from '../replies/reply.js';
import { answerEndBlocks, slackMessage } from './blocks.js';

/** How often a message being written is updated: well inside chat.update's rate limit. */
const STREAM_INTERVAL_MS = 1000;
/** Characters gathered before each chat.appendStream call. */
const STREAM_BUFFER_CHARS = 40;

/** Message events that are not a person asking: edits, deletions, joins, bots. */
export const fromPerson = (m: { subtype?: string; bot_id?: string; text?: string }) =>
  m.subtype === undefined && !m.bot_id && typeof m.text === 'string';

/** Who a stream is for: Slack requires it when streaming into a channel thread. */
export interface StreamRecipient {
  teamId: string;
  userId: string;
}

/**
 * Slack's own text streaming (chat.startStream / appendStream / stopStream through the client's
 * ChatStreamer). The stream ends with the answer's sources and 👍/👎 when the checked answer is what
 * was streamed; when the check changed it, the message is replaced by the checked answer.
 */
function slackStream(
  client: webApi.WebClient,
  channel: string,
  threadTs: string,
  recipient: StreamRecipient | undefined,
): NativeStream<string> {
  const streamer = client.chatStream({
    channel,
    thread_ts: threadTs,
    // The client holds text back until this much has come: a few words a call, well inside appendStream's limit.
    buffer_size: STREAM_BUFFER_CHARS,
    ...(recipient ? { recipient_team_id: recipient.teamId, recipient_user_id: recipient.userId } : {}),
  });
  let streamed = '';
  return {
    async append(text) {
      streamed += text;
      await streamer.append({ markdown_text: text });
    },
    async finish(reply: Reply) {
      const unchanged = reply.kind === 'answer' && reply.answer.body.trim() === streamed.trim();
      await streamer.stop(unchanged ? { blocks: answerEndBlocks(reply.answer, reply.actions) } : {});
      if (!unchanged && streamer.ts) await client.chat.update({ channel, ts: streamer.ts, ...slackMessage(reply) });
    },
    ref: () => streamer.ts,
  };
}

/** Posts into one channel or thread; updates by message ts; streams natively inside a thread. */
export function threadTarget(
  client: webApi.WebClient,
  channel: string,
  threadTs?: string,
  recipient?: StreamRecipient,
): ReplyTarget<string> {
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
    ...(threadTs ? { stream: () => slackStream(client, channel, threadTs, recipient) } : {}),
  };
}
