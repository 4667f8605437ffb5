import { type Answer, type AnswerEvent, showedSeveral, type Turn } from './answer/answer.js';
import { AnswerComposer } from './answer/compose-answer.js';
import { declineAnswer } from './answer/decline.js';
import { helpAnswer } from './answer/help-answer.js';
import { QuestionReader, type Understanding } from './answer/question-reader.js';
import { Conversation } from './conversation/conversation.js';
import type { KnowledgeBase, RoleDoc, SkillDoc } from './knowledge/knowledge-base.js';
import type { Generator } from './llm/generator.js';
import { EntityLookup, type LookupResult } from './lookup/entity-lookup.js';
import { type RoleCard, roleCard, type SkillCard, skillCard } from './lookup/role-card.js';
import type { BackgroundRanker } from './ranking/background-ranker.js';
import { leavesRolesOpen, type RoleClassifier, withRolesReordered } from './ranking/role-classifier.js';
import type { OpenedRetrieval } from './retrieval/open-retrieval.js';
import type { Retriever } from './retrieval/retriever.js';
import type { Vocabulary } from './retrieval/vocabulary.js';
import type { BackgroundAskModel } from './scope/background-ask-model.js';
import type { FollowUpModel } from './scope/follow-up-model.js';
import type { GistModel } from './scope/gist-model.js';
import type { ScopeModel } from './scope/scope-model.js';
import type { SocialModel } from './scope/social-model.js';

export type { Understanding } from './answer/question-reader.js';

export interface EngineParts {
  kb: KnowledgeBase;
  retriever: Retriever;
  vocabulary: Vocabulary;
  scopeModel: ScopeModel;
  socialModel: SocialModel;
  backgroundAskModel: BackgroundAskModel;
  followUpModel: FollowUpModel;
  gistModel: GistModel;
  backgroundRanker: BackgroundRanker;
  roleClassifier: RoleClassifier;
  /** True when the vector index was read from the cache (logged at start-up). */
  indexFromCache: boolean;
  /** How the indexes were obtained (built, updated after an edit, or read), when known. */
  indexing?: OpenedRetrieval['indexing'];
  /** Turns evidence into generated answers; without it answers are extractive (offline). */
  generator?: Generator;
}

export type CardLookup<T> =
  | { found: true; card: T }
  | { found: false; suggestions: { id: string; title: string }[]; closest?: boolean };

/** The transport-agnostic core: knowledge, retrieval, answers and lookups. Chat adapters call only this. */
export class CareerEngine {
  private roleNames?: EntityLookup<RoleDoc>;
  private skillNames?: EntityLookup<SkillDoc>;

  readonly kb: KnowledgeBase;
  readonly indexFromCache: boolean;
  readonly indexing?: OpenedRetrieval['indexing'];
  private readonly vocabulary: Vocabulary;
  private questionReader?: QuestionReader;
  private readonly parts: EngineParts;
  private readonly generator?: Generator;

  /** Receives its parts from the composition root (app.ts); it constructs none of them. */
  constructor(parts: EngineParts) {
    this.kb = parts.kb;
    this.indexFromCache = parts.indexFromCache;
    this.indexing = parts.indexing;
    this.vocabulary = parts.vocabulary;
    this.generator = parts.generator;
    this.parts = parts;
  }

  /**
   * The question reader, made for the first question: it indexes the figures the knowledge states,
   * which a start that serves cards, or no question yet, does not need.
   */
  private get reader(): QuestionReader {
    this.questionReader ??= new QuestionReader(
      this.parts.kb,
      this.parts.retriever,
      this.parts.vocabulary,
      this.parts.scopeModel,
      this.parts.socialModel,
      this.parts.backgroundAskModel,
      this.parts.followUpModel,
      this.parts.gistModel,
    );
    return this.questionReader;
  }

  /** Name lookups for cards, built on first use: questions never need them, and at scale they take a while. */
  get roleLookup(): EntityLookup<RoleDoc> {
    this.roleNames ??= new EntityLookup(this.kb.roles);
    return this.roleNames;
  }

  get skillLookup(): EntityLookup<SkillDoc> {
    this.skillNames ??= new EntityLookup(this.kb.skills);
    return this.skillNames;
  }

  /** True when answers are generated (and may take seconds): adapters then show progress. */
  get generates(): boolean {
    return this.generator !== undefined;
  }

  /** Answers a question; `previous` is the last exchange in the same conversation, if any. */
  async ask(question: string, previous?: Turn): Promise<Answer> {
    let final: Answer | undefined;
    for await (const event of this.askStream(question, previous)) if (event.type === 'final') final = event.answer;
    return final!;
  }

  /** The extractive answer, never a model call: for recovering an earlier turn's roles. */
  async askOffline(question: string, previous?: Turn): Promise<Answer> {
    let final: Answer | undefined;
    for await (const event of this.askStream(question, previous, { offline: true }))
      if (event.type === 'final') final = event.answer;
    return final!;
  }

  /** A conversation of its own (kept in memory) that keeps the last answered turn for follow-ups. */
  conversation(): Conversation {
    return new Conversation(this);
  }

  /** What a message is about in the knowledge's words, as the gist model reads it; see QuestionReader. */
  gist(message: string): string[] {
    return this.reader.gist(message);
  }

  /** How the engine reads a question; see QuestionReader. */
  understand(question: string, previous?: Turn): Promise<Understanding> {
    return this.reader.read(question, previous);
  }

  /**
   * The answer as a stream: text deltas while a model writes (LLM mode), then the final, checked
   * answer. Greetings get the guide and out-of-scope questions a decline, before any model call.
   */
  async *askStream(question: string, previous?: Turn, opts: { offline?: boolean } = {}): AsyncGenerator<AnswerEvent> {
    const u = await this.understand(question, previous);
    if (u.social) {
      yield { type: 'final', answer: helpAnswer(this.kb, u.social, u.text) };
      return;
    }
    if (!u.scope.inScope) {
      yield { type: 'final', answer: declineAnswer() };
      return;
    }
    // A question that names no role and continues nothing: the roles in the order its words suggest.
    const classifier = this.parts.roleClassifier;
    const probabilities = leavesRolesOpen(u, this.kb) ? classifier.probabilities(u.text) : new Map<string, number>();
    const order = <T extends { id: string }>(roles: T[]) => classifier.orderRoles(roles, probabilities);
    const offline = new AnswerComposer({
      kb: this.kb,
      retrieval: probabilities.size ? withRolesReordered(u.retrieval, order) : u.retrieval,
      roleProbabilities: probabilities,
      vocabulary: this.vocabulary,
      question: u.text,
      mentions: u.mentions,
      subject: u.subject,
      gaps: u.gaps,
      fit: u.fit,
      backgroundRanker: this.parts.backgroundRanker,
      contrast: u.contrast,
      among: u.among,
      subjectShownTogether: u.subject.length > 0 && showedSeveral(previous),
    }).compose(u.intent);
    if (!this.generator || opts.offline) {
      yield { type: 'final', answer: offline };
      return;
    }
    yield* this.generator.answer(u.text, previous, u.retrieval, offline);
  }

  role(name: string): CardLookup<RoleCard> {
    return this.toCard(this.roleLookup.resolve(name), (doc) => roleCard(this.kb, doc));
  }

  skill(name: string): CardLookup<SkillCard> {
    return this.toCard(this.skillLookup.resolve(name), (doc) => skillCard(this.kb, doc));
  }

  roleCards(): RoleCard[] {
    return this.kb.roles.map((r) => roleCard(this.kb, r));
  }

  skillCards(): SkillCard[] {
    return this.kb.skills.map((s) => skillCard(this.kb, s));
  }

  private toCard<D extends RoleDoc | SkillDoc, C>(result: LookupResult<D>, card: (doc: D) => C): CardLookup<C> {
    if (result.found) return { found: true, card: card(result.doc) };
    return {
      found: false,
      suggestions: result.suggestions.map((d) => ({ id: d.id, title: d.title })),
      ...(result.closest ? { closest: true } : {}),
    };
  }
}
