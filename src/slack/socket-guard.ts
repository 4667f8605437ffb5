import type { SocketModeReceiver } from '@slack/bolt';
import type { Logger } from 'pino';

/** Why an envelope cannot be handled, or undefined when it can. */
export function envelopeProblem(raw: string): string | undefined {
  let envelope: unknown;
  try {
    envelope = JSON.parse(raw);
  } catch {
    return undefined; // The client ignores text that is not JSON itself.
  }
  if (!envelope || typeof envelope !== 'object') return 'not an object';
  const { type, payload } = envelope as { type?: unknown; payload?: unknown };
  if (type !== 'events_api') return undefined;
  if (!payload || typeof payload !== 'object') return 'events_api envelope without a payload';
  const event = (payload as { event?: unknown }).event;
  if (!event || typeof event !== 'object' || typeof (event as { type?: unknown }).type !== 'string')
    return 'events_api envelope without an event type';
  return undefined;
}

/**
 * The Socket Mode client reads `payload.event.type` unchecked inside an async listener, so one
 * malformed envelope becomes an unhandled rejection that ends the process. Its message listeners
 * are wrapped: malformed envelopes are logged and dropped, and any other failure in handling one
 * message is logged instead of escaping.
 */
export function guardSocketMode(client: SocketModeReceiver['client'], logger: Logger): void {
  type Listener = (data: unknown, isBinary: boolean) => unknown;
  for (const original of client.listeners('ws_message') as Listener[]) {
    client.off('ws_message', original);
    client.on('ws_message', (data: unknown, isBinary: boolean) => {
      const raw = isBinary ? undefined : typeof data === 'string' ? data : Buffer.from(data as Buffer).toString('utf8');
      const problem = raw === undefined ? undefined : envelopeProblem(raw);
      if (problem) {
        logger.warn({ problem }, 'malformed Socket Mode envelope ignored');
        return;
      }
      Promise.resolve()
        .then(() => original(data, isBinary))
        .catch((err: unknown) => logger.error({ err }, 'Socket Mode message handling failed'));
    });
  }
}
