import type { RoleCard, SkillCard } from '../lookup/role-card.js';
import { cardSourceLine } from '../replies/wording.js';

/** A role card as Markdown for the terminal. */
export function roleCardMarkdown(card: RoleCard): string {
  const lines = [`# ${card.title}`, '', card.summary, ''];
  for (const section of card.sections) lines.push(`## ${section.heading || 'About'}`, section.text, '');
  lines.push(`**Skills:** ${card.skills.map((s) => s.title).join(', ')}`);
  if (card.related.length)
    lines.push(`**Related roles:** ${card.related.map((r) => `${r.title} (${r.id})`).join(', ')}`);
  if (card.backgrounds.length) lines.push(`**Backgrounds:** ${card.backgrounds.join(', ')}`);
  lines.push(`**Source:** ${cardSourceLine(card)}`);
  return lines.join('\n');
}

export function skillCardMarkdown(card: SkillCard): string {
  const lines = [`# ${card.title}`, '', card.summary, '', card.text, ''];
  if (card.roles.length)
    lines.push(`**Roles that use it:** ${card.roles.map((r) => `${r.title} (${r.id})`).join(', ')}`);
  lines.push(`**Source:** ${cardSourceLine(card)}`);
  return lines.join('\n');
}
