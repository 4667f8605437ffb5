import type { KnowledgeBase, RoleDoc, SkillDoc } from '../knowledge/knowledge-base.js';
import { rolesWithSkill } from '../knowledge/knowledge-base.js';
import type { Provenance } from '../knowledge/schema.js';
import { teamParts } from '../answer/citations.js';

export interface NamedRef {
  id: string;
  title: string;
}

export interface Section {
  heading: string;
  text: string;
}

/** Everything a chat client needs to render a role, with titles resolved. */
export interface RoleCard {
  id: string;
  title: string;
  summary: string;
  /** Body sections of the knowledge file; the first is what the work involves. */
  sections: Section[];
  skills: NamedRef[];
  related: NamedRef[];
  backgrounds: string[];
  aliases: string[];
  source: Provenance;
  /** In an article file, the parts the team wrote. */
  teamParts: string[];
  path: string;
}

export interface SkillCard {
  id: string;
  title: string;
  summary: string;
  text: string;
  roles: NamedRef[];
  source: Provenance;
  /** In an article file, the parts the team wrote. */
  teamParts: string[];
  path: string;
}

/** Splits a Markdown body at its `## ` headings; text before the first heading has an empty heading. */
function sectionsOf(body: string): Section[] {
  const sections: Section[] = [];
  let current: Section = { heading: '', text: '' };
  for (const line of body.split('\n')) {
    const heading = /^#{1,6}\s+(.*)$/.exec(line);
    if (heading) {
      if (current.text.trim() || current.heading) sections.push(current);
      current = { heading: heading[1]!.trim(), text: '' };
    } else {
      current.text += `${line}\n`;
    }
  }
  sections.push(current);
  return sections
    .map((s) => ({ heading: s.heading, text: s.text.replace(/\s*\n\s*(?!\n)/g, ' ').replace(/\n+/g, '\n\n').trim() }))
    .filter((s) => s.text);
}

const ref = (kb: KnowledgeBase, id: string): NamedRef => ({ id, title: kb.byId.get(id)?.title ?? id });

export function roleCard(kb: KnowledgeBase, role: RoleDoc): RoleCard {
  return {
    id: role.id,
    title: role.title,
    summary: role.summary,
    sections: sectionsOf(role.body),
    skills: role.skills.map((s) => ref(kb, s)),
    related: role.related.map((r) => ref(kb, r)),
    backgrounds: role.backgrounds,
    aliases: role.aliases,
    source: role.source,
    teamParts: teamParts(role),
    path: role.path,
  };
}

export function skillCard(kb: KnowledgeBase, skill: SkillDoc): SkillCard {
  return {
    id: skill.id,
    title: skill.title,
    summary: skill.summary,
    text: sectionsOf(skill.body).map((s) => s.text).join('\n\n'),
    roles: rolesWithSkill(kb, skill.id).map((r) => ({ id: r.id, title: r.title })),
    source: skill.source,
    teamParts: teamParts(skill),
    path: skill.path,
  };
}
