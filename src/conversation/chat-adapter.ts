/**
 * A chat platform, as main.ts sees it: something to start and stop. Each adapter translates its
 * platform's events into ConversationService calls and renders the replies; the output operations
 * (post, update, and streaming through them) are a `ReplyTarget` it builds per incoming message.
 */
export interface ChatAdapter {
  readonly name: string;
  start(): Promise<void>;
  /** Connected to the platform (or, over HTTP, listening): what /readyz and the metrics report. */
  connected(): boolean;
  stop(): Promise<void>;
}
