import { EmbedBuilder } from 'discord.js';
import type { Answer } from '../answer/answer.js';
import { MARKDOWN, renderBlocks } from '../answer/answer-markdown.js';
import { splitText, truncate } from '../chat/split-text.js';
import type { Reply, ReplyActions } from '../replies/reply.js';
import { listTitle, notFoundText } from '../replies/wording.js';
import { actionButtons, type Button, roleButtons, rowsOf } from './buttons.js';
import { type DiscordMessage, NO_MENTIONS } from './discord-message.js';
import { answerSourcesLine, answerV2, roleCardV2, skillCardV2 } from './v2-replies.js';

/** Discord's limit for a plain message's content. */
export const MESSAGE_LIMIT = 2000;

/** Long text as several plain messages under 2000 characters; buttons on the last one. */
function textMessages(text: string, buttons: Button[] = []): DiscordMessage[] {
  const pieces = splitText(text, MESSAGE_LIMIT);
  return pieces.map((content, i) => ({
    content,
    allowedMentions: NO_MENTIONS,
    components: i === pieces.length - 1 ? rowsOf(buttons) : [],
  }));
}

/** An answer as plain messages: what a streamed draft (plain content) is edited into. */
function plainAnswer(answer: Answer, actions: ReplyActions | undefined): DiscordMessage[] {
  const sources = answerSourcesLine(answer);
  const body = renderBlocks(answer.parts, MARKDOWN);
  return textMessages(sources ? `${body}\n\n${sources}` : body, actionButtons(actions));
}

/** Escapes Discord Markdown in text a user typed, so it is shown as typed. */
function escapeMarkdown(text: string): string {
  return text.replace(/([\\*_~`|>#[\]()-])/g, '\\$1');
}

/**
 * Every reply as one or more Discord messages, mention parsing always off. Answers and cards are
 * Components v2 (4,000 characters a message instead of 2,000, sources and buttons in one container);
 * `plain` asks for an answer as plain content, for a message that already is (a streamed draft: an
 * edit cannot add the v2 flag). Lists stay embeds; short notes stay plain text.
 */
export function discordMessages(reply: Reply, opts: { plain?: boolean } = {}): DiscordMessage[] {
  switch (reply.kind) {
    case 'answer':
      return opts.plain ? plainAnswer(reply.answer, reply.actions) : answerV2(reply.answer, reply.actions);
    case 'role-card':
      return roleCardV2(reply.card, reply.actions);
    case 'skill-card':
      return skillCardV2(reply.card, reply.actions);
    case 'list': {
      const lines = reply.items.map((i) => `• **${i.title}** (\`${i.id}\`)`).join('\n');
      const hint =
        reply.of === 'role' ? 'Open one with /role name:<role>' : 'See which roles use one with /skills name:<skill>';
      const embed = new EmbedBuilder()
        .setTitle(listTitle(reply.of, reply.items.length))
        .setDescription(truncate(lines, 4096))
        .setFooter({ text: hint });
      return [{ embeds: [embed], allowedMentions: NO_MENTIONS }];
    }
    case 'not-found': {
      const text = notFoundText(reply.of, escapeMarkdown(reply.name), reply, (s) => `**${s.title}**`);
      const suggested = reply.of === 'role' ? roleButtons(reply.suggestions) : [];
      return [{ content: truncate(text, MESSAGE_LIMIT), components: rowsOf(suggested), allowedMentions: NO_MENTIONS }];
    }
    case 'draft':
      return [{ content: truncate(`${reply.text} …`, MESSAGE_LIMIT), allowedMentions: NO_MENTIONS }];
    case 'notice':
      return textMessages(reply.text);
  }
}
