import type { Answer } from '../answer/answer.js';
import { MARKDOWN, renderBlocks } from '../answer/answer-markdown.js';
import { truncate } from '../chat/split-text.js';
import type { RoleCard, SkillCard } from '../lookup/role-card.js';
import type { ReplyActions } from '../replies/reply.js';
import { cardSourceLine, sourceLine } from '../replies/wording.js';
import { actionButtons, roleButtons, rowsOf } from './buttons.js';
import { containerMessages } from './components-v2.js';
import type { DiscordMessage } from './discord-message.js';

/** Small print stays small: a long sources list is cut so the answer keeps most of a message. */
const SMALL_PRINT_LIMIT = 1500;

const smallPrint = (text: string): string => `-# ${truncate(text, SMALL_PRINT_LIMIT)}`;
const bullets = (lines: string[]): string => lines.map((l) => `- ${l}`).join('\n');

/** The sources line under an answer, rendered from its sources (also used by the plain form). */
export function answerSourcesLine(answer: Answer): string {
  const sources = answer.sources.map((s, i) => sourceLine(s, i + 1)).join(' · ');
  return sources ? smallPrint(`Sources: ${sources}`) : '';
}

/** An answer: one text display per paragraph or list, then its sources and 👍/👎 (and Share). */
export function answerV2(answer: Answer, actions: ReplyActions | undefined): DiscordMessage[] {
  const body = answer.parts.map((block) => renderBlocks([block], MARKDOWN));
  return containerMessages(body, { texts: [answerSourcesLine(answer)], rows: rowsOf(actionButtons(actions)) });
}

export function roleCardV2(card: RoleCard, actions: ReplyActions | undefined): DiscordMessage[] {
  const body = [
    `## ${card.title}\n${card.summary}`,
    ...card.sections.map((s) => `**${s.heading || 'About'}**\n${s.text}`),
    `**Skills**\n${bullets(card.skills.map((s) => s.title))}`,
    ...(card.backgrounds.length ? [`**Backgrounds**\n${card.backgrounds.join(', ')}`] : []),
  ];
  const texts = [smallPrint(`Source: ${cardSourceLine(card)}`), ...(card.related.length ? ['**Related roles**'] : [])];
  return containerMessages(body, { texts, rows: rowsOf(roleButtons(card.related), actionButtons(actions)) });
}

export function skillCardV2(card: SkillCard, actions: ReplyActions | undefined): DiscordMessage[] {
  const body = [
    `## ${card.title}\n${card.summary}`,
    card.text,
    ...(card.roles.length ? [`**Roles that use it**\n${bullets(card.roles.map((r) => r.title))}`] : []),
  ];
  return containerMessages(body, {
    texts: [smallPrint(`Source: ${cardSourceLine(card)}`)],
    rows: rowsOf(roleButtons(card.roles), actionButtons(actions)),
  });
}
