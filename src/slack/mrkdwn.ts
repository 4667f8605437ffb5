import type { SpanStyle } from '../answer/answer-markdown.js';

/**
 * Text for Slack: the core's Markdown turned into mrkdwn, and user text made harmless so nothing the
 * bot posts can ping a channel, a group or a person.
 */

/** Slack's three control characters; escaped, "<!here>" is shown as text and pings nobody. */
export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * Removes mentions from text a user typed: `<@U123>`, `<!here>`, `<!channel>`, `<!everyone>`,
 * `<!subteam^S1>`; keeps channel names and link labels as plain words. Bare "@here" loses its "@".
 */
export function stripMentions(text: string): string {
  return text
    .replace(/<[@!][^>]*>/g, ' ')
    .replace(/<#[A-Z0-9]+\|([^>]*)>/g, '#$1')
    .replace(/<(?:https?|mailto):[^|>]*\|([^>]*)>/g, '$1')
    .replace(/<((?:https?|mailto):[^>]*)>/g, '$1')
    .replace(/@(here|channel|everyone)\b/gi, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Slack mrkdwn for answer parts: user-visible text escaped, bold as *x*, bullets as •. */
export const MRKDWN: SpanStyle = {
  text: escapeMrkdwn,
  strong: (t) => `*${escapeMrkdwn(t)}*`,
  code: (t) => `\`${escapeMrkdwn(t)}\``,
  bullet: '• ',
};
