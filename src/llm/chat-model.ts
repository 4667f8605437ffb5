import OpenAI from 'openai';
import { CareerBotError } from '../errors.js';

export type LlmFailure =
  | 'timeout'
  | 'rate_limited'
  | 'server'
  | 'connection'
  | 'not_found'
  | 'auth'
  | 'bad_request'
  | 'malformed'
  | 'incomplete';

/** Why a model call failed, in terms the fallback policy acts on; never carries the API key. */
export class LlmError extends CareerBotError {
  constructor(
    readonly kind: LlmFailure,
    message: string,
    readonly status?: number,
    readonly retryAfterMs?: number,
  ) {
    super(message);
  }
}

export type ChatEvent =
  | { type: 'delta'; text: string }
  | { type: 'usage'; promptTokens: number; completionTokens: number };

export interface ChatMessage {
  role: 'system' | 'user' | 'assistant';
  content: string;
}

function retryAfterMs(headers: Headers | undefined): number | undefined {
  const ms = Number(headers?.get('retry-after-ms'));
  if (Number.isFinite(ms) && ms > 0) return ms;
  const s = Number(headers?.get('retry-after'));
  if (Number.isFinite(s) && s >= 0 && headers?.get('retry-after') !== null) return s * 1000;
  return undefined;
}

function classify(err: unknown, timedOut: boolean): LlmError {
  if (timedOut) return new LlmError('timeout', 'the model did not answer in time');
  if (err instanceof LlmError) return err;
  if (err instanceof OpenAI.APIConnectionError)
    return new LlmError('connection', `cannot reach the model server (${err.message})`);
  if (err instanceof OpenAI.APIError && typeof err.status === 'number') {
    const status = err.status;
    if (status === 429)
      return new LlmError(
        'rate_limited',
        'the model server is rate limiting',
        status,
        retryAfterMs(err.headers as Headers | undefined),
      );
    if (status === 404) return new LlmError('not_found', 'the model was not found (check OPENAI_MODEL)', status);
    if (status === 401 || status === 403)
      return new LlmError('auth', 'the model server refused the API key (check OPENAI_API_KEY)', status);
    if (status >= 500) return new LlmError('server', `the model server failed with ${status}`, status);
    return new LlmError('bad_request', `the model server rejected the request with ${status}`, status);
  }
  return new LlmError(
    'malformed',
    `the model's response could not be read (${err instanceof Error ? err.message : String(err)})`,
  );
}

/**
 * Streaming chat completions from an OpenAI-compatible server. Three clocks bound a call: until the
 * first token, between tokens, and in total; any of them running out is a timeout, wherever the
 * response was. A stream counts as finished only when the server says it stopped (finish reason
 * "stop"): one cut off by the token limit or by a dropped connection is incomplete, not an answer.
 */
export class ChatModel {
  constructor(
    private readonly client: OpenAI,
    readonly model: string,
    private readonly limits: { firstTokenTimeoutMs: number; totalTimeoutMs: number; idleTimeoutMs?: number },
  ) {}

  async *stream(messages: ChatMessage[]): AsyncGenerator<ChatEvent> {
    const controller = new AbortController();
    let timedOut = false;
    const abort = () => {
      timedOut = true;
      controller.abort();
    };
    let tokenClock: NodeJS.Timeout = setTimeout(abort, this.limits.firstTokenTimeoutMs);
    const total = setTimeout(abort, this.limits.totalTimeoutMs);
    const idleMs = this.limits.idleTimeoutMs ?? this.limits.firstTokenTimeoutMs;
    try {
      const stream = await this.client.chat.completions.create(
        { model: this.model, messages, stream: true, stream_options: { include_usage: true }, temperature: 0.2 },
        { signal: controller.signal, maxRetries: 0, timeout: this.limits.totalTimeoutMs },
      );
      let sawChunk = false;
      let finishReason: string | null | undefined;
      for await (const chunk of stream) {
        sawChunk = true;
        const choice = chunk.choices?.[0];
        if (choice?.finish_reason) finishReason = choice.finish_reason;
        const delta = choice?.delta?.content;
        if (delta) {
          clearTimeout(tokenClock);
          tokenClock = setTimeout(abort, idleMs);
          yield { type: 'delta', text: delta };
        }
        if (chunk.usage)
          yield {
            type: 'usage',
            promptTokens: chunk.usage.prompt_tokens,
            completionTokens: chunk.usage.completion_tokens,
          };
      }
      // An abort can end the iteration quietly once the response has begun: still a timeout.
      if (timedOut) throw new LlmError('timeout', 'the model stopped sending in time');
      if (!sawChunk) throw new LlmError('malformed', 'the model server sent an empty stream');
      if (finishReason !== 'stop') {
        throw new LlmError(
          'incomplete',
          finishReason
            ? `the answer was cut off (finish reason "${finishReason}")`
            : 'the stream ended before the model finished',
        );
      }
    } catch (err) {
      throw classify(err, timedOut);
    } finally {
      clearTimeout(tokenClock);
      clearTimeout(total);
    }
  }
}
