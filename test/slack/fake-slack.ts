import type { IncomingMessage, ServerResponse } from 'node:http';
import type { WebSocket } from 'ws';
import { LoopbackServer } from '../support/loopback-server.js';
import { readBody } from '../support/read-body.js';

export interface ApiCall {
  method: string;
  args: Record<string, unknown>;
  authorization?: string;
}

export interface ResponseUrlPost {
  id: string;
  body: Record<string, unknown>;
}

/** The Web API client form-encodes arguments and JSON-encodes the nested ones (blocks, prompts). */
function parseArgs(raw: string, contentType: string | undefined): Record<string, unknown> {
  if (contentType?.includes('application/json')) return JSON.parse(raw || '{}') as Record<string, unknown>;
  const args: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(raw)) {
    args[key] = /^[[{]/.test(value) ? (JSON.parse(value) as unknown) : value;
  }
  return args;
}

/**
 * A local stand-in for Slack: the Web API under /api/, response_url endpoints under /response/, and
 * a Socket Mode websocket under /socket. It records what the bot sends.
 */
export class FakeSlack extends LoopbackServer {
  readonly calls: ApiCall[] = [];
  readonly responses: ResponseUrlPost[] = [];
  /** conversations.replies answers, by "channel:thread_ts". */
  readonly threads = new Map<string, Record<string, unknown>[]>();
  /** Methods that answer `{ok: false, error}` (to exercise failures). */
  readonly failing = new Map<string, string>();
  /** Methods that answer HTTP 429 with Retry-After: 1 this many more times (to exercise rate limits). */
  readonly rateLimited = new Map<string, number>();
  readonly acks: Record<string, unknown>[] = [];
  private socket?: WebSocket;
  private tsCounter = 1;

  private constructor() {
    super();
  }

  static async start(port = 0): Promise<FakeSlack> {
    const fake = new FakeSlack();
    await fake.listen(port);
    return fake;
  }

  protected override onSocket(ws: WebSocket): void {
    this.socket = ws;
    ws.on('message', (data) => this.acks.push(JSON.parse(data.toString()) as Record<string, unknown>));
    ws.send(
      JSON.stringify({
        type: 'hello',
        num_connections: 1,
        connection_info: { app_id: 'A1' },
        debug_info: { approximate_connection_time: 3600 },
      }),
    );
  }

  protected override async onRequest(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const { status, body } = await this.handle(req).catch((err: unknown) => ({ status: 500, body: String(err) }));
    res.writeHead(status, { 'content-type': 'application/json', ...(status === 429 ? { 'retry-after': '1' } : {}) });
    res.end(JSON.stringify(body));
  }

  get apiUrl(): string {
    return `${this.base}/api/`;
  }

  responseUrl(id: string): string {
    return `${this.base}/response/${id}`;
  }

  get socketConnected(): boolean {
    return this.socket !== undefined;
  }

  callsTo(method: string): ApiCall[] {
    return this.calls.filter((c) => c.method === method);
  }

  /** Sends a Socket Mode envelope to the connected app. */
  sendEnvelope(envelope: Record<string, unknown>): void {
    if (!this.socket) throw new Error('no socket mode client connected');
    this.socket.send(JSON.stringify(envelope));
  }

  private async handle(req: IncomingMessage): Promise<{ status: number; body: unknown }> {
    const url = new URL(req.url ?? '/', this.base);
    const raw = await readBody(req);
    if (url.pathname.startsWith('/response/')) {
      this.responses.push({
        id: url.pathname.slice('/response/'.length),
        body: JSON.parse(raw) as Record<string, unknown>,
      });
      return { status: 200, body: { ok: true } };
    }
    if (!url.pathname.startsWith('/api/')) return { status: 404, body: { ok: false, error: 'unknown_path' } };
    const method = url.pathname.slice('/api/'.length);
    const args = parseArgs(raw, req.headers['content-type']);
    this.calls.push({ method, args, authorization: req.headers.authorization });
    const limited = this.rateLimited.get(method) ?? 0;
    if (limited > 0) {
      this.rateLimited.set(method, limited - 1);
      return { status: 429, body: { ok: false, error: 'ratelimited' } };
    }
    const failure = this.failing.get(method);
    if (failure) return { status: 200, body: { ok: false, error: failure } };
    return { status: 200, body: this.answer(method, args) };
  }

  private answer(method: string, args: Record<string, unknown>): Record<string, unknown> {
    switch (method) {
      case 'auth.test':
        return {
          ok: true,
          url: 'https://example.slack.com/',
          team: 'Test',
          user: 'career-bot',
          team_id: 'T1',
          user_id: 'UBOT',
          bot_id: 'BBOT',
        };
      case 'apps.connections.open':
        return { ok: true, url: `${this.base.replace('http', 'ws')}/socket` };
      case 'chat.postMessage':
        return {
          ok: true,
          channel: args.channel,
          ts: `1800000000.${String(this.tsCounter++).padStart(6, '0')}`,
          message: { text: args.text },
        };
      case 'chat.startStream':
        return { ok: true, channel: args.channel, ts: `1800000000.${String(this.tsCounter++).padStart(6, '0')}` };
      case 'chat.appendStream':
      case 'chat.stopStream':
        return { ok: true, channel: args.channel, ts: args.ts };
      case 'chat.update':
        return { ok: true, channel: args.channel, ts: args.ts };
      case 'chat.postEphemeral':
        return { ok: true, message_ts: `1800000000.${String(this.tsCounter++).padStart(6, '0')}` };
      case 'conversations.replies':
        return {
          ok: true,
          messages: this.threads.get(`${String(args.channel)}:${String(args.ts)}`) ?? [],
          has_more: false,
        };
      default:
        return { ok: true };
    }
  }
}
