import type { KnowledgeBase, KnowledgeDoc, RoleDoc, SkillDoc } from '../knowledge/knowledge-base.js';
import { overviewDoc, rolesWithSkill } from '../knowledge/knowledge-base.js';
import { backgroundCandidates } from '../ranking/background-candidates.js';
import type { BackgroundRanker } from '../ranking/background-ranker.js';
import type { NameMatch } from '../retrieval/name-matcher.js';
import type { Evidence } from '../retrieval/retriever.js';
import type { Vocabulary } from '../retrieval/vocabulary.js';
import { contentTerms, nameKey } from '../text/normalize.js';
import type { Answer } from './answer.js';
import { toMarkdown } from './answer-markdown.js';
import { BREAK, type DraftLine, docRef, docRefs, item, line, type Piece, toBlocks } from './answer-parts.js';
import type { BackgroundMatch } from './background-fit.js';
import { Citations, sourcesMarkdown, TEAM_READING, teamParts } from './citations.js';
import { asksForDetail, type Intent } from './intent.js';
import { bestSentences } from './sentences.js';
import type { SkillContrast } from './skill-contrast.js';

const MAX_ROLES = 5;
/** Roles described in a list answer; more are named only. */
const MAX_LISTED = 8;
/** Backgrounds named per role when a follow-up asks them of several roles at once; the card has them all. */
const MAX_BACKGROUNDS_SHOWN = 6;
/** A follow-up about one of several roles shown ("what does he need?", "that one"), not all of them. */
const ONE_OF_THEM = /\b(he|she|him|his|her|it|its|(the|that|this) ([\w-]+ ){0,2}(one|guy|person|job|role))\b/i;
/**
 * Names listed in one answer at most: all of today's knowledge, while a catalogue of thousands gets
 * the first ones and a count rather than a message no chat can show.
 */
const MAX_NAMED = 60;
/** Questions that ask for a person or a job: the answer should lead with a role, not a skill or a fact. */
const ASKS_FOR_ROLE =
  /\b(roles?|jobs?|careers?|positions?|who|whom|professionals?|titles?|person|someone|somebody|hire)\b/i;
/** Asks for the role itself even when it names a topic: "Chula Vista says … What's that job?". */
const ASKS_WHICH_ROLE =
  /\b(what|which)('s| is)? (that |the |this )?(job|role|position|title)\b|\bwhat (is|would) (that|this) (job|role) (be )?called\b/i;
/** How close to the best match a role must rank to lead an answer that asks for a person or a job. */
const ROLE_LEAD_SHARE = 0.6;
/** Passage sentences in a description; more when the question asks for detail or continues a conversation. */
const DESCRIBE_SENTENCES = 2;
const DETAIL_SENTENCES = 4;

export interface ComposeContext {
  kb: KnowledgeBase;
  retrieval: Evidence;
  vocabulary: Vocabulary;
  question: string;
  /** Titles and aliases the question itself names (retrieval may also have searched a subject's). */
  mentions: NameMatch[];
  /** What the question is about when it names nothing itself: the previous turn's subject. */
  subject: KnowledgeDoc[];
  /** What the question asks for that the knowledge lacks; the answer says so first. */
  gaps: string[];
  /** Roles ranked by the asker's background, for background-fit questions. */
  fit: BackgroundMatch[];
  /** Orders the roles a background fits, from the match above, retrieval and the role classifier. */
  backgroundRanker: BackgroundRanker;
  /** The role classifier's probability for each role (empty when it has nothing to say): a feature of the background ranker. */
  roleProbabilities: ReadonlyMap<string, number>;
  /** The skills a contrast wants and does not ("more about people than coding"), read with the question. */
  contrast: SkillContrast | undefined;
  /** Roles a list by skill is drawn from ("which of them…" after an answer that showed them). */
  among?: string[];
  /** The subject is the roles an earlier list, fit or comparison showed side by side. */
  subjectShownTogether?: boolean;
}

interface Composed {
  lines: DraftLine[];
  /** Roles to rank first in `Answer.roles`. */
  roles: RoleDoc[];
  /** What the answer is about, for the next turn. */
  about: KnowledgeDoc[];
  /** Roles shown as a list of all of them, in order, for "the third one" next. */
  listed?: RoleDoc[];
}

/** Extractive, cited answers: every sentence is taken from a knowledge file or lists its front matter. */
export class AnswerComposer {
  private readonly questionTerms: Set<string>;
  private readonly citations: Citations;
  private readonly rank: Map<string, number>;

  constructor(private readonly ctx: ComposeContext) {
    this.questionTerms = new Set(ctx.vocabulary.questionStems(ctx.question));
    const top = ctx.retrieval.entities[0]?.score ?? 1;
    this.rank = new Map(ctx.retrieval.entities.map((e, i) => [e.doc.id, i]));
    const scores = new Map(ctx.retrieval.entities.map((e) => [e.doc.id, Math.round((e.score / top) * 1000) / 1000]));
    this.citations = new Citations((id) => scores.get(id) ?? 0);
  }

  compose(intent: Intent): Answer {
    const composed = this.byIntent(intent);
    const lines = [
      ...this.closestLines(composed),
      ...(this.ctx.gaps.length ? this.gapLines(composed) : composed.lines),
    ];
    const parts = toBlocks(lines);
    const body = toMarkdown(parts);
    const sources = this.citations.sources;
    return {
      answer: [body, sourcesMarkdown(sources)].filter(Boolean).join('\n\n'),
      body,
      parts,
      grounded: true,
      roles: this.rolesLed(composed.roles)
        .slice(0, MAX_ROLES)
        .map((r) => r.id),
      subject: composed.about.map((d) => d.id),
      ...(composed.listed ? { listed: composed.listed.map((r) => r.id) } : {}),
      gaps: this.ctx.gaps,
      sources,
      mode: 'extractive',
      intent,
    };
  }

  private byIntent(intent: Intent): Composed {
    switch (intent) {
      case 'compare':
        return this.compare();
      case 'background-fit':
        return this.backgroundFit();
      case 'roles-for-skill':
        return this.rolesForSkill() ?? this.describe();
      case 'roles-without-skill':
        return this.rolesWithoutSkill() ?? this.describe();
      case 'role-skills':
        return this.roleSkills() ?? this.describe();
      case 'role-backgrounds':
        return this.roleBackgrounds() ?? this.describe();
      case 'related-roles':
        return this.relatedRoles() ?? this.describe();
      case 'role-sources':
        return this.roleSources() ?? this.describe();
      case 'skills-overview':
        return this.skillsOverview() ?? this.describe();
      case 'roles-overview':
        return this.rolesOverview();
      case 'help':
      case 'describe':
        return this.describe();
    }
  }

  /**
   * "What does a customer success manager do?": the knowledge has no such role, only a similar one.
   * Said first, so the closest role's description never poses as the other job's.
   */
  private closestLines(composed: Composed): DraftLine[] {
    const about = composed.about.find((d): d is RoleDoc => d.type === 'role');
    if (!about) return [];
    const byName = this.ctx.mentions.filter((m) => m.docId === about.id);
    const similar = byName.find((m) => m.similar);
    if (!similar || byName.some((m) => !m.similar)) return [];
    const name = nameKey(similar.name).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const compared =
      about.source === 'article' && new RegExp(`similar to [^.]{0,60}\\b${name}`).test(nameKey(about.body));
    const how = compared ? `which the article compares to a ${similar.name}` : `a related but different job`;
    return [
      line(
        `There is no ${similar.name} role in this knowledge base; the closest is the `,
        docRef(about, true),
        `, ${how}.`,
      ),
      BREAK,
    ];
  }

  /** Says plainly what is missing, then what the knowledge does hold. */
  private gapLines(composed: Composed): DraftLine[] {
    const about = composed.about[0];
    const missing = this.ctx.gaps.join(', nor ');
    // "pay for the Cloud Architect"; "do any of them need a degree?" after a list is asked of them all;
    // a place or another topic stands on its own ("Toronto").
    const roles = composed.about.filter((d) => d.type === 'role').length;
    const lead =
      roles > 1
        ? line(
            `The knowledge base does not cover ${missing} for ${roles === 2 ? 'either' : 'any'} of these roles. Here is what it does hold:`,
          )
        : about?.type === 'role'
          ? line(`The knowledge base does not cover ${missing} for the `, docRef(about), '. Here is what it does hold:')
          : line(`The knowledge base does not cover ${missing}. Here is what it does hold:`);
    return [lead, BREAK, ...composed.lines];
  }

  // --- ranking helpers -------------------------------------------------------------------------

  private rankOf(id: string): number {
    return this.rank.get(id) ?? Number.MAX_SAFE_INTEGER;
  }

  /**
   * The roles among those the previous answer showed, when asked among them ("which of them…"):
   * `among` is 'some' when some of those are, 'none' when none are (and all roles are given instead).
   */
  private amongShown(roles: RoleDoc[]): { roles: RoleDoc[]; among?: 'some' | 'none' } {
    const among = this.ctx.among;
    if (!among) return { roles };
    const shown = roles.filter((r) => among.includes(r.id));
    return shown.length > 0 ? { roles: shown, among: 'some' } : { roles, among: 'none' };
  }

  private byRank<T extends KnowledgeDoc>(docs: T[]): T[] {
    return [...docs].sort((a, b) => this.rankOf(a.id) - this.rankOf(b.id));
  }

  private rankedRoles(): RoleDoc[] {
    return this.ctx.retrieval.entities.map((e) => e.doc).filter((d): d is RoleDoc => d.type === 'role');
  }

  private named<T extends KnowledgeDoc['type']>(type: T): Extract<KnowledgeDoc, { type: T }>[] {
    return [...this.ctx.mentions]
      .sort((a, b) => a.start - b.start)
      .map((m) => this.ctx.kb.byId.get(m.docId)!)
      .filter((d): d is Extract<KnowledgeDoc, { type: T }> => d.type === type);
  }

  /** The subject's documents of one type (a follow-up's carried-over role or skill). */
  private subjectOf<T extends KnowledgeDoc['type']>(type: T): Extract<KnowledgeDoc, { type: T }>[] {
    return this.ctx.subject.filter((d): d is Extract<KnowledgeDoc, { type: T }> => d.type === type);
  }

  /** The role a question is about: one it names, else the conversation's subject, else the best match. */
  private focusRole(): RoleDoc | undefined {
    return this.named('role')[0] ?? this.subjectOf('role')[0] ?? this.rankedRoles()[0];
  }

  /** Roles first from `first`, then the rest of the retrieval ranking, without repeats. */
  private rolesLed(first: RoleDoc[]): RoleDoc[] {
    return [...new Set([...first, ...this.subjectOf('role'), ...this.rankedRoles()])];
  }

  private weight = (term: string): number => this.ctx.vocabulary.weight(term);

  /**
   * Up to `limit` body sentences that share most with the question, leaving out what repeats the
   * summary; with `fill`, topped up with the body's other sentences in order (a request for detail
   * wants the work described even in words the question did not use).
   */
  private passage(doc: KnowledgeDoc, limit: number, fill = false): string[] {
    const summaryTerms = new Set(contentTerms(doc.summary));
    const fresh = (s: string) => {
      const terms = contentTerms(s);
      const overlap = terms.filter((t) => summaryTerms.has(t)).length;
      return overlap / Math.max(terms.length, 1) < 0.6;
    };
    const picked = bestSentences(doc.body, this.questionTerms, limit + 1, this.weight)
      .filter(fresh)
      .slice(0, limit);
    if (!fill || picked.length >= limit) return picked;
    const more = bestSentences(doc.body, new Set(contentTerms(doc.body)), 50, () => 1).filter(
      (s) => fresh(s) && !picked.includes(s) && !/^The article names /.test(s),
    );
    return [...picked, ...more].slice(0, limit);
  }

  /** " (the career-bot team's reading)" after a list the team wrote into an article role's file. */
  private teamLabel(role: RoleDoc): string {
    return role.source === 'article' ? ` ${TEAM_READING}` : '';
  }

  /** A heading, then each role with its summary, cited; past MAX_LISTED the rest are only named. */
  private roleList(heading: DraftLine, roles: RoleDoc[]): DraftLine[] {
    const lines = [heading, BREAK];
    for (const role of roles.slice(0, MAX_LISTED))
      lines.push(item(docRef(role, true), `: ${role.summary} `, this.citations.cite(role)));
    if (roles.length > MAX_LISTED) lines.push(item('and ', ...docRefs(roles.slice(MAX_LISTED, MAX_NAMED))));
    if (roles.length > MAX_NAMED) lines.push(line(`… and ${roles.length - MAX_NAMED} more.`));
    return lines;
  }

  /** Skills named as alternatives: "A or B". */
  private either(skills: SkillDoc[]): Piece[] {
    return skills.flatMap((s, i) => (i === 0 ? [docRef(s, true)] : [' or ', docRef(s, true)]));
  }

  private docsOf(ids: string[]): KnowledgeDoc[] {
    return ids.map((id) => this.ctx.kb.byId.get(id)).filter((d): d is KnowledgeDoc => d !== undefined);
  }

  // --- answers by intent -----------------------------------------------------------------------

  /** The document to describe: a follow-up's subject, a role when a role is asked for, else the best match. */
  private describeTarget(): KnowledgeDoc | undefined {
    if (this.ctx.subject.length && this.ctx.mentions.every((m) => this.ctx.subject.some((d) => d.id === m.docId)))
      return this.ctx.subject[0];
    const [first] = this.ctx.retrieval.entities;
    const best = first?.doc;
    const named = this.ctx.mentions.some((m) => m.docId === best?.id);
    if (!best || best.type === 'role') return best;
    if (ASKS_WHICH_ROLE.test(this.ctx.question)) return this.rankedRoles()[0] ?? best;
    // "what will smart cities do for jobs according to Cisco" asks for jobs in general: a role leads
    // only when retrieval ranks one close to the best match.
    const role = this.ctx.retrieval.entities.find((e) => e.doc.type === 'role');
    // A skill named on the way ("who stops hackers messing with the robots?") is no answer to who.
    const asksRole = (!named || best.type === 'skill') && ASKS_FOR_ROLE.test(this.ctx.question);
    return asksRole && role && role.score >= ROLE_LEAD_SHARE * first.score ? role.doc : best;
  }

  private describe(): Composed {
    const top = this.describeTarget();
    if (!top) return { lines: [], roles: [], about: [] };
    switch (top.type) {
      case 'role':
        return { lines: this.roleLines(top), roles: [top], about: [top] };
      case 'skill':
        return this.skillLines(top);
      case 'source':
        return { lines: this.sourceLines(top), roles: [], about: [top] };
    }
  }

  private roleLines(role: RoleDoc): DraftLine[] {
    const c = this.citations.cite(role);
    const lines = [line(docRef(role, true), `: ${role.summary} `, c)];
    const detail = asksForDetail(this.ctx.question) || this.ctx.subject.some((d) => d.id === role.id);
    for (const s of this.passage(role, detail ? DETAIL_SENTENCES : DESCRIBE_SENTENCES, detail))
      lines.push(line(`${s} `, c));
    lines.push(BREAK, line(`Skills${this.teamLabel(role)}: `, ...docRefs(this.docsOf(role.skills)), ' ', c));
    if (role.related.length)
      lines.push(line(`Related roles${this.teamLabel(role)}: `, ...docRefs(this.docsOf(role.related))));
    return lines;
  }

  private skillLines(skill: SkillDoc): Composed {
    const c = this.citations.cite(skill);
    const lines = [line(docRef(skill, true), `: ${skill.summary} `, c)];
    const profile = overviewDoc(this.ctx.kb, 'skills');
    if (profile)
      lines.push(
        line('The article lists it among the skill sets smart-city employers look for ', this.citations.cite(profile)),
      );
    for (const sentence of this.passage(skill, 1)) lines.push(line(`${sentence} `, c));
    const roles = this.byRank(rolesWithSkill(this.ctx.kb, skill.id));
    if (roles.length) lines.push(BREAK, line('Roles that use it: ', ...docRefs(roles), ' ', c));
    return { lines, roles, about: [skill] };
  }

  private sourceLines(source: KnowledgeDoc): DraftLine[] {
    const c = this.citations.cite(source);
    const lines = [line(`${source.summary} `, c)];
    for (const s of this.passage(source, 2, true)) lines.push(line(`${s} `, c));
    const [first, second] = this.ctx.retrieval.entities;
    if (
      second &&
      second.doc.type === 'source' &&
      second.doc.id !== source.id &&
      first &&
      second.score >= 0.8 * first.score
    ) {
      lines.push(BREAK, line(`${second.doc.summary} `, this.citations.cite(second.doc)));
    }
    return lines;
  }

  private compare(): Composed {
    const pair = [...new Set([...this.subjectOf('role'), ...this.named('role')])].slice(-2);
    if (pair.length < 2) return this.describe();
    const [a, b] = pair as [RoleDoc, RoleDoc];
    const lines = [line(docRef(a, true), ' vs ', docRef(b, true)), BREAK];
    for (const role of pair) lines.push(item(docRef(role, true), `: ${role.summary} `, this.citations.cite(role)));
    const shared = a.skills.filter((s) => b.skills.includes(s));
    lines.push(BREAK);
    if (shared.length) lines.push(line('Both draw on: ', ...docRefs(this.docsOf(shared)), '.'));
    const onlyA = a.skills.filter((s) => !shared.includes(s));
    const onlyB = b.skills.filter((s) => !shared.includes(s));
    if (onlyA.length) lines.push(line('Only ', docRef(a), ': ', ...docRefs(this.docsOf(onlyA)), '.'));
    if (onlyB.length) lines.push(line('Only ', docRef(b), ': ', ...docRefs(this.docsOf(onlyB)), '.'));
    // In the order asked, so "and the other one?" means the second.
    return { lines, roles: [a, b], about: [a, b] };
  }

  private targetSkills(): SkillDoc[] {
    const named = this.named('skill');
    if (named.length) return named;
    const fromSubject = this.subjectOf('skill');
    if (fromSubject.length) return fromSubject;
    const best = this.ctx.retrieval.entities[0]?.doc;
    return best?.type === 'skill' ? [best] : [];
  }

  private rolesForSkill(): Composed | undefined {
    const contrast = this.skillContrast();
    if (contrast) return contrast;
    const skills = this.targetSkills();
    if (skills.length === 0) return undefined;
    const { roles, among } = this.amongShown(
      this.byRank([...new Set(skills.flatMap((s) => rolesWithSkill(this.ctx.kb, s.id)))]),
    );
    if (roles.length === 0) return undefined;
    const skillNames = this.either(skills);
    const opening =
      among === 'none'
        ? line('None of those list ', ...skillNames, ' among their skills; the roles that do:')
        : line(
            among === 'some' ? 'Of those, the roles that list ' : 'Roles that list ',
            ...skillNames,
            ' among their skills:',
          );
    const lines = this.roleList(opening, roles);
    return { lines, roles, about: roles };
  }

  /** Roles whose skills include none of the named ones ("which jobs need the least coding?"). */
  private rolesWithoutSkill(): Composed | undefined {
    // "programming is not required": the negation follows the skill, which no contrast wants.
    const contrast = this.skillContrast(true);
    if (contrast) return contrast;
    const skills = this.targetSkills();
    if (skills.length === 0) return undefined;
    const { roles, among } = this.amongShown(
      this.byRank(this.ctx.kb.roles.filter((r) => !skills.some((s) => r.skills.includes(s.id)))),
    );
    if (roles.length === 0) return undefined;
    const skillNames = this.either(skills);
    const opening =
      among === 'none'
        ? line('All of those list ', ...skillNames, ` among their skills; the roles that do not ${TEAM_READING}:`)
        : line(
            among === 'some' ? 'Of those, the roles that do not list ' : 'Roles that do not list ',
            ...skillNames,
            ` among their skills ${TEAM_READING}:`,
          );
    const lines = this.roleList(opening, roles);
    return { lines, roles, about: roles };
  }

  /** Roles that list one set of named skills and not another ("more about people than coding"); with `bothSides`, only when both are named. */
  private skillContrast(bothSides = false): Composed | undefined {
    const contrast = this.ctx.contrast;
    if (!contrast || (bothSides && contrast.unwanted.length === 0)) return undefined;
    const wanted = this.docsOf(contrast.wanted) as SkillDoc[];
    const unwanted = this.docsOf(contrast.unwanted) as SkillDoc[];
    // "more about people than coding": a role is the more about people the larger the share of its
    // skills the wanted ones are (two of two before one of four); retrieval orders the rest.
    const share = (r: RoleDoc) => wanted.filter((s) => r.skills.includes(s.id)).length / (r.skills.length || 1);
    const { roles, among } = this.amongShown(
      this.byRank(
        this.ctx.kb.roles.filter(
          (r) =>
            (wanted.length === 0 || wanted.some((s) => r.skills.includes(s.id))) &&
            !unwanted.some((s) => r.skills.includes(s.id)),
        ),
      ).sort((a, b) => share(b) - share(a)),
    );
    if (roles.length === 0) return undefined;
    // "which of them don't need programming?" after a list: among those, when any are.
    const opening = among === 'some' ? 'Of those, the roles that ' : 'Roles that ';
    const heading =
      wanted.length === 0
        ? line(`${opening}do not list `, ...this.either(unwanted), ` among their skills ${TEAM_READING}:`)
        : unwanted.length
          ? line(`${opening}list `, ...this.either(wanted), ' and not ', ...this.either(unwanted), ` ${TEAM_READING}:`)
          : line(`${opening}list `, ...this.either(wanted), ' among their skills:');
    const lines = this.roleList(heading, roles);
    return { lines, roles, about: roles };
  }

  /**
   * The roles an earlier list or comparison showed, when a follow-up asks of them all ("what
   * background do they want?") and names no role of its own; undefined for one role.
   */
  private shownRoles(): RoleDoc[] | undefined {
    const shown = this.subjectOf('role');
    return this.ctx.subjectShownTogether &&
      shown.length >= 2 &&
      this.named('role').length === 0 &&
      !ONE_OF_THEM.test(this.ctx.question)
      ? shown
      : undefined;
  }

  /** One line per role shown before: its title and what `facet` says of it, cited. */
  private perRole(heading: string, roles: RoleDoc[], facet: (role: RoleDoc) => Piece[]): Composed {
    const lines: DraftLine[] = [line(heading), BREAK];
    for (const role of roles.slice(0, MAX_LISTED))
      lines.push(item(docRef(role, true), ': ', ...facet(role), ' ', this.citations.cite(role)));
    // Past MAX_LISTED the rest are only named: each is a question of its own.
    if (roles.length > MAX_LISTED) lines.push(item('and ', ...docRefs(roles.slice(MAX_LISTED, MAX_NAMED))));
    return { lines, roles, about: roles };
  }

  private roleSkills(): Composed | undefined {
    const role = this.focusRole();
    if (!role) return undefined;
    const c = this.citations.cite(role);
    // The role in a line first, so a follow-up that names it only as "he" or "the robot one" sees what it is.
    const lines = [
      line(docRef(role, true), `: ${role.summary} `, c),
      BREAK,
      line(`It draws on these skills${this.teamLabel(role)} `, c, ':'),
      BREAK,
    ];
    for (const skill of this.docsOf(role.skills))
      lines.push(item(docRef(skill, true), `: ${skill.summary} `, this.citations.cite(skill)));
    if (role.backgrounds.length)
      lines.push(BREAK, line(`Typical backgrounds${this.teamLabel(role)}: ${role.backgrounds.join(', ')} `, c));
    // What else the question asked ("do they fly drones too?"), when the role's text speaks of it.
    for (const s of this.passage(role, 1)) lines.push(BREAK, line(`${s} `, c));
    return { lines, roles: [role], about: [role] };
  }

  private roleBackgrounds(): Composed | undefined {
    const shown = this.shownRoles();
    if (shown)
      return this.perRole('Typical backgrounds for each of those roles:', shown, (role) => [
        `${role.backgrounds.slice(0, MAX_BACKGROUNDS_SHOWN).join(', ')}${role.backgrounds.length > MAX_BACKGROUNDS_SHOWN ? '…' : ''}${this.teamLabel(role)}`,
      ]);
    const role = this.focusRole();
    if (!role) return undefined;
    const c = this.citations.cite(role);
    const lines = [line(docRef(role, true), `: ${role.summary} `, c), BREAK];
    if (role.backgrounds.length)
      lines.push(line(`Typical backgrounds${this.teamLabel(role)}: ${role.backgrounds.join(', ')} `, c));
    if (role.transferable.length)
      lines.push(line(`Experience that carries over${this.teamLabel(role)}: ${role.transferable.join(', ')} `, c));
    for (const s of this.passage(role, 1)) lines.push(line(`${s} `, c));
    lines.push(line(`Skills${this.teamLabel(role)}: `, ...docRefs(this.docsOf(role.skills)), ' ', c));
    return { lines, roles: [role], about: [role] };
  }

  private relatedRoles(): Composed | undefined {
    const role = this.focusRole();
    if (!role || role.related.length === 0) return undefined;
    const related = this.docsOf(role.related).filter((d): d is RoleDoc => d.type === 'role');
    const lines = this.roleList(
      line('Roles related to the ', docRef(role, true), ' ', this.citations.cite(role), ':'),
      related,
    );
    return { lines, roles: [role, ...related], about: [role, ...related] };
  }

  /** Where what is said about a role comes from: the topic documents that speak of it, and its own file. */
  private roleSources(): Composed | undefined {
    const role = this.focusRole();
    if (!role) return undefined;
    const names = [role.title, ...role.aliases].map((n) => n.toLowerCase());
    const speaking = this.ctx.kb.sources.filter((d) =>
      names.some((n) => `${d.title} ${d.summary} ${d.body}`.toLowerCase().includes(n)),
    );
    const c = this.citations.cite(role);
    const origin =
      role.source === 'article'
        ? `Its description comes from the article that seeded this knowledge base; its ${teamParts(role).join(', ')} are the career-bot team's reading`
        : 'Its description was written by the career-bot team; the article only names it';
    const lines = [line(docRef(role, true), `: ${origin} `, c, '.')];
    for (const d of speaking) {
      lines.push(BREAK, line(`${d.summary} `, this.citations.cite(d)));
      for (const sentence of this.passage(d, 1)) lines.push(line(`${sentence} `, this.citations.cite(d)));
    }
    return { lines, roles: [role], about: [role, ...speaking] };
  }

  private skillsOverview(): Composed | undefined {
    const profile = overviewDoc(this.ctx.kb, 'skills');
    if (!profile) return undefined;
    const c = this.citations.cite(profile);
    const lines = [line(`${profile.summary} `, c)];
    for (const sentence of this.passage(profile, 1)) lines.push(line(`${sentence} `, c));
    lines.push(BREAK, line('The skill sets ', c, ':'));
    for (const skill of this.ctx.kb.skills.slice(0, MAX_NAMED)) lines.push(item(docRef(skill)));
    if (this.ctx.kb.skills.length > MAX_NAMED) lines.push(line(`… and ${this.ctx.kb.skills.length - MAX_NAMED} more.`));
    return { lines, roles: [], about: [] };
  }

  private rolesOverview(): Composed {
    const list = overviewDoc(this.ctx.kb, 'roles');
    const lines = list ? [line(`${list.summary} `, this.citations.cite(list)), BREAK] : [];
    lines.push(line(`The ${this.ctx.kb.roles.length} roles this knowledge base describes:`));
    for (const role of this.ctx.kb.roles.slice(0, MAX_NAMED)) lines.push(item(docRef(role, true)));
    if (this.ctx.kb.roles.length > MAX_NAMED) lines.push(line(`… and ${this.ctx.kb.roles.length - MAX_NAMED} more.`));
    const example = this.ctx.kb.roles[0];
    if (example)
      lines.push(BREAK, line(`Ask about any of them, for example "What does a ${example.title.toLowerCase()} do?"`));
    return { lines, roles: [], about: [], listed: this.ctx.kb.roles.slice(0, MAX_NAMED) };
  }

  /** The roles that best fit the person's background, ranked with retrieval by the fitted ranker, each with why. */
  private backgroundFit(): Composed {
    const ranked = this.ctx.backgroundRanker
      .rank(backgroundCandidates(this.ctx.fit, this.ctx.retrieval, this.ctx.roleProbabilities))
      .map((c) => c.role);
    const found = new Set(ranked);
    // Roles neither the match nor retrieval found tie at the bottom, in knowledge order.
    const rest = found.size < MAX_ROLES ? this.ctx.kb.roles.filter((r) => !found.has(r)).slice(0, MAX_ROLES) : [];
    // "good with people, less with code": roles listing a skill the person turns away from come last.
    const unwanted = this.ctx.contrast?.unwanted ?? [];
    const avoided = (role: RoleDoc) => (unwanted.some((s) => role.skills.includes(s)) ? 1 : 0);
    const roles = [...ranked.filter((r) => !avoided(r)), ...ranked.filter(avoided)].concat(rest);
    const best = roles.slice(0, 3);
    const whyOf = (role: RoleDoc) => this.ctx.fit.find((m) => m.role.id === role.id)?.why ?? [];
    const lines = [line('Roles that fit that background best:'), BREAK];
    // A role no background of which shares a word with the person's is not passed off as fitting it: it says
    // so where it stands, in the order the answer ranks it (the order the answer's roles are given in too).
    const unexplained = best.some((r) => whyOf(r).length > 0) ? best.filter((r) => whyOf(r).length === 0) : [];
    for (const role of best) {
      const why = whyOf(role);
      const note = why.length
        ? ` (fits: ${why.slice(0, 3).join(', ')})`
        : unexplained.includes(role)
          ? ' (worth a look, though none of its typical backgrounds is named in yours)'
          : '';
      lines.push(item(docRef(role, true), `: ${role.summary}${note} `, this.citations.cite(role)));
    }
    return { lines, roles, about: best };
  }
}
