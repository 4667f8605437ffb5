/** How long a delivery id is remembered: Slack retries for about an hour, gateways replay within minutes. */
export const SEEN_TTL_MS = 24 * 60 * 60_000;
/** How long a conversation's last turn counts as context for a follow-up. */
export const CONVERSATION_TTL_MS = 60 * 60_000;
