import type { Logger } from 'pino';
import type { Answer, AnswerEvent, Turn } from '../answer/answer.js';
import { toMarkdown } from '../answer/answer-markdown.js';
import { sourcesMarkdown, teamParts } from '../answer/citations.js';
import type { KnowledgeBase } from '../knowledge/knowledge-base.js';
import type { Evidence } from '../retrieval/retriever.js';
import { type ChatModel, LlmError } from './chat-model.js';
import type { CircuitBreaker } from './circuit-breaker.js';
import { checkCitations } from './citation-check.js';
import { echoesPrompt } from './echo-check.js';
import type { Generator } from './generator.js';
import { modelTextParts } from './model-text.js';
import { buildPassages, passagesText } from './passages.js';
import { fillTemplate, type PromptTemplates } from './prompt-templates.js';

/** Waits at most this long for a rate-limited server before answering offline instead. */
const MAX_RETRY_WAIT_MS = 2000;
const SERVER_RETRY_DELAY_MS = 250;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Grounded generation: the model gets numbered passages, the previous turn and the question; its
 * answer is streamed, its citations checked, and any failure or uncited answer falls back to the
 * offline (extractive) answer the engine already composed.
 */
export class LlmAnswerer implements Generator {
  constructor(
    private readonly kb: KnowledgeBase,
    private readonly chat: ChatModel,
    private readonly prompts: PromptTemplates,
    private readonly breaker: CircuitBreaker,
    private readonly logger: Logger,
  ) {}

  async *answer(
    question: string,
    previous: Turn | undefined,
    retrieval: Evidence,
    offline: Answer,
  ): AsyncGenerator<AnswerEvent> {
    if (this.breaker.isOpen) {
      this.logger.warn({ cause: 'circuit_open' }, 'llm skipped; offline answer');
      yield { type: 'final', answer: offline };
      return;
    }
    const passages = buildPassages(
      this.kb,
      retrieval,
      offline.sources.map((s) => s.id),
    );
    const messages = [
      { role: 'system' as const, content: this.prompts.system },
      {
        role: 'user' as const,
        content: fillTemplate(this.prompts.answer, {
          passages: passagesText(passages),
          history: previous ? `Earlier question: ${previous.question}` : '(none)',
          question,
        }),
      },
    ];

    const started = performance.now();
    let text = '';
    let firstTokenMs: number | undefined;
    let usage: { promptTokens: number; completionTokens: number } | undefined;
    for (let attempt = 0; ; attempt++) {
      try {
        for await (const event of this.chat.stream(messages)) {
          if (event.type === 'usage') {
            usage = event;
            continue;
          }
          firstTokenMs ??= Math.round(performance.now() - started);
          text += event.text;
          yield { type: 'delta', text: event.text };
        }
        break;
      } catch (err) {
        const e = err instanceof LlmError ? err : new LlmError('malformed', String(err));
        const retryable =
          attempt === 0 &&
          text === '' &&
          (e.kind === 'server' ||
            e.kind === 'connection' ||
            (e.kind === 'rate_limited' && (e.retryAfterMs ?? 0) <= MAX_RETRY_WAIT_MS));
        if (retryable) {
          this.logger.info(
            { cause: e.kind, status: e.status, retryAfterMs: e.retryAfterMs },
            'llm call failed; retrying once',
          );
          await sleep(e.retryAfterMs ?? SERVER_RETRY_DELAY_MS);
          continue;
        }
        if (e.kind === 'rate_limited' && e.retryAfterMs) this.breaker.openFor(e.retryAfterMs);
        else this.breaker.recordFailure();
        this.logger.warn(
          { cause: e.kind, status: e.status, ms: Math.round(performance.now() - started), reason: e.message },
          'llm failed; offline answer',
        );
        yield { type: 'final', answer: offline };
        return;
      }
    }
    this.breaker.recordSuccess();

    const checked = checkCitations(text, passages);
    const report = {
      model: this.chat.model,
      prompt: this.prompts.version,
      firstTokenMs,
      totalMs: Math.round(performance.now() - started),
      promptTokens: usage?.promptTokens,
      completionTokens: usage?.completionTokens,
      removedCitations: checked.removed,
    };
    if (echoesPrompt(text, messages.map((m) => m.content).join('\n'))) {
      this.logger.warn(report, 'llm answer repeats its prompt; offline answer');
      yield { type: 'final', answer: offline };
      return;
    }
    if (checked.droppedSentences > 0) {
      this.logger.warn(
        { ...report, droppedSentences: checked.droppedSentences },
        'llm cited passages it was not given; those sentences dropped',
      );
    }
    if (checked.cited.length === 0) {
      this.logger.warn(report, 'llm answer cited no passage; offline answer');
      yield { type: 'final', answer: offline };
      return;
    }
    this.logger.info(report, 'llm answer');
    const sources = checked.cited.map((p) => ({
      id: p.doc.id,
      title: p.doc.title,
      score: p.score,
      path: p.doc.path,
      origin: p.doc.source,
      teamParts: teamParts(p.doc),
    }));
    // A gap is said plainly whatever the model wrote: its answer may describe the role instead.
    const saysGap =
      offline.gaps.length === 0 || /\b(does not|doesn't|do not|don't) (cover|hold|include|have)\b/i.test(checked.text);
    const written = saysGap
      ? checked.text
      : `The knowledge base does not cover ${offline.gaps.join(', nor ')}.\n\n${checked.text}`;
    const parts = modelTextParts(written, this.kb);
    const body = toMarkdown(parts);
    const answer: Answer = {
      answer: `${body}\n\n${sourcesMarkdown(sources)}`,
      body,
      parts,
      grounded: true,
      roles: offline.roles,
      subject: offline.subject,
      ...(offline.listed ? { listed: offline.listed } : {}),
      gaps: offline.gaps,
      sources,
      mode: 'llm',
      intent: offline.intent,
      usage: {
        prompt_tokens: usage?.promptTokens ?? 0,
        completion_tokens: usage?.completionTokens ?? 0,
        time_to_first_token_ms: firstTokenMs ?? 0,
      },
    };
    yield { type: 'final', answer };
  }
}
