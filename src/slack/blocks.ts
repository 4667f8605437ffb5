import type { types } from '@slack/bolt';
import type { Answer } from '../answer/answer.js';
import { originLabel } from '../answer/citations.js';
import { splitText, truncate } from '../chat/split-text.js';
import type { RoleCard, SkillCard } from '../lookup/role-card.js';
import { escapeMrkdwn, markdownToMrkdwn, markdownToPlain } from './mrkdwn.js';

type ActionsBlock = types.ActionsBlock;
type Button = types.Button;
type ContextBlock = types.ContextBlock;
export type KnownBlock = types.KnownBlock;
type SectionBlock = types.SectionBlock;

/** Slack's limits: section text 3000 characters, 50 blocks a message, a button value 2000. */
export const SECTION_LIMIT = 3000;
export const MAX_BLOCKS = 50;
const VALUE_LIMIT = 2000;
const FALLBACK_LIMIT = 3000;

export const ACTIONS = {
  feedbackUp: 'feedback_up',
  feedbackDown: 'feedback_down',
  openRole: 'open_role',
  share: 'share_in_channel',
} as const;

/** What a "Share in channel" button re-creates publicly. */
export type ShareTarget = { k: 'role'; id: string } | { k: 'skill'; id: string } | { k: 'ask'; q: string };

export interface SlackMessage {
  text: string;
  blocks: KnownBlock[];
}

const section = (mrkdwn: string): SectionBlock => ({ type: 'section', text: { type: 'mrkdwn', text: mrkdwn } });

function sections(mrkdwn: string): SectionBlock[] {
  return splitText(mrkdwn, SECTION_LIMIT).map(section);
}

const context = (mrkdwn: string): ContextBlock => ({ type: 'context', elements: [{ type: 'mrkdwn', text: truncate(mrkdwn, SECTION_LIMIT) }] });

function button(text: string, actionId: string, value: string, style?: 'primary' | 'danger'): Button {
  return { type: 'button', text: { type: 'plain_text', text: truncate(text, 75), emoji: true }, action_id: actionId, value: truncate(value, VALUE_LIMIT), ...(style ? { style } : {}) };
}

function shareButton(target: ShareTarget): Button {
  return button('Share in channel', ACTIONS.share, JSON.stringify(target));
}

/** Keeps a message under Slack's block limit, ending with the blocks that must stay (sources, buttons). */
function fit(body: KnownBlock[], tail: KnownBlock[]): KnownBlock[] {
  const room = MAX_BLOCKS - 1 - tail.length;
  if (body.length <= room + 1) return [...body, ...tail];
  return [...body.slice(0, room), context('_(answer shortened to fit Slack)_'), ...tail];
}

/** The feedback buttons carry what the log line needs: the question and the cited sources. */
function feedbackValue(question: string, sourceIds: string[]): string {
  const value = { q: question.slice(0, 1200), s: sourceIds.slice(0, 10) };
  return JSON.stringify(value);
}

export function answerMessage(answer: Answer, question: string, opts: { share?: boolean } = {}): SlackMessage {
  const tail: KnownBlock[] = [];
  if (answer.sources.length) {
    const list = answer.sources.map((s, i) => `[${i + 1}] ${escapeMrkdwn(s.title)} (\`knowledge/${s.path}\`, ${escapeMrkdwn(originLabel(s))})`).join('  ·  ');
    tail.push(context(`*Sources:* ${list}`));
  }
  const elements: Button[] = [];
  if (answer.grounded) {
    const value = feedbackValue(question, answer.sources.map((s) => s.id));
    elements.push(button('👍', ACTIONS.feedbackUp, value), button('👎', ACTIONS.feedbackDown, value));
  }
  if (opts.share && answer.grounded) elements.push(shareButton({ k: 'ask', q: question.slice(0, 1500) }));
  if (elements.length) tail.push({ type: 'actions', block_id: 'answer_actions', elements } satisfies ActionsBlock);
  return { text: truncate(markdownToPlain(answer.body), FALLBACK_LIMIT), blocks: fit(sections(markdownToMrkdwn(answer.body)), tail) };
}

export function roleCardMessage(card: RoleCard, opts: { share?: boolean } = {}): SlackMessage {
  const blocks: KnownBlock[] = [
    { type: 'header', text: { type: 'plain_text', text: truncate(card.title, 150) } },
    ...sections(escapeMrkdwn(card.summary)),
  ];
  for (const s of card.sections) blocks.push(...sections(`*${escapeMrkdwn(s.heading || 'About')}*\n${escapeMrkdwn(s.text)}`));
  const fields = [{ type: 'mrkdwn' as const, text: truncate(`*Skills*\n${card.skills.map((s) => `• ${escapeMrkdwn(s.title)}`).join('\n')}`, 2000) }];
  if (card.backgrounds.length) fields.push({ type: 'mrkdwn', text: truncate(`*Backgrounds*\n${escapeMrkdwn(card.backgrounds.join(', '))}`, 2000) });
  blocks.push({ type: 'section', fields });
  const origin = originLabel({ origin: card.source, teamParts: card.teamParts });
  const tail: KnownBlock[] = [context(`Source: \`knowledge/${card.path}\` (${escapeMrkdwn(origin)})`)];
  const elements: Button[] = card.related.slice(0, 5).map((r, i) => button(r.title, `${ACTIONS.openRole}_${i}`, r.id));
  if (opts.share) elements.push(shareButton({ k: 'role', id: card.id }));
  if (elements.length) {
    if (card.related.length) tail.unshift(context('*Related roles*'));
    tail.push({ type: 'actions', block_id: 'role_actions', elements });
  }
  return { text: `${card.title}: ${card.summary}`, blocks: fit(blocks, tail) };
}

export function skillCardMessage(card: SkillCard, opts: { share?: boolean } = {}): SlackMessage {
  const blocks: KnownBlock[] = [
    { type: 'header', text: { type: 'plain_text', text: truncate(card.title, 150) } },
    ...sections(escapeMrkdwn(`${card.summary}\n\n${card.text}`)),
  ];
  if (card.roles.length) blocks.push(...sections(`*Roles that use it*\n${card.roles.map((r) => `• ${escapeMrkdwn(r.title)} (\`${r.id}\`)`).join('\n')}`));
  const tail: KnownBlock[] = [context(`Source: \`knowledge/${card.path}\``)];
  const elements: Button[] = card.roles.slice(0, 4).map((r, i) => button(r.title, `${ACTIONS.openRole}_${i}`, r.id));
  if (opts.share) elements.push(shareButton({ k: 'skill', id: card.id }));
  if (elements.length) tail.push({ type: 'actions', block_id: 'skill_actions', elements });
  return { text: `${card.title}: ${card.summary}`, blocks: fit(blocks, tail) };
}

/** A titled bullet list, such as every role or every skill. */
export function listMessage(title: string, items: { id: string; title: string; summary: string }[], hint: string): SlackMessage {
  const lines = items.map((i) => `• *${escapeMrkdwn(i.title)}* (\`${i.id}\`): ${escapeMrkdwn(i.summary)}`).join('\n');
  return { text: title, blocks: fit([section(`*${escapeMrkdwn(title)}*`), ...sections(lines)], [context(escapeMrkdwn(hint))]) };
}

/** "No role matches …; did you mean …" with the suggestions as buttons. */
export function notFoundMessage(kind: 'role' | 'skill', name: string, lookup: { suggestions: { id: string; title: string }[]; closest?: boolean }): SlackMessage {
  const { suggestions } = lookup;
  const hint = lookup.closest ? ` The closest is ${suggestions[0]?.title}, a related but different job.` : suggestions.length ? ' Did you mean one of these?' : '';
  const text = `No ${kind} matches “${name}”.${hint}`;
  const blocks: KnownBlock[] = [section(escapeMrkdwn(text))];
  if (suggestions.length && kind === 'role') {
    blocks.push({ type: 'actions', block_id: 'suggestions', elements: suggestions.map((s, i) => button(s.title, `${ACTIONS.openRole}_${i}`, s.id)) });
  } else if (suggestions.length) {
    blocks.push(context(suggestions.map((s) => `\`${s.id}\``).join(', ')));
  }
  return { text, blocks };
}

/** The message with its action buttons replaced by a thank-you note. */
export function withFeedbackThanks(blocks: KnownBlock[], verdict: 'up' | 'down'): KnownBlock[] {
  const kept = blocks.filter((b) => !(b.type === 'actions' && b.block_id === 'answer_actions'));
  return [...kept, context(`Thanks for the feedback ${verdict === 'up' ? '👍' : '👎'}`)];
}
