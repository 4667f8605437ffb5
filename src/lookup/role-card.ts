import type { KnowledgeBase, RoleDoc, SkillDoc } from '../knowledge/knowledge-base.js';
import { rolesWithSkill } from '../knowledge/knowledge-base.js';
import { type Section, sectionsOf } from '../knowledge/sections.js';

export type { Section } from '../knowledge/sections.js';

import { teamParts } from '../answer/citations.js';
import type { Provenance } from '../knowledge/schema.js';

export interface NamedRef {
  id: string;
  title: string;
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
    text: sectionsOf(skill.body)
      .map((s) => s.text)
      .join('\n\n'),
    roles: rolesWithSkill(kb, skill.id).map((r) => ({ id: r.id, title: r.title })),
    source: skill.source,
    teamParts: teamParts(skill),
    path: skill.path,
  };
}
