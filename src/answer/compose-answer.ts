import type { KnowledgeBase, KnowledgeDoc, RoleDoc, SkillDoc } from '../knowledge/knowledge-base.js';
import { rolesWithSkill } from '../knowledge/knowledge-base.js';
import type { Retrieval } from '../retrieval/hybrid-retriever.js';
import type { Vocabulary } from '../retrieval/vocabulary.js';
import { contentTerms } from '../text/normalize.js';
import type { Answer } from './answer.js';
import { Citations, sourcesMarkdown } from './citations.js';
import type { Intent } from './intent.js';
import { bestSentences } from './sentences.js';

const MAX_ROLES = 5;
/** Questions that ask for a person or a job: the answer should lead with a role, not a skill or a fact. */
const ASKS_FOR_ROLE = /\b(roles?|jobs?|careers?|positions?|who|whom|professionals?|titles?)\b/i;
/** The overviews live in these source documents when the knowledge base has them. */
const SKILLS_PROFILE_ID = 'smart-city-skills-profile';
const JOBS_LIST_ID = 'smart-city-jobs';

interface Context {
  kb: KnowledgeBase;
  retrieval: Retrieval;
  vocabulary: Vocabulary;
  question: string;
  /** Role to talk about when the question itself names none (a follow-up's subject). */
  subjectRole?: RoleDoc;
}

/** Extractive, cited answers: every sentence is taken from a knowledge file or lists its front matter. */
export class AnswerComposer {
  private readonly questionTerms: Set<string>;
  private readonly citations: Citations;
  private readonly rank: Map<string, number>;

  constructor(private readonly ctx: Context) {
    this.questionTerms = new Set(ctx.vocabulary.questionStems(ctx.question));
    const top = ctx.retrieval.entities[0]?.score ?? 1;
    this.rank = new Map(ctx.retrieval.entities.map((e, i) => [e.doc.id, i]));
    const scores = new Map(ctx.retrieval.entities.map((e) => [e.doc.id, Math.round((e.score / top) * 1000) / 1000]));
    this.citations = new Citations((id) => scores.get(id) ?? 0);
  }

  compose(intent: Intent): Answer {
    const { lines, roles } = this.byIntent(intent);
    const body = lines.join('\n');
    const sources = this.citations.sources;
    return {
      answer: [body, sourcesMarkdown(sources)].filter(Boolean).join('\n\n'),
      body,
      grounded: true,
      roles: roles.slice(0, MAX_ROLES).map((r) => r.id),
      sources,
      mode: 'extractive',
      intent,
    };
  }

  private byIntent(intent: Intent): { lines: string[]; roles: RoleDoc[] } {
    switch (intent) {
      case 'compare':
        return this.compare();
      case 'background-fit':
        return this.backgroundFit();
      case 'roles-for-skill':
        return this.rolesForSkill() ?? this.describe();
      case 'role-skills':
        return this.roleSkills() ?? this.describe();
      case 'skills-overview':
        return this.skillsOverview() ?? this.describe();
      case 'roles-overview':
        return this.rolesOverview();
      case 'describe':
        return this.describe();
    }
  }

  // --- ranking helpers -------------------------------------------------------------------------

  private rankOf(id: string): number {
    return this.rank.get(id) ?? Number.MAX_SAFE_INTEGER;
  }

  private byRank<T extends KnowledgeDoc>(docs: T[]): T[] {
    return [...docs].sort((a, b) => this.rankOf(a.id) - this.rankOf(b.id));
  }

  private rankedRoles(): RoleDoc[] {
    return this.ctx.retrieval.entities.map((e) => e.doc).filter((d): d is RoleDoc => d.type === 'role');
  }

  private named<T extends KnowledgeDoc['type']>(type: T): Extract<KnowledgeDoc, { type: T }>[] {
    return this.ctx.retrieval.names
      .map((m) => this.ctx.kb.byId.get(m.docId)!)
      .filter((d): d is Extract<KnowledgeDoc, { type: T }> => d.type === type);
  }

  /** Roles first from `first`, then the rest of the retrieval ranking, without repeats. */
  private rolesLed(first: RoleDoc[]): RoleDoc[] {
    return [...new Set([...first, ...this.rankedRoles()])];
  }

  private weight = (term: string): number => this.ctx.vocabulary.weight(term);

  private passage(doc: KnowledgeDoc, limit: number): string[] {
    const summaryTerms = new Set(contentTerms(doc.summary));
    const sentences = bestSentences(doc.body, this.questionTerms, limit + 1, this.weight).filter((s) => {
      const terms = contentTerms(s);
      const overlap = terms.filter((t) => summaryTerms.has(t)).length;
      return overlap / Math.max(terms.length, 1) < 0.6;
    });
    return sentences.slice(0, limit);
  }

  private titles(docs: KnowledgeDoc[]): string {
    return docs.map((d) => d.title).join(', ');
  }

  // --- answers by intent -----------------------------------------------------------------------

  /** The document to describe: a follow-up's subject, a role when a role is asked for, else the best match. */
  private describeTarget(): KnowledgeDoc | undefined {
    if (this.ctx.subjectRole && this.ctx.retrieval.names.length === 0) return this.ctx.subjectRole;
    const best = this.ctx.retrieval.entities[0]?.doc;
    const named = this.ctx.retrieval.names.some((m) => m.docId === best?.id);
    if (best && best.type !== 'role' && !named && ASKS_FOR_ROLE.test(this.ctx.question)) return this.rankedRoles()[0] ?? best;
    return best;
  }

  private describe(): { lines: string[]; roles: RoleDoc[] } {
    const top = this.describeTarget();
    if (!top) return { lines: [], roles: [] };
    switch (top.type) {
      case 'role':
        return { lines: this.roleLines(top), roles: this.rolesLed([top]) };
      case 'skill':
        return this.skillLines(top);
      case 'source':
        return { lines: this.sourceLines(top), roles: this.rankedRoles() };
    }
  }

  private roleLines(role: RoleDoc): string[] {
    const c = this.citations.cite(role);
    const lines = [`**${role.title}**: ${role.summary} ${c}`];
    for (const s of this.passage(role, 2)) lines.push(`${s} ${c}`);
    lines.push('', `Skills: ${this.titles(role.skills.map((s) => this.ctx.kb.byId.get(s)!))} ${c}`);
    if (role.related.length) lines.push(`Related roles: ${this.titles(role.related.map((r) => this.ctx.kb.byId.get(r)!))}`);
    return lines;
  }

  private skillLines(skill: SkillDoc): { lines: string[]; roles: RoleDoc[] } {
    const c = this.citations.cite(skill);
    const lines = [`**${skill.title}**: ${skill.summary} ${c}`];
    const profile = this.ctx.kb.byId.get(SKILLS_PROFILE_ID);
    if (profile) {
      lines.push(`The article lists it among the skill sets smart-city employers look for ${this.citations.cite(profile)}`);
    }
    const roles = this.byRank(rolesWithSkill(this.ctx.kb, skill.id));
    if (roles.length) lines.push('', `Roles that use it: ${this.titles(roles)} ${c}`);
    return { lines, roles: this.rolesLed(roles) };
  }

  private sourceLines(source: KnowledgeDoc): string[] {
    const c = this.citations.cite(source);
    const lines = [`${source.summary} ${c}`];
    for (const s of this.passage(source, 2)) lines.push(`${s} ${c}`);
    const [first, second] = this.ctx.retrieval.entities;
    if (second && second.doc.type === 'source' && first && second.score >= 0.8 * first.score) {
      lines.push('', `${second.doc.summary} ${this.citations.cite(second.doc)}`);
    }
    return lines;
  }

  private compare(): { lines: string[]; roles: RoleDoc[] } {
    // One named role means the other side is not a role in the knowledge base (or is the same role
    // under another name): describe the one we know rather than invent a comparison.
    if (this.named('role').length === 1) return this.describe();
    const pair = this.rolesLed(this.named('role')).slice(0, 2);
    if (pair.length < 2) return this.describe();
    const [a, b] = pair as [RoleDoc, RoleDoc];
    const lines = [`**${a.title}** vs **${b.title}**`, ''];
    for (const role of pair) lines.push(`- **${role.title}**: ${role.summary} ${this.citations.cite(role)}`);
    const shared = a.skills.filter((s) => b.skills.includes(s));
    const title = (id: string) => this.ctx.kb.byId.get(id)!.title;
    lines.push('');
    if (shared.length) lines.push(`Both draw on: ${shared.map(title).join(', ')}.`);
    const onlyA = a.skills.filter((s) => !shared.includes(s));
    const onlyB = b.skills.filter((s) => !shared.includes(s));
    if (onlyA.length) lines.push(`Only ${a.title}: ${onlyA.map(title).join(', ')}.`);
    if (onlyB.length) lines.push(`Only ${b.title}: ${onlyB.map(title).join(', ')}.`);
    return { lines, roles: this.rolesLed(pair) };
  }

  private targetSkills(): SkillDoc[] {
    const named = this.named('skill');
    if (named.length) return named;
    const best = this.ctx.retrieval.entities[0]?.doc;
    return best?.type === 'skill' ? [best] : [];
  }

  private rolesForSkill(): { lines: string[]; roles: RoleDoc[] } | undefined {
    const skills = this.targetSkills();
    if (skills.length === 0) return undefined;
    const roles = this.byRank([...new Set(skills.flatMap((s) => rolesWithSkill(this.ctx.kb, s.id)))]);
    if (roles.length === 0) return undefined;
    const lines = [`Roles that list ${skills.map((s) => `**${s.title}**`).join(' or ')} among their skills:`, ''];
    for (const role of roles.slice(0, 8)) lines.push(`- **${role.title}**: ${role.summary} ${this.citations.cite(role)}`);
    if (roles.length > 8) lines.push(`- and ${this.titles(roles.slice(8))}`);
    return { lines, roles: this.rolesLed(roles) };
  }

  private roleSkills(): { lines: string[]; roles: RoleDoc[] } | undefined {
    const role = this.named('role')[0] ?? this.ctx.subjectRole ?? this.rankedRoles()[0];
    if (!role) return undefined;
    const c = this.citations.cite(role);
    const lines = [`**${role.title}** draws on these skills ${c}:`, ''];
    for (const id of role.skills) {
      const skill = this.ctx.kb.byId.get(id)!;
      lines.push(`- **${skill.title}**: ${skill.summary} ${this.citations.cite(skill)}`);
    }
    if (role.backgrounds.length) lines.push('', `Typical backgrounds: ${role.backgrounds.join(', ')} ${c}`);
    return { lines, roles: this.rolesLed([role]) };
  }

  private skillsOverview(): { lines: string[]; roles: RoleDoc[] } | undefined {
    const profile = this.ctx.kb.byId.get(SKILLS_PROFILE_ID);
    if (!profile) return undefined;
    const c = this.citations.cite(profile);
    const lines = [`Smart-city employers look for these skill sets ${c}:`, ''];
    for (const skill of this.ctx.kb.skills) lines.push(`- ${skill.title}`);
    return { lines, roles: this.rankedRoles() };
  }

  private rolesOverview(): { lines: string[]; roles: RoleDoc[] } {
    const list = this.ctx.kb.byId.get(JOBS_LIST_ID);
    const lines = [list ? `Smart-city jobs available today ${this.citations.cite(list)}:` : 'Smart-city roles:', ''];
    for (const role of this.ctx.kb.roles) lines.push(`- **${role.title}**`);
    lines.push('', 'Ask about any of them, for example "What does an urban mechanic do?"');
    return { lines, roles: this.rankedRoles() };
  }

  /** Roles ranked by how many of the person's words appear in their backgrounds, skills and names. */
  private backgroundFit(): { lines: string[]; roles: RoleDoc[] } {
    const overlap = (role: RoleDoc): number => {
      const skillNames = role.skills.flatMap((id) => {
        const s = this.ctx.kb.byId.get(id)!;
        return [s.title, ...s.aliases];
      });
      const terms = new Set(contentTerms([...role.backgrounds, ...skillNames, role.summary].join(' ; ')));
      let score = 0;
      for (const t of this.questionTerms) if (terms.has(t)) score += this.weight(t);
      return score;
    };
    const scored = this.ctx.kb.roles.map((role) => ({ role, score: overlap(role) })).filter((r) => r.score > 0);
    const byOverlap = new Map(scored.sort((a, b) => b.score - a.score).map((r, i) => [r.role.id, i]));
    const fused = (role: RoleDoc) =>
      (byOverlap.has(role.id) ? 1 / (4 + byOverlap.get(role.id)! + 1) : 0) + 1 / (4 + this.rankOf(role.id) + 1);
    const roles = [...this.ctx.kb.roles].sort((a, b) => fused(b) - fused(a));
    const best = roles.slice(0, 3);
    const lines = ['Roles that fit that background best:', ''];
    for (const role of best) {
      const why = role.backgrounds.filter((b) => contentTerms(b).some((t) => this.questionTerms.has(t)));
      const note = why.length ? ` (backgrounds: ${why.join(', ')})` : '';
      lines.push(`- **${role.title}**: ${role.summary}${note} ${this.citations.cite(role)}`);
    }
    return { lines, roles };
  }
}
