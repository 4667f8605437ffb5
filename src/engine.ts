import type { Logger } from 'pino';
import type { Answer, AnswerEvent, Turn } from './answer/answer.js';
import { AnswerComposer } from './answer/compose-answer.js';
import { declineAnswer } from './answer/decline.js';
import { classifyIntent } from './answer/intent.js';
import type { KnowledgeBase, RoleDoc, SkillDoc } from './knowledge/knowledge-base.js';
import { loadKnowledge } from './knowledge/load-knowledge.js';
import type { LlmAnswerer } from './llm/llm-answerer.js';
import { EntityLookup, type LookupResult } from './lookup/entity-lookup.js';
import { roleCard, skillCard, type RoleCard, type SkillCard } from './lookup/role-card.js';
import { chunkKnowledge } from './retrieval/chunking.js';
import type { EmbeddingModel } from './retrieval/embedding-model.js';
import { HybridRetriever, type Retrieval } from './retrieval/hybrid-retriever.js';
import { LexicalIndex } from './retrieval/lexical-index.js';
import { NameMatcher } from './retrieval/name-matcher.js';
import { inScope } from './retrieval/scope-policy.js';
import { VectorIndex } from './retrieval/vector-index.js';
import { Vocabulary } from './retrieval/vocabulary.js';

export interface EngineOptions {
  knowledgeDir: string;
  cacheDir: string;
  embeddingModel: EmbeddingModel;
  logger: Logger;
  /** Turns retrieval into generated answers; without it answers are extractive (offline). */
  llm?: (kb: KnowledgeBase) => LlmAnswerer;
}

export type CardLookup<T> = { found: true; card: T } | { found: false; suggestions: { id: string; title: string }[] };

/** Pronouns and phrases that point back to the previous exchange's subject. */
const ANAPHORA = /\b(it|its|they|them|their|that|this|those|these|he|she|his|her|the role|the job)\b/i;

/** The transport-agnostic core: knowledge, retrieval, answers and lookups. Chat adapters call only this. */
export class CareerEngine {
  readonly roleLookup: EntityLookup<RoleDoc>;
  readonly skillLookup: EntityLookup<SkillDoc>;

  private constructor(
    readonly kb: KnowledgeBase,
    private readonly retriever: HybridRetriever,
    private readonly vocabulary: Vocabulary,
    readonly indexFromCache: boolean,
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
    const retriever = new HybridRetriever(kb, chunks, vectors, new LexicalIndex(chunks, kb), NameMatcher.forKnowledge(kb), vocabulary);
    return new CareerEngine(kb, retriever, vocabulary, vectors.fromCache, opts.llm?.(kb));
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
  async askOffline(question: string): Promise<Answer> {
    let final: Answer | undefined;
    for await (const event of this.askStream(question, undefined, { offline: true })) if (event.type === 'final') final = event.answer;
    return final!;
  }

  /**
   * The answer as a stream: text deltas while a model writes (LLM mode), then the final, checked
   * answer. Out-of-scope questions are declined from retrieval evidence before any model call.
   */
  async *askStream(question: string, previous?: Turn, opts: { offline?: boolean } = {}): AsyncGenerator<AnswerEvent> {
    const text = question.trim();
    if (!text) {
      yield { type: 'final', answer: declineAnswer() };
      return;
    }
    const followUp = previous !== undefined && this.retriever.mentions(text).length === 0 && ANAPHORA.test(text);
    const retrieval = await this.retriever.retrieve(followUp ? `${previous.question} ${text}` : text);
    if (!inScope(retrieval)) {
      yield { type: 'final', answer: declineAnswer() };
      return;
    }
    const subjectId = followUp ? previous.roles[0] : undefined;
    const subjectRole = subjectId ? this.kb.roles.find((r) => r.id === subjectId) : undefined;
    const types = retrieval.names.map((m) => this.kb.byId.get(m.docId)!.type);
    const namedRoles = types.filter((t) => t === 'role').length + (subjectRole ? 1 : 0);
    const intent = classifyIntent(text, namedRoles, types.filter((t) => t === 'skill').length);
    const offline = new AnswerComposer({ kb: this.kb, retrieval, vocabulary: this.vocabulary, question: text, subjectRole }).compose(intent);
    if (!this.llm || opts.offline) {
      yield { type: 'final', answer: offline };
      return;
    }
    yield* this.llm.answer(text, previous, retrieval, offline);
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
