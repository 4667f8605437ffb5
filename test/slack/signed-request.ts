import { createHmac } from 'node:crypto';

export interface SignedPostOptions {
  secret: string;
  /** Seconds since the epoch; defaults to now. */
  timestamp?: number;
  contentType?: string;
  retryNum?: number;
  /** Replace the signature (to send a wrong one). */
  signature?: string;
}

/** POSTs a body to the app the way Slack does: `v0=HMAC-SHA256(secret, "v0:{ts}:{body}")`. */
export async function slackPost(
  url: string,
  body: string,
  opts: SignedPostOptions,
): Promise<{ status: number; text: string; ms: number }> {
  const ts = opts.timestamp ?? Math.floor(Date.now() / 1000);
  const signature =
    opts.signature ?? `v0=${createHmac('sha256', opts.secret).update(`v0:${ts}:${body}`).digest('hex')}`;
  const headers: Record<string, string> = {
    'content-type': opts.contentType ?? 'application/json',
    'x-slack-request-timestamp': String(ts),
    'x-slack-signature': signature,
  };
  if (opts.retryNum !== undefined) {
    headers['x-slack-retry-num'] = String(opts.retryNum);
    headers['x-slack-retry-reason'] = 'http_timeout';
  }
  const started = performance.now();
  const res = await fetch(url, { method: 'POST', headers, body });
  const text = await res.text();
  return { status: res.status, text, ms: performance.now() - started };
}

export function eventBody(event: Record<string, unknown>, eventId: string): string {
  return JSON.stringify({
    token: 'legacy',
    team_id: 'T1',
    api_app_id: 'A1',
    event,
    type: 'event_callback',
    event_id: eventId,
    event_time: Math.floor(Date.now() / 1000),
    authorizations: [{ team_id: 'T1', user_id: 'UBOT', is_bot: true }],
  });
}

export function commandBody(command: string, text: string, responseUrl: string): string {
  return new URLSearchParams({
    token: 'legacy',
    team_id: 'T1',
    team_domain: 'test',
    channel_id: 'C1',
    channel_name: 'general',
    user_id: 'U1',
    user_name: 'ada',
    command,
    text,
    api_app_id: 'A1',
    response_url: responseUrl,
    trigger_id: 'trigger-1',
  }).toString();
}

export function actionBody(payload: Record<string, unknown>): string {
  return new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
}

/** A click on a message button in channel C1 by user U1, as Slack posts it (form-encoded payload). */
export function buttonClickBody(click: {
  actionId: string;
  value: string;
  responseUrl: string;
  blockId?: string;
  messageTs?: string;
  ephemeral?: boolean;
  message?: Record<string, unknown>;
  /** The element clicked: a plain button unless Slack's 👍/👎 `feedback_buttons`. */
  type?: 'button' | 'feedback_buttons';
}): string {
  const messageTs = click.messageTs ?? '1';
  return actionBody({
    type: 'block_actions',
    user: { id: 'U1' },
    api_app_id: 'A1',
    token: 'legacy',
    trigger_id: 't',
    team: { id: 'T1' },
    container: { type: 'message', message_ts: messageTs, channel_id: 'C1', is_ephemeral: click.ephemeral ?? true },
    channel: { id: 'C1', name: 'general' },
    ...(click.message ? { message: click.message } : {}),
    response_url: click.responseUrl,
    actions: [
      {
        action_id: click.actionId,
        block_id: click.blockId ?? 'answer_actions',
        value: click.value,
        type: click.type ?? 'button',
        action_ts: '1',
      },
    ],
  });
}

/** A modal's submission (`view_submission`) with the values of its inputs. */
export function viewSubmissionBody(view: {
  callbackId: string;
  privateMetadata: string;
  values: Record<string, Record<string, { type: string; value: string | null }>>;
}): string {
  return actionBody({
    type: 'view_submission',
    user: { id: 'U1' },
    api_app_id: 'A1',
    token: 'legacy',
    trigger_id: 't2',
    team: { id: 'T1' },
    view: {
      id: 'V1',
      type: 'modal',
      callback_id: view.callbackId,
      private_metadata: view.privateMetadata,
      state: { values: view.values },
      hash: 'h',
    },
  });
}
