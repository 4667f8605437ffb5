import type { RoleCard, SkillCard } from '../lookup/role-card.js';
import { cardSourceLine } from '../replies/wording.js';
import { type TerminalStyle, wrapLines } from './terminal-style.js';

/** A role card for the terminal: Markdown to a pipe, styled and wrapped on a terminal. */
export function roleCardText(card: RoleCard, style: TerminalStyle): string {
  const label = (t: string) => style.span.strong(`${t}:`);
  const lines = [style.heading(card.title), '', card.summary, ''];
  for (const section of card.sections) lines.push(style.subheading(section.heading || 'About'), section.text, '');
  lines.push(`${label('Skills')} ${card.skills.map((s) => s.title).join(', ')}`);
  if (card.related.length)
    lines.push(`${label('Related roles')} ${card.related.map((r) => `${r.title} (${r.id})`).join(', ')}`);
  if (card.backgrounds.length) lines.push(`${label('Backgrounds')} ${card.backgrounds.join(', ')}`);
  lines.push(`${label('Source')} ${cardSourceLine(card)}`);
  return wrapLines(lines.join('\n'), style.width);
}

export function skillCardText(card: SkillCard, style: TerminalStyle): string {
  const lines = [style.heading(card.title), '', card.summary, '', card.text, ''];
  if (card.roles.length)
    lines.push(
      `${style.span.strong('Roles that use it:')} ${card.roles.map((r) => `${r.title} (${r.id})`).join(', ')}`,
    );
  lines.push(`${style.span.strong('Source:')} ${cardSourceLine(card)}`);
  return wrapLines(lines.join('\n'), style.width);
}
