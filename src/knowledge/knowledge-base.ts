import type { Provenance } from './schema.js';

interface DocumentBase {
  id: string;
  title: string;
  summary: string;
  aliases: string[];
  source: Provenance;
  /** Headings of body sections that are the team's writing in an article file. */
  teamSections: string[];
  /** Markdown body without front matter. */
  body: string;
  /** Path relative to the knowledge directory, for citations. */
  path: string;
}

export interface RoleDoc extends DocumentBase {
  type: 'role';
  skills: string[];
  related: string[];
  backgrounds: string[];
  transferable: string[];
  similar: string[];
}

export interface SkillDoc extends DocumentBase {
  type: 'skill';
}

export interface SourceDoc extends DocumentBase {
  type: 'source';
  overview?: 'roles' | 'skills' | 'origin';
}

export type KnowledgeDoc = RoleDoc | SkillDoc | SourceDoc;

/** The validated, cross-checked knowledge the engine serves. */
export interface KnowledgeBase {
  docs: KnowledgeDoc[];
  byId: ReadonlyMap<string, KnowledgeDoc>;
  roles: RoleDoc[];
  skills: SkillDoc[];
  sources: SourceDoc[];
  /** Hash of every file's path and bytes: part of the search index cache key. */
  contentHash: string;
  /**
   * Hash of each file's bytes by its path (`doc.path`), when known: a document is a function of its
   * path and bytes, so an edit finds the changed documents by these instead of comparing documents.
   */
  fileHashes?: ReadonlyMap<string, string>;
}

/** Each knowledge base's roles by skill, made on first use: a lookup, not a pass over every role. */
const ROLES_BY_SKILL = new WeakMap<KnowledgeBase, Map<string, RoleDoc[]>>();

/** Roles that list a skill, in knowledge order. */
export function rolesWithSkill(kb: KnowledgeBase, skillId: string): RoleDoc[] {
  let bySkill = ROLES_BY_SKILL.get(kb);
  if (!bySkill) {
    bySkill = new Map();
    for (const role of kb.roles) {
      for (const id of new Set(role.skills)) {
        const roles = bySkill.get(id);
        if (roles) roles.push(role);
        else bySkill.set(id, [role]);
      }
    }
    ROLES_BY_SKILL.set(kb, bySkill);
  }
  return bySkill.get(skillId) ?? [];
}

/**
 * The source document marked as the overview of all roles, of all skills, or of where the knowledge
 * comes from (`origin`), if the knowledge has one.
 */
export function overviewDoc(kb: KnowledgeBase, of: 'roles' | 'skills' | 'origin'): SourceDoc | undefined {
  return kb.sources.find((s) => s.overview === of);
}
