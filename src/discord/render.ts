import {
  ActionRowBuilder,
  ButtonBuilder,
  ButtonStyle,
  EmbedBuilder,
  type APIEmbedField,
  type BaseMessageOptions,
  type MessageActionRowComponentBuilder,
} from 'discord.js';
import type { Answer } from '../answer/answer.js';
import { originLabel } from '../answer/citations.js';
import { splitText, truncate } from '../chat/split-text.js';
import type { RoleCard, SkillCard } from '../lookup/role-card.js';

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

const row = (...buttons: ButtonBuilder[]): Row => new ActionRowBuilder<MessageActionRowComponentBuilder>().addComponents(...buttons);

function roleButtons(refs: { id: string; title: string }[]): ButtonBuilder[] {
  return refs.slice(0, 5).map((r) => new ButtonBuilder().setCustomId(`${BUTTON.role}:${r.id}`).setLabel(truncate(r.title, 80)).setStyle(ButtonStyle.Secondary));
}

const shareButton = (target: string) => new ButtonBuilder().setCustomId(`${BUTTON.share}:${target}`).setLabel('Share').setStyle(ButtonStyle.Primary);

/** The answer as one or more messages under 2000 characters; sources and buttons on the last one. */
export function answerMessages(answer: Answer, opts: { feedbackKey?: string; share?: string } = {}): BaseMessageOptions[] {
  const sources = answer.sources.map((s, i) => `[${i + 1}] ${s.title} (knowledge/${s.path}, ${originLabel(s)})`).join(' · ');
  const text = sources ? `${answer.body}\n\n-# Sources: ${sources}` : answer.body;
  const pieces = splitText(text, MESSAGE_LIMIT);
  const buttons: ButtonBuilder[] = [];
  if (answer.grounded && opts.feedbackKey) {
    buttons.push(
      new ButtonBuilder().setCustomId(`${BUTTON.feedback}:up:${opts.feedbackKey}`).setEmoji('👍').setStyle(ButtonStyle.Secondary),
      new ButtonBuilder().setCustomId(`${BUTTON.feedback}:down:${opts.feedbackKey}`).setEmoji('👎').setStyle(ButtonStyle.Secondary),
    );
  }
  if (answer.grounded && opts.share) buttons.push(shareButton(opts.share));
  return pieces.map((content, i) => ({
    content,
    allowedMentions: NO_MENTIONS,
    components: i === pieces.length - 1 && buttons.length ? [row(...buttons)] : [],
  }));
}

export function roleCardMessage(card: RoleCard, opts: { share?: boolean } = {}): BaseMessageOptions {
  const fields: APIEmbedField[] = card.sections.map((s) => ({ name: truncate(s.heading || 'About', 256), value: truncate(s.text, FIELD_LIMIT) }));
  fields.push({ name: 'Skills', value: truncate(card.skills.map((s) => `• ${s.title}`).join('\n'), FIELD_LIMIT), inline: true });
  if (card.backgrounds.length) fields.push({ name: 'Backgrounds', value: truncate(card.backgrounds.join(', '), FIELD_LIMIT), inline: true });
  const origin = originLabel({ origin: card.source, teamParts: card.teamParts });
  const embed = new EmbedBuilder()
    .setTitle(card.title)
    .setDescription(card.summary)
    .addFields(fields.slice(0, 25))
    .setFooter({ text: `Source: knowledge/${card.path} (${origin})` });
  const rows: Row[] = [];
  if (card.related.length) rows.push(row(...roleButtons(card.related)));
  if (opts.share) rows.push(row(shareButton(`role:${card.id}`)));
  return { embeds: [embed], components: rows, allowedMentions: NO_MENTIONS };
}

export function skillCardMessage(card: SkillCard, opts: { share?: boolean } = {}): BaseMessageOptions {
  const embed = new EmbedBuilder()
    .setTitle(card.title)
    .setDescription(truncate(`${card.summary}\n\n${card.text}`, 4096))
    .setFooter({ text: `Source: knowledge/${card.path}` });
  if (card.roles.length) embed.addFields({ name: 'Roles that use it', value: truncate(card.roles.map((r) => `• ${r.title}`).join('\n'), FIELD_LIMIT) });
  const rows: Row[] = [];
  if (card.roles.length) rows.push(row(...roleButtons(card.roles)));
  if (opts.share) rows.push(row(shareButton(`skill:${card.id}`)));
  return { embeds: [embed], components: rows, allowedMentions: NO_MENTIONS };
}

export function listMessage(title: string, items: { id: string; title: string; summary: string }[], hint: string): BaseMessageOptions {
  const lines = items.map((i) => `• **${i.title}** (\`${i.id}\`)`).join('\n');
  const embed = new EmbedBuilder().setTitle(title).setDescription(truncate(lines, 4096)).setFooter({ text: hint });
  return { embeds: [embed], allowedMentions: NO_MENTIONS };
}

/** Escapes Discord Markdown in text a user typed, so it is shown as typed. */
function escapeMarkdown(text: string): string {
  return text.replace(/([\\*_~`|>#\[\]()-])/g, '\\$1');
}

export function notFoundMessage(kind: 'role' | 'skill', name: string, lookup: { suggestions: { id: string; title: string }[]; closest?: boolean }): BaseMessageOptions {
  const { suggestions } = lookup;
  const names = suggestions.map((s) => `**${s.title}**`).join(', ');
  const hint = lookup.closest ? ` The closest is ${names}, a related but different job.` : suggestions.length ? ` Did you mean ${names}?` : '';
  return {
    content: truncate(`No ${kind} matches “${escapeMarkdown(name)}”.${hint}`, MESSAGE_LIMIT),
    components: kind === 'role' && suggestions.length ? [row(...roleButtons(suggestions))] : [],
    allowedMentions: NO_MENTIONS,
  };
}
