import {
  ActionRowBuilder,
  type APIEmbedField,
  type BaseMessageOptions,
  ButtonBuilder,
  ButtonStyle,
  EmbedBuilder,
  type MessageActionRowComponentBuilder,
} from 'discord.js';
import { splitText, truncate } from '../chat/split-text.js';
import type { RoleCard, SkillCard } from '../lookup/role-card.js';
import type { Reply, ReplyActions } from '../replies/reply.js';
import { cardSourceLine, feedbackThanks, listTitle, notFoundText, sourceLine } from '../replies/wording.js';

/** Discord's limits: 2000 characters a message, 1024 an embed field, 5 buttons a row. */
export const MESSAGE_LIMIT = 2000;
const FIELD_LIMIT = 1024;

/** Button ids: the kind, then what it points at. */
export const BUTTON = {
  feedback: 'fb',
  role: 'role',
  share: 'share',
} as const;

/** Every message goes out with mention parsing off: nothing the bot writes can ping anyone. */
export const NO_MENTIONS = { parse: [], repliedUser: false } as const;

type Row = ActionRowBuilder<MessageActionRowComponentBuilder>;

const row = (...buttons: ButtonBuilder[]): Row =>
  new ActionRowBuilder<MessageActionRowComponentBuilder>().addComponents(...buttons);

function roleButtons(refs: { id: string; title: string }[]): ButtonBuilder[] {
  return refs
    .slice(0, 5)
    .map((r) =>
      new ButtonBuilder()
        .setCustomId(`${BUTTON.role}:${r.id}`)
        .setLabel(truncate(r.title, 80))
        .setStyle(ButtonStyle.Secondary),
    );
}

function actionButtons(actions: ReplyActions | undefined): ButtonBuilder[] {
  const buttons: ButtonBuilder[] = [];
  if (actions?.feedback) {
    buttons.push(
      new ButtonBuilder()
        .setCustomId(`${BUTTON.feedback}:up:${actions.feedback}`)
        .setEmoji('👍')
        .setStyle(ButtonStyle.Secondary),
      new ButtonBuilder()
        .setCustomId(`${BUTTON.feedback}:down:${actions.feedback}`)
        .setEmoji('👎')
        .setStyle(ButtonStyle.Secondary),
    );
  }
  if (actions?.share)
    buttons.push(
      new ButtonBuilder()
        .setCustomId(`${BUTTON.share}:${actions.share}`)
        .setLabel('Share')
        .setStyle(ButtonStyle.Primary),
    );
  return buttons;
}

/** Long text as several messages under 2000 characters; buttons on the last one. */
function textMessages(text: string, buttons: ButtonBuilder[] = [], extraRows: Row[] = []): BaseMessageOptions[] {
  const pieces = splitText(text, MESSAGE_LIMIT);
  return pieces.map((content, i) => {
    const last = i === pieces.length - 1;
    const rows = last ? [...extraRows, ...(buttons.length ? [row(...buttons)] : [])] : [];
    return { content, allowedMentions: NO_MENTIONS, components: rows };
  });
}

function roleCardEmbed(card: RoleCard): EmbedBuilder {
  const fields: APIEmbedField[] = card.sections.map((s) => ({
    name: truncate(s.heading || 'About', 256),
    value: truncate(s.text, FIELD_LIMIT),
  }));
  fields.push({
    name: 'Skills',
    value: truncate(card.skills.map((s) => `• ${s.title}`).join('\n'), FIELD_LIMIT),
    inline: true,
  });
  if (card.backgrounds.length)
    fields.push({ name: 'Backgrounds', value: truncate(card.backgrounds.join(', '), FIELD_LIMIT), inline: true });
  return new EmbedBuilder()
    .setTitle(card.title)
    .setDescription(card.summary)
    .addFields(fields.slice(0, 25))
    .setFooter({ text: `Source: ${cardSourceLine(card)}` });
}

function skillCardEmbed(card: SkillCard): EmbedBuilder {
  const embed = new EmbedBuilder()
    .setTitle(card.title)
    .setDescription(truncate(`${card.summary}\n\n${card.text}`, 4096))
    .setFooter({ text: `Source: ${cardSourceLine(card)}` });
  if (card.roles.length)
    embed.addFields({
      name: 'Roles that use it',
      value: truncate(card.roles.map((r) => `• ${r.title}`).join('\n'), FIELD_LIMIT),
    });
  return embed;
}

/** Escapes Discord Markdown in text a user typed, so it is shown as typed. */
function escapeMarkdown(text: string): string {
  return text.replace(/([\\*_~`|>#[\]()-])/g, '\\$1');
}

/** Every reply as one or more Discord messages; mention parsing is always off. */
export function discordMessages(reply: Reply): BaseMessageOptions[] {
  const buttons = actionButtons(reply.actions);
  switch (reply.kind) {
    case 'answer': {
      const { answer } = reply;
      const sources = answer.sources.map((s, i) => sourceLine(s, i + 1)).join(' · ');
      return textMessages(sources ? `${answer.body}\n\n-# Sources: ${sources}` : answer.body, buttons);
    }
    case 'role-card': {
      const rows = [
        ...(reply.card.related.length ? [row(...roleButtons(reply.card.related))] : []),
        ...(buttons.length ? [row(...buttons)] : []),
      ];
      return [{ embeds: [roleCardEmbed(reply.card)], components: rows, allowedMentions: NO_MENTIONS }];
    }
    case 'skill-card': {
      const rows = [
        ...(reply.card.roles.length ? [row(...roleButtons(reply.card.roles))] : []),
        ...(buttons.length ? [row(...buttons)] : []),
      ];
      return [{ embeds: [skillCardEmbed(reply.card)], components: rows, allowedMentions: NO_MENTIONS }];
    }
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
      const rows = reply.of === 'role' && reply.suggestions.length ? [row(...roleButtons(reply.suggestions))] : [];
      return [{ content: truncate(text, MESSAGE_LIMIT), components: rows, allowedMentions: NO_MENTIONS }];
    }
    case 'draft':
      return [{ content: truncate(`${reply.text} …`, MESSAGE_LIMIT), allowedMentions: NO_MENTIONS }];
    case 'notice':
      return textMessages(reply.text);
  }
}

/** A rated message: its buttons removed and a thank-you line added. */
export function withFeedbackThanks(content: string, verdict: 'up' | 'down'): BaseMessageOptions {
  const note = `\n-# ${feedbackThanks(verdict)}`;
  return {
    content: truncate(content, MESSAGE_LIMIT - note.length) + note,
    components: [],
    allowedMentions: NO_MENTIONS,
  };
}
