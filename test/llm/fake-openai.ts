import type { IncomingMessage, ServerResponse } from 'node:http';
import { LoopbackServer } from '../support/loopback-server.js';
import { readBody } from '../support/read-body.js';

/** What the fake does with the next chat request. */
export type ChatScript =
  | {
      kind: 'answer';
      text: string;
      pieces?: number;
      delayMs?: number;
      /** The finish reason sent at the end (default "stop"). */
      finishReason?: string;
      /** Close the connection after the text: no finish reason, no [DONE]. */
      cut?: boolean;
      /** Send this many pieces, then stop sending but keep the connection open. */
      stallAfter?: number;
    }
  | { kind: 'headers-then-hang' }
  | { kind: 'status'; status: number; headers?: Record<string, string>; message?: string }
  | { kind: 'hang' }
  | { kind: 'broken' };

export interface RecordedRequest {
  body: Record<string, unknown>;
  authorization?: string;
  at: number;
}

const DIMENSIONS = 64;

/** A deterministic bag-of-words vector, so similar texts get similar embeddings. */
export function fakeEmbedding(text: string): Float32Array {
  const v = new Float32Array(DIMENSIONS);
  for (const word of text.toLowerCase().match(/[a-z0-9]+/g) ?? []) {
    let h = 2166136261;
    for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), 16777619);
    v[(h >>> 0) % DIMENSIONS]! += 1;
  }
  const norm = Math.hypot(...v) || 1;
  return v.map((x) => x / norm);
}

/**
 * A local OpenAI-compatible server: /v1/chat/completions (plain and streamed as server-sent events,
 * with usage) and /v1/embeddings (base64 float32, as the SDK asks). Scripted per test.
 */
export class FakeOpenAI extends LoopbackServer {
  readonly chatRequests: RecordedRequest[] = [];
  readonly embeddingRequests: RecordedRequest[] = [];
  readonly script: ChatScript[] = [];
  /** Used when the script is empty. */
  defaultAnswer = 'Urban mechanics are civic innovators who improve the livelihood of the city [1].';
  private readonly open = new Set<ServerResponse>();

  private constructor() {
    super();
  }

  static async start(): Promise<FakeOpenAI> {
    const fake = new FakeOpenAI();
    await fake.listen(0);
    return fake;
  }

  get baseUrl(): string {
    return `${this.base}/v1`;
  }

  protected override async onRequest(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const body = JSON.parse((await readBody(req)) || '{}') as Record<string, unknown>;
    const record = { body, authorization: req.headers.authorization, at: performance.now() };
    if (req.url === '/v1/embeddings') {
      this.embeddingRequests.push(record);
      const inputs = Array.isArray(body.input) ? (body.input as string[]) : [String(body.input)];
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(
        JSON.stringify({
          object: 'list',
          model: body.model,
          data: inputs.map((text, index) => ({
            object: 'embedding',
            index,
            embedding: Buffer.from(fakeEmbedding(text).buffer).toString('base64'),
          })),
          usage: { prompt_tokens: inputs.length, total_tokens: inputs.length },
        }),
      );
      return;
    }
    if (req.url !== '/v1/chat/completions') {
      res.writeHead(404, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ error: { message: 'not found' } }));
      return;
    }
    this.chatRequests.push(record);
    const step = this.script.shift() ?? { kind: 'answer', text: this.defaultAnswer };
    await this.respond(step, body, res);
  }

  private async respond(step: ChatScript, body: Record<string, unknown>, res: ServerResponse) {
    if (step.kind === 'status') {
      res.writeHead(step.status, { 'content-type': 'application/json', ...step.headers });
      res.end(JSON.stringify({ error: { message: step.message ?? `status ${step.status}`, type: 'fake' } }));
      return;
    }
    if (step.kind === 'hang') {
      this.open.add(res);
      res.on('close', () => this.open.delete(res));
      return;
    }
    if (step.kind === 'headers-then-hang') {
      res.writeHead(200, { 'content-type': 'text/event-stream' });
      res.flushHeaders();
      this.open.add(res);
      res.on('close', () => this.open.delete(res));
      return;
    }
    if (step.kind === 'broken') {
      res.writeHead(200, { 'content-type': 'text/event-stream' });
      res.end('data: {"id": "x", "choices": [{"delta": {"content": "Urban\n\n');
      return;
    }
    const usage = {
      prompt_tokens: 420,
      completion_tokens: Math.ceil(step.text.length / 4),
      total_tokens: 420 + Math.ceil(step.text.length / 4),
    };
    const base = { id: 'chatcmpl-fake', created: Math.floor(Date.now() / 1000), model: body.model };
    if (!body.stream) {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(
        JSON.stringify({
          ...base,
          object: 'chat.completion',
          choices: [{ index: 0, message: { role: 'assistant', content: step.text }, finish_reason: 'stop' }],
          usage,
        }),
      );
      return;
    }
    res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
    const n = step.pieces ?? 4;
    const size = Math.ceil(step.text.length / n);
    const send = (chunk: unknown) => res.write(`data: ${JSON.stringify(chunk)}\n\n`);
    let sent = 0;
    for (let i = 0; i < step.text.length; i += size) {
      if (step.stallAfter !== undefined && sent === step.stallAfter) {
        this.open.add(res);
        res.on('close', () => this.open.delete(res));
        return;
      }
      send({
        ...base,
        object: 'chat.completion.chunk',
        choices: [{ index: 0, delta: { content: step.text.slice(i, i + size) }, finish_reason: null }],
      });
      sent += 1;
      if (step.delayMs) await new Promise((r) => setTimeout(r, step.delayMs));
    }
    if (step.cut) {
      res.end();
      return;
    }
    send({
      ...base,
      object: 'chat.completion.chunk',
      choices: [{ index: 0, delta: {}, finish_reason: step.finishReason ?? 'stop' }],
    });
    send({ ...base, object: 'chat.completion.chunk', choices: [], usage });
    res.end('data: [DONE]\n\n');
  }

  override async stop(): Promise<void> {
    for (const res of this.open) res.destroy();
    await super.stop();
  }
}
