import type { Answer } from '../answer/answer.js';
import type { NamedRef, RoleCard, SkillCard } from '../lookup/role-card.js';

/** What buttons under a reply do: rate it (an answer record's key), or share it publicly (a share target). */
export interface ReplyActions {
  feedback?: string;
  share?: string;
}

/**
 * Everything the bot says, as data: the conversation service and the commands produce these, and one
 * renderer per surface (terminal, JSON, Slack, Discord) turns them into output.
 */
export type Reply = (
  | { kind: 'answer'; question: string; answer: Answer }
  | { kind: 'role-card'; card: RoleCard }
  | { kind: 'skill-card'; card: SkillCard }
  | { kind: 'list'; of: 'role' | 'skill'; items: { id: string; title: string; summary: string }[] }
  | { kind: 'not-found'; of: 'role' | 'skill'; name: string; suggestions: NamedRef[]; closest?: boolean }
  /** Text the bot writes while a model is still answering. */
  | { kind: 'draft'; text: string }
  /** A short message of the bot's own: an apology, a usage hint. */
  | { kind: 'notice'; text: string }
) & { actions?: ReplyActions };
