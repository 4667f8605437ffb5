import type { Logger } from 'pino';
import type { Answer, AnswerEvent, Turn } from './answer/answer.js';
import { AnswerComposer } from './answer/compose-answer.js';
import { declineAnswer } from './answer/decline.js';
import { helpAnswer } from './answer/help-answer.js';
import { QuestionReader, type Understanding } from './answer/question-reader.js';
import { Conversation } from './conversation.js';
import type { KnowledgeBase, RoleDoc, SkillDoc } from './knowledge/knowledge-base.js';
import { loadKnowledge } from './knowledge/load-knowledge.js';
import type { LlmAnswerer } from './llm/llm-answerer.js';
import { EntityLookup, type LookupResult } from './lookup/entity-lookup.js';
import { roleCard, skillCard, type RoleCard, type SkillCard } from './lookup/role-card.js';
import { loadChunks } from './retrieval/chunk-cache.js';
import { DocumentIndex } from './retrieval/document-index.js';
import type { EmbeddingModel } from './retrieval/embedding-model.js';
import { HybridRetriever } from './retrieval/hybrid-retriever.js';
import { LexicalIndex } from './retrieval/lexical-index.js';
import { NameMatcher } from './retrieval/name-matcher.js';
import { VectorIndex } from './retrieval/vector-index.js';
import { Vocabulary } from './retrieval/vocabulary.js';
import { ScopeModel } from './scope/scope-model.js';

export type { Understanding } from './answer/question-reader.js';

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

export type CardLookup<T> = { found: true; card: T } | { found: false; suggestions: { id: string; title: string }[]; closest?: boolean };

/** The transport-agnostic core: knowledge, retrieval, answers and lookups. Chat adapters call only this. */
export class CareerEngine {
  readonly roleLookup: EntityLookup<RoleDoc>;
  readonly skillLookup: EntityLookup<SkillDoc>;

  private constructor(
    readonly kb: KnowledgeBase,
    private readonly vocabulary: Vocabulary,
    readonly indexFromCache: boolean,
    private readonly reader: QuestionReader,
    private readonly llm?: LlmAnswerer,
  ) {
    this.roleLookup = new EntityLookup(kb.roles);
    this.skillLookup = new EntityLookup(kb.skills);
  }

  static async create(opts: EngineOptions): Promise<CareerEngine> {
    const kb = await loadKnowledge(opts.knowledgeDir);
    const chunks = await loadChunks(kb, opts.cacheDir, opts.logger);
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
    const reader = new QuestionReader(kb, retriever, vocabulary, opts.scopeModel ?? ScopeModel.load());
    return new CareerEngine(kb, vocabulary, vectors.fromCache, reader, opts.llm?.(kb));
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
    return { found: false, suggestions: result.suggestions.map((d) => ({ id: d.id, title: d.title })), ...(result.closest ? { closest: true } : {}) };
  }
}
