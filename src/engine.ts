import type { Logger } from 'pino';
import type { Answer, AnswerEvent, Turn } from './answer/answer.js';
import { matchBackground, type BackgroundMatch } from './answer/background-fit.js';
import { AnswerComposer } from './answer/compose-answer.js';
import { declineAnswer } from './answer/decline.js';
import { repeatedAsk, resolveFollowUp, type FollowUp } from './answer/follow-up.js';
import { gapTopicsIn, unknownNamesIn, withoutGapWords } from './answer/gaps.js';
import { helpAnswer } from './answer/help-answer.js';
import { asksAboutAnOccupation, asksForFit, classifyIntent, type Intent } from './answer/intent.js';
import { asksWhatBotDoes, socialKind, socialLeaning, type SocialKind } from './answer/social-message.js';
import { Conversation } from './conversation.js';
import type { KnowledgeBase, KnowledgeDoc, RoleDoc, SkillDoc } from './knowledge/knowledge-base.js';
import { loadKnowledge } from './knowledge/load-knowledge.js';
import type { LlmAnswerer } from './llm/llm-answerer.js';
import { EntityLookup, type LookupResult } from './lookup/entity-lookup.js';
import { roleCard, skillCard, type RoleCard, type SkillCard } from './lookup/role-card.js';
import { chunkKnowledge } from './retrieval/chunking.js';
import type { EmbeddingModel } from './retrieval/embedding-model.js';
import { HybridRetriever, type Retrieval } from './retrieval/hybrid-retriever.js';
import { DocumentIndex } from './retrieval/document-index.js';
import { LexicalIndex } from './retrieval/lexical-index.js';
import { NameMatcher, wordsInMatches, type NameMatch } from './retrieval/name-matcher.js';
import { VectorIndex } from './retrieval/vector-index.js';
import { Vocabulary } from './retrieval/vocabulary.js';
import { decideScope, type ScopeDecision } from './scope/scope-decision.js';
import { scopeFeatures, TASK } from './scope/scope-features.js';
import { ScopeModel } from './scope/scope-model.js';
import { words } from './text/normalize.js';
import { STOPWORDS } from './text/stopwords.js';
import { limitQuestion } from './text/question-limits.js';

export interface EngineOptions {
  knowledgeDir: string;
  cacheDir: string;
  embeddingModel: EmbeddingModel;
  logger: Logger;
  /** The fitted scope model; the one shipped in src/scope/ by default. */
  scopeModel?: ScopeModel;
  /** Turns retrieval into generated answers; without it answers are extractive (offline). */
  llm?: (kb: KnowledgeBase) => LlmAnswerer;
}

export type CardLookup<T> = { found: true; card: T } | { found: false; suggestions: { id: string; title: string }[] };

/** Unknown words of a question that are not part of the unknown names it uses. */
function unknownBesideNames(unknown: string[], names: string[]): number {
  const inNames = new Set(names.flatMap((n) => n.toLowerCase().split(/\s+/)));
  return unknown.filter((w) => !inNames.has(w)).length;
}

/** Words that ask for roles rather than say what the question is about. */
const ROLE_WORDS = new Set(['role', 'roles', 'job', 'jobs', 'career', 'careers', 'position', 'positions', 'people', 'person', 'smart', 'city', 'cities', 'skill', 'skills']);

/** The share of a person's described background that a role must hold before it is surely a fit question. */
const MIN_FIT_SHARE = 0.25;

/**
 * Greetings, thanks and goodbyes always get the guide; "what can you do?" and a message of filler
 * only ("tell me more") get it unless they continue the conversation ("who would they hire?").
 */
function helpKind(text: string, followUp: FollowUp | undefined, contentWords: number): SocialKind | undefined {
  const social = socialKind(text);
  if (social && social !== 'help') return social;
  if (social === 'help') return followUp?.pointsBack ? undefined : 'help';
  // Words, none with content: filler ("tell me more") with nothing to continue. No words at all
  // and no greeting (an emoji, another script) is a question the bot cannot read.
  return contentWords === 0 && !followUp && words(text).length > 0 ? 'help' : undefined;
}

/** How the engine read a question: everything the answer and the scope decision rest on. */
export interface Understanding {
  /** The question as searched: control characters removed, length capped. */
  text: string;
  social?: SocialKind;
  /** Titles and aliases the question names. */
  mentions: NameMatch[];
  retrieval: Retrieval;
  /** A follow-up's carried-over subject; empty otherwise. */
  subject: KnowledgeDoc[];
  intent: Intent;
  gaps: string[];
  fit: BackgroundMatch[];
  features: number[];
  scope: ScopeDecision;
}

/** The transport-agnostic core: knowledge, retrieval, answers and lookups. Chat adapters call only this. */
export class CareerEngine {
  readonly roleLookup: EntityLookup<RoleDoc>;
  readonly skillLookup: EntityLookup<SkillDoc>;

  private constructor(
    readonly kb: KnowledgeBase,
    private readonly retriever: HybridRetriever,
    private readonly vocabulary: Vocabulary,
    readonly indexFromCache: boolean,
    private readonly scopeModel: ScopeModel,
    private readonly llm?: LlmAnswerer,
  ) {
    this.roleLookup = new EntityLookup(kb.roles);
    this.skillLookup = new EntityLookup(kb.skills);
  }

  static async create(opts: EngineOptions): Promise<CareerEngine> {
    const kb = await loadKnowledge(opts.knowledgeDir);
    const chunks = await chunkKnowledge(kb);
    const vectors = await VectorIndex.open({
      chunks,
      contentHash: kb.contentHash,
      model: opts.embeddingModel,
      cacheDir: opts.cacheDir,
      logger: opts.logger,
    });
    const textByDoc = new Map<string, string>();
    for (const c of chunks) textByDoc.set(c.metadata.docId, `${textByDoc.get(c.metadata.docId) ?? ''}\n${c.pageContent}`);
    const vocabulary = new Vocabulary([...textByDoc.values()]);
    const retriever = new HybridRetriever(kb, chunks, vectors, new LexicalIndex(chunks, kb), new DocumentIndex(kb), NameMatcher.forKnowledge(kb), vocabulary);
    return new CareerEngine(kb, retriever, vocabulary, vectors.fromCache, opts.scopeModel ?? ScopeModel.load(), opts.llm?.(kb));
  }

  retrieve(question: string): Promise<Retrieval> {
    return this.retriever.retrieve(question);
  }

  /** True when answers are generated (and may take seconds): adapters then show progress. */
  get generates(): boolean {
    return this.llm !== undefined;
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
    for await (const event of this.askStream(question, previous, { offline: true })) if (event.type === 'final') final = event.answer;
    return final!;
  }

  /** A conversation that keeps the last answered turn as context for follow-ups. */
  conversation(): Conversation {
    return new Conversation(this);
  }

  /**
   * Reads a question: greeting or help, follow-up subject, retrieval, intent, gaps, background fit
   * and the scope decision. No answer is composed here.
   */
  async understand(question: string, previous?: Turn): Promise<Understanding> {
    const text = limitQuestion(question);
    const mentions = this.retriever.mentions(text);
    const typeOf = (docId: string) => this.kb.byId.get(docId)?.type;
    const coverage = this.vocabulary.coverage(text);
    const gapTopics = gapTopicsIn(text);
    const followUp = resolveFollowUp({
      question: text,
      previous,
      mentions,
      kb: this.kb,
      unknownWords: coverage.unknown.length,
      contentWords: coverage.known.length + coverage.unknown.length,
      asksGap: gapTopics.length > 0,
    });
    const contentWords = coverage.known.length + coverage.unknown.length;
    const social = helpKind(text, followUp, contentWords + mentions.length);
    const subject = followUp?.subject ?? [];
    // A follow-up is searched together with its subject's names, so ranking stays on the subject.
    const retrieval = subject.length ? await this.retriever.retrieve(`${text} ${subject.map((d) => d.title).join(' ')}`) : await this.retriever.retrieve(text, mentions);
    const namedRoles = mentions.filter((m) => typeOf(m.docId) === 'role').length;
    const namedSkills = mentions.filter((m) => typeOf(m.docId) === 'skill').length + subject.filter((d) => d.type === 'skill').length;
    const inNames = wordsInMatches(text, mentions);
    const otherWords = [...coverage.known, ...coverage.unknown].filter((w) => !inNames.has(w) && !ROLE_WORDS.has(w)).length;
    let intent = classifyIntent(text, { namedRoles, namedSkills, subjectRole: subject.some((d) => d.type === 'role'), otherWords });
    const personTerms = new Set(this.vocabulary.questionStems(text));
    const fitting = asksForFit(text);
    const fit = fitting || intent === 'background-fit' ? matchBackground(this.kb, personTerms, (t) => this.vocabulary.weight(t)) : [];
    const names = intent === 'background-fit' ? [] : unknownNamesIn(text, (w) => STOPWORDS.has(w) || this.vocabulary.resolveWord(w) !== undefined);
    const gaps = [...gapTopics.map((g) => g.label), ...names];
    const personMass = [...personTerms].reduce((sum, t) => sum + this.vocabulary.weight(t), 0);
    // A fit match counts a word twice when it is in a background: halve to get a share.
    const fitShare = personMass > 0 ? Math.min(1, (fit[0]?.score ?? 0) / 2 / personMass) : 0;
    const features = scopeFeatures({
      question: text,
      retrieval,
      namesSkill: namedSkills > 0,
      namesTopic: mentions.some((m) => typeOf(m.docId) === 'source'),
      asksForFit: fitting,
      fitShare,
      asksGap: gaps.length > 0,
      asksAboutOtherOccupation: namedRoles === 0 && asksAboutAnOccupation(text),
    });
    const namesSkillOrTopic = mentions.some((m) => typeOf(m.docId) !== 'role');
    const rest = this.vocabulary.coverage(withoutGapWords(text));
    const restWords = rest.known.length + rest.unknown.length;
    const asksGapInKnownWords =
      gaps.length > 0 &&
      !asksAboutAnOccupation(text) &&
      !TASK.test(text) &&
      (restWords === 0 || (names.length > 0 && rest.known.length >= 2 && unknownBesideNames(rest.unknown, names) * 3 <= restWords));
    const repeated = intent === 'describe' && gapTopics.length === 0 && !subject.length ? repeatedAsk(text, previous, namedRoles === 1 && mentions.length === 1) : { gaps: [] };
    if (repeated.intent) intent = repeated.intent as Intent;
    gaps.push(...repeated.gaps.filter((g) => !gaps.includes(g)));
    // A gap asked with nothing else ("who's hiring?") is answered with what the knowledge holds overall.
    if (gaps.length > 0 && restWords === 0 && mentions.length === 0 && subject.length === 0 && intent === 'describe') intent = 'roles-overview';
    const scope = decideScope({
      followUp: followUp !== undefined,
      namesRole: namedRoles > 0,
      namesKnownSubject: namesSkillOrTopic && coverage.unknown.length * 3 <= contentWords && !asksAboutAnOccupation(text),
      // "What is Barcelona doing for smart-city talent?", "who's hiring?": what the knowledge lacks,
      // asked in words it otherwise knows (not "how to become a dentist in Poland?").
      gapInKnownWords: asksGapInKnownWords,
      fitsBackground: fitting && fitShare >= MIN_FIT_SHARE,
      asksKnownOverview: (intent === 'roles-overview' || intent === 'skills-overview') && coverage.unknown.length === 0,
      foundAnything: retrieval.entities.length > 0,
      features,
      model: this.scopeModel,
    });
    // Conversation the model would decline ("thanks, that's all for my lesson") gets the guide instead,
    // and so does a question about what the bot can do that names nothing it knows.
    const nothingNamed = mentions.length === 0 && subject.length === 0;
    const leaning = social ?? (nothingNamed && (!scope.inScope || asksWhatBotDoes(text)) ? socialLeaning(text) : undefined);
    return { text, social: leaning, mentions, retrieval, subject, intent, gaps, fit, features, scope };
  }

  /**
   * The answer as a stream: text deltas while a model writes (LLM mode), then the final, checked
   * answer. Greetings get the guide and out-of-scope questions a decline, before any model call.
   */
  async *askStream(question: string, previous?: Turn, opts: { offline?: boolean } = {}): AsyncGenerator<AnswerEvent> {
    const u = await this.understand(question, previous);
    if (u.social) {
      yield { type: 'final', answer: helpAnswer(this.kb, u.social) };
      return;
    }
    if (!u.scope.inScope) {
      yield { type: 'final', answer: declineAnswer() };
      return;
    }
    const offline = new AnswerComposer({
      kb: this.kb,
      retrieval: u.retrieval,
      vocabulary: this.vocabulary,
      question: u.text,
      mentions: u.mentions,
      subject: u.subject,
      gaps: u.gaps,
      fit: u.fit,
    }).compose(u.intent);
    if (!this.llm || opts.offline) {
      yield { type: 'final', answer: offline };
      return;
    }
    yield* this.llm.answer(u.text, previous, u.retrieval, offline);
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
    return { found: false, suggestions: result.suggestions.map((d) => ({ id: d.id, title: d.title })) };
  }
}
