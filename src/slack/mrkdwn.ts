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

/** Converts the Markdown the core writes (bold, links, bullets, headings) to Slack mrkdwn. */
export function markdownToMrkdwn(markdown: string): string {
  return escapeMrkdwn(markdown)
    .replace(/\[([^\]]+)\]\((https?:\/\/[^)\s]+)\)/g, '<$2|$1>')
    .replace(/\*\*(.+?)\*\*/g, '*$1*')
    .replace(/^#{1,6}\s+(.*)$/gm, '*$1*')
    .replace(/^(\s*)[-*]\s+/gm, '$1• ');
}

/** Plain-text fallback for notifications: no Markdown markers. */
export function markdownToPlain(markdown: string): string {
  return markdown
    .replace(/\[([^\]]+)\]\([^)]+\)/g, '$1')
    .replace(/\*\*(.+?)\*\*/g, '$1')
    .replace(/^#{1,6}\s+/gm, '');
}
