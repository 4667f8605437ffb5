import type { types } from '@slack/bolt';
import type { Answer } from '../answer/answer.js';
import { MARKDOWN, PLAIN, renderBlocks, type SpanStyle } from '../answer/answer-markdown.js';
import { splitText, truncate } from '../chat/split-text.js';
import type { RoleCard, SkillCard } from '../lookup/role-card.js';
import type { Reply, ReplyActions } from '../replies/reply.js';
import { cardSourceLine, feedbackThanks, listTitle, notFoundText, sourceLine } from '../replies/wording.js';
import { escapeMrkdwn, MRKDWN } from './mrkdwn.js';

type ActionsBlock = types.ActionsBlock;
type Button = types.Button;
type ContextBlock = types.ContextBlock;
type ContextActionsBlock = types.ContextActionsBlock;
export type KnownBlock = types.KnownBlock;
type SectionBlock = types.SectionBlock;

/** Slack's limits: section text 3000 characters, 50 blocks a message, a button value 2000. */
export const SECTION_LIMIT = 3000;
export const MAX_BLOCKS = 50;
/** A markdown block's text, for all markdown blocks of a message together. */
const MARKDOWN_LIMIT = 12_000;
const VALUE_LIMIT = 2000;
const FALLBACK_LIMIT = 3000;

export const ACTIONS = {
  /** Slack's own 👍/👎 element; its value is `up:<answer key>` or `down:<answer key>`. */
  feedback: 'feedback',
  /** The buttons of answers posted before the feedback element was used; still honoured. */
  feedbackUp: 'feedback_up',
  feedbackDown: 'feedback_down',
  openRole: 'open_role',
  share: 'share_in_channel',
} as const;

export interface SlackMessage {
  text: string;
  blocks?: KnownBlock[];
}

const section = (mrkdwn: string): SectionBlock => ({ type: 'section', text: { type: 'mrkdwn', text: mrkdwn } });
const sections = (mrkdwn: string): SectionBlock[] => splitText(mrkdwn, SECTION_LIMIT).map(section);
const context = (mrkdwn: string): ContextBlock => ({
  type: 'context',
  elements: [{ type: 'mrkdwn', text: truncate(mrkdwn, SECTION_LIMIT) }],
});
const header = (text: string): KnownBlock => ({
  type: 'header',
  text: { type: 'plain_text', text: truncate(text, 150) },
});

function button(text: string, actionId: string, value: string): Button {
  return {
    type: 'button',
    text: { type: 'plain_text', text: truncate(text, 75), emoji: true },
    action_id: actionId,
    value: truncate(value, VALUE_LIMIT),
  };
}

const roleButtons = (roles: { id: string; title: string }[], max: number) =>
  roles.slice(0, max).map((r, i) => button(r.title, `${ACTIONS.openRole}_${i}`, r.id));

/** Keeps a message under Slack's block limit, ending with the blocks that must stay (sources, buttons). */
function withinBlockLimit(body: KnownBlock[], tail: KnownBlock[]): KnownBlock[] {
  const room = MAX_BLOCKS - 1 - tail.length;
  if (body.length <= room + 1) return [...body, ...tail];
  return [...body.slice(0, room), context('_(answer shortened to fit Slack)_'), ...tail];
}

function actionButtons(actions: ReplyActions | undefined): Button[] {
  return actions?.share ? [button('Share in channel', ACTIONS.share, actions.share)] : [];
}

/** The 👍/👎 pair Slack draws itself under AI answers; a click arrives as a `feedback_buttons` action. */
function feedbackBlock(answerKey: string): ContextActionsBlock {
  const value = (verdict: 'up' | 'down') => truncate(`${verdict}:${answerKey}`, VALUE_LIMIT);
  return {
    type: 'context_actions',
    block_id: 'answer_feedback',
    elements: [
      {
        type: 'feedback_buttons',
        action_id: ACTIONS.feedback,
        positive_button: {
          text: { type: 'plain_text', text: '👍' },
          accessibility_label: 'Good answer',
          value: value('up'),
        },
        negative_button: {
          text: { type: 'plain_text', text: '👎' },
          accessibility_label: 'Something was wrong',
          value: value('down'),
        },
      },
    ],
  };
}

/** What follows an answer's text: where it comes from with its sources, 👍/👎, and Share. */
export function answerEndBlocks(answer: Answer, actions: ReplyActions | undefined): KnownBlock[] {
  const end: KnownBlock[] = [];
  const origin = answer.mode === 'llm' ? 'AI-generated from the knowledge base' : 'From the career-bot knowledge base';
  const sources = answer.sources.map((s, i) => escapeMrkdwn(sourceLine(s, i + 1))).join('  ·  ');
  if (answer.sources.length) end.push(context(`_${origin}._  *Sources:* ${sources}`));
  if (actions?.feedback) end.push(feedbackBlock(actions.feedback));
  const buttons = actionButtons(actions);
  if (buttons.length)
    end.push({ type: 'actions', block_id: 'answer_actions', elements: buttons } satisfies ActionsBlock);
  return end;
}

/**
 * Markdown for Slack's markdown block. Angle brackets are left out of plain text, so nothing in an
 * answer can form Slack's <!here> or <@U…> mention syntax.
 */
const SLACK_MARKDOWN: SpanStyle = { ...MARKDOWN, text: (t) => t.replace(/[<>]/g, '') };

/** The answer's text: one markdown block (lists and bold rendered by Slack) when it fits, else mrkdwn sections. */
function answerBody(answer: Answer): KnownBlock[] {
  const markdown = renderBlocks(answer.parts, SLACK_MARKDOWN);
  if (markdown.length <= MARKDOWN_LIMIT) return [{ type: 'markdown', text: markdown }];
  return sections(renderBlocks(answer.parts, MRKDWN));
}

function answerMessage(answer: Answer, actions: ReplyActions | undefined): SlackMessage {
  return {
    text: truncate(renderBlocks(answer.parts, PLAIN), FALLBACK_LIMIT),
    blocks: withinBlockLimit(answerBody(answer), answerEndBlocks(answer, actions)),
  };
}

function roleCardMessage(card: RoleCard, actions: ReplyActions | undefined): SlackMessage {
  const blocks: KnownBlock[] = [header(card.title), ...sections(escapeMrkdwn(card.summary))];
  for (const s of card.sections)
    blocks.push(...sections(`*${escapeMrkdwn(s.heading || 'About')}*\n${escapeMrkdwn(s.text)}`));
  const fields = [
    {
      type: 'mrkdwn' as const,
      text: truncate(`*Skills*\n${card.skills.map((s) => `• ${escapeMrkdwn(s.title)}`).join('\n')}`, 2000),
    },
  ];
  if (card.backgrounds.length)
    fields.push({
      type: 'mrkdwn',
      text: truncate(`*Backgrounds*\n${escapeMrkdwn(card.backgrounds.join(', '))}`, 2000),
    });
  blocks.push({ type: 'section', fields });
  const tail: KnownBlock[] = [context(`Source: ${escapeMrkdwn(cardSourceLine(card))}`)];
  const elements = [...roleButtons(card.related, 5), ...actionButtons(actions)];
  if (elements.length) {
    if (card.related.length) tail.unshift(context('*Related roles*'));
    tail.push({ type: 'actions', block_id: 'role_actions', elements });
  }
  return { text: `${card.title}: ${card.summary}`, blocks: withinBlockLimit(blocks, tail) };
}

function skillCardMessage(card: SkillCard, actions: ReplyActions | undefined): SlackMessage {
  const blocks: KnownBlock[] = [header(card.title), ...sections(escapeMrkdwn(`${card.summary}\n\n${card.text}`))];
  if (card.roles.length)
    blocks.push(
      ...sections(
        `*Roles that use it*\n${card.roles.map((r) => `• ${escapeMrkdwn(r.title)} (\`${r.id}\`)`).join('\n')}`,
      ),
    );
  const tail: KnownBlock[] = [context(`Source: ${escapeMrkdwn(cardSourceLine(card))}`)];
  const elements = [...roleButtons(card.roles, 4), ...actionButtons(actions)];
  if (elements.length) tail.push({ type: 'actions', block_id: 'skill_actions', elements });
  return { text: `${card.title}: ${card.summary}`, blocks: withinBlockLimit(blocks, tail) };
}

/** Every reply as a Slack message: `text` is the notification fallback, `blocks` what is shown. */
export function slackMessage(reply: Reply): SlackMessage {
  switch (reply.kind) {
    case 'answer':
      return answerMessage(reply.answer, reply.actions);
    case 'role-card':
      return roleCardMessage(reply.card, reply.actions);
    case 'skill-card':
      return skillCardMessage(reply.card, reply.actions);
    case 'list': {
      const title = listTitle(reply.of, reply.items.length);
      const lines = reply.items
        .map((i) => `• *${escapeMrkdwn(i.title)}* (\`${i.id}\`): ${escapeMrkdwn(i.summary)}`)
        .join('\n');
      const hint =
        reply.of === 'role'
          ? 'Open one with /role <name>, e.g. /role urban-mechanic'
          : 'See which roles use one with /skills <name>, e.g. /skills machine learning';
      return {
        text: title,
        blocks: withinBlockLimit(
          [section(`*${escapeMrkdwn(title)}*`), ...sections(lines)],
          [context(escapeMrkdwn(hint))],
        ),
      };
    }
    case 'not-found': {
      const text = notFoundText(reply.of, reply.name, reply, (s) => s.title);
      const blocks: KnownBlock[] = [section(escapeMrkdwn(text))];
      if (reply.suggestions.length && reply.of === 'role')
        blocks.push({ type: 'actions', block_id: 'suggestions', elements: roleButtons(reply.suggestions, 5) });
      else if (reply.suggestions.length) blocks.push(context(reply.suggestions.map((s) => `\`${s.id}\``).join(', ')));
      return { text, blocks };
    }
    case 'draft':
      return { text: truncate(`${escapeMrkdwn(reply.text)} …`, FALLBACK_LIMIT) };
    case 'notice':
      return { text: escapeMrkdwn(reply.text) };
  }
}

/** The message with its action buttons replaced by a thank-you note. */
export function withFeedbackThanks(blocks: KnownBlock[], verdict: 'up' | 'down'): KnownBlock[] {
  const kept = blocks.filter((b) => b.block_id !== 'answer_feedback' && b.block_id !== 'answer_actions');
  return [...kept, context(feedbackThanks(verdict))];
}
