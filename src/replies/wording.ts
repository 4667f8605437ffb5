import type { AnswerSource } from '../answer/answer.js';

export { sourceLine } from '../answer/citations.js';

import { originLabel } from '../answer/citations.js';
import type { NamedRef } from '../lookup/role-card.js';

/** The bot's own words, in one place for every surface. */

export const APOLOGY = 'Sorry, something went wrong while answering. Please try again in a moment.';
/** The reply when a person asks faster than the rate limit allows. */
export const slowDown = (seconds: number) =>
  `You are asking faster than I can keep up with. Please wait about ${seconds} s and ask again.`;
export const SHARE_EXPIRED = 'That can no longer be shared; please ask again.';
export const GREETING =
  'Hi! I answer questions about smart-city careers: roles, skills, and where your background fits.';

export const feedbackThanks = (verdict: 'up' | 'down') => `Thanks for the feedback ${verdict === 'up' ? '👍' : '👎'}`;

export function listTitle(of: 'role' | 'skill', count: number): string {
  return of === 'role' ? `Smart-city roles (${count})` : `In-demand smart-city skills (${count})`;
}

/** "No role matches “x”. Did you mean …?" with the names rendered by the surface (`name`). */
export function notFoundText(
  of: 'role' | 'skill',
  typed: string,
  lookup: { suggestions: NamedRef[]; closest?: boolean },
  name: (r: NamedRef) => string,
): string {
  const names = lookup.suggestions.map(name).join(', ');
  const hint = lookup.closest
    ? ` The closest is ${names}, a related but different job.`
    : names
      ? ` Did you mean ${names}?`
      : '';
  return `No ${of} matches “${typed}”.${hint}`;
}

export function cardSourceLine(card: { path: string; source: AnswerSource['origin']; teamParts: string[] }): string {
  return `knowledge/${card.path} (${originLabel({ origin: card.source, teamParts: card.teamParts })})`;
}
