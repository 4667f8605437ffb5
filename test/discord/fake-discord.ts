import type { IncomingMessage, ServerResponse } from 'node:http';
import type { WebSocket } from 'ws';
import { LoopbackServer } from '../support/loopback-server.js';
import { readBody } from '../support/read-body.js';

export const BOT_USER = {
  id: '900000000000000001',
  username: 'career-bot',
  discriminator: '0',
  global_name: null,
  avatar: null,
  bot: true,
};
export const HUMAN = {
  id: '900000000000000002',
  username: 'ada',
  discriminator: '0',
  global_name: 'Ada',
  avatar: null,
};
export const OTHER_BOT = {
  id: '900000000000000003',
  username: 'other-bot',
  discriminator: '0',
  global_name: null,
  avatar: null,
  bot: true,
};
export const APP_ID = '900000000000000010';
export const GUILD_ID = '900000000000000020';
export const CHANNEL_ID = '900000000000000030';
export const DM_CHANNEL_ID = '900000000000000040';

export interface RestCall {
  method: string;
  path: string;
  body: Record<string, unknown> | Record<string, unknown>[] | undefined;
  authorization?: string;
  /** When the request arrived (performance.now()). */
  at: number;
}

let idCounter = 1000;
export const snowflake = () => `9100000000000${String(idCounter++).padStart(5, '0')}`;

/**
 * A local stand-in for Discord: REST under /api/v10 and a gateway websocket speaking Discord's
 * protocol (HELLO, IDENTIFY -> READY, heartbeats, RESUME, dispatches) in plain JSON.
 */
export class FakeDiscord extends LoopbackServer {
  readonly calls: RestCall[] = [];
  /** "METHOD /path" answered with HTTP 429 this many more times (to exercise rate limits). */
  readonly rateLimited = new Map<string, number>();
  readonly identifies: Record<string, unknown>[] = [];
  readonly resumes: Record<string, unknown>[] = [];
  private socket?: WebSocket;
  private seq = 0;

  private constructor() {
    super();
  }

  static async start(port = 0): Promise<FakeDiscord> {
    const fake = new FakeDiscord();
    await fake.listen(port);
    return fake;
  }

  /** What DISCORD_API_URL is set to: discord.js appends the version. */
  get apiUrl(): string {
    return `${this.base}/api`;
  }

  get connected(): boolean {
    return this.socket?.readyState === 1;
  }

  callsTo(method: string, pathPattern: RegExp): RestCall[] {
    return this.calls.filter((c) => c.method === method && pathPattern.test(c.path));
  }

  /** Sends a gateway dispatch (op 0) to the connected bot. */
  dispatch(t: string, d: Record<string, unknown>): void {
    if (!this.socket) throw new Error('no gateway connection');
    this.socket.send(JSON.stringify({ op: 0, t, s: ++this.seq, d }));
  }

  /** Closes the gateway connection the way Discord does on a server-side problem (resumable). */
  dropConnection(code = 4000): void {
    this.socket?.close(code, 'fake drop');
    this.socket = undefined;
  }

  protected override onSocket(ws: WebSocket): void {
    this.socket = ws;
    ws.send(JSON.stringify({ op: 10, d: { heartbeat_interval: 45_000 }, s: null, t: null }));
    ws.on('message', (raw) => {
      const payload = JSON.parse(raw.toString()) as { op: number; d: Record<string, unknown> };
      if (payload.op === 1) ws.send(JSON.stringify({ op: 11, d: null, s: null, t: null }));
      if (payload.op === 2) {
        this.identifies.push(payload.d);
        this.seq = 0;
        this.dispatch('READY', {
          v: 10,
          user: BOT_USER,
          guilds: [{ id: GUILD_ID, unavailable: true }],
          session_id: `session-${this.identifies.length}`,
          resume_gateway_url: `${this.base.replace('http', 'ws')}/gateway`,
          shard: [0, 1],
          application: { id: APP_ID, flags: 0 },
        });
        this.dispatch('GUILD_CREATE', {
          id: GUILD_ID,
          name: 'Smart City Guild',
          owner_id: HUMAN.id,
          unavailable: false,
          member_count: 2,
          joined_at: new Date().toISOString(),
          large: false,
          features: [],
          emojis: [],
          stickers: [],
          roles: [
            {
              id: GUILD_ID,
              name: '@everyone',
              permissions: '274877991936',
              position: 0,
              color: 0,
              hoist: false,
              managed: false,
              mentionable: false,
              flags: 0,
            },
          ],
          members: [],
          channels: [
            { id: CHANNEL_ID, type: 0, name: 'careers', guild_id: GUILD_ID, position: 0, permission_overwrites: [] },
          ],
          threads: [],
          presences: [],
          voice_states: [],
          stage_instances: [],
          guild_scheduled_events: [],
        });
      }
      if (payload.op === 6) {
        this.resumes.push(payload.d);
        this.socket?.send(JSON.stringify({ op: 0, t: 'RESUMED', s: ++this.seq, d: {} }));
      }
    });
  }

  protected override async onRequest(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', this.base);
    const raw = await readBody(req);
    const method = req.method ?? 'GET';
    const path = url.pathname.replace(/^\/api\/v10/, '');
    const body = raw ? (JSON.parse(raw) as RestCall['body']) : undefined;
    this.calls.push({ method, path, body, authorization: req.headers.authorization, at: performance.now() });
    const json = (status: number, value: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(value));
    };
    const limited = this.rateLimited.get(`${method} ${path}`) ?? 0;
    if (limited > 0) {
      this.rateLimited.set(`${method} ${path}`, limited - 1);
      res.writeHead(429, { 'content-type': 'application/json', 'retry-after': '1', 'x-ratelimit-scope': 'user' });
      res.end(JSON.stringify({ message: 'You are being rate limited.', retry_after: 0.5, global: false }));
      return;
    }

    if (method === 'GET' && path === '/gateway/bot') {
      return json(200, {
        url: `${this.base.replace('http', 'ws')}/gateway`,
        shards: 1,
        session_start_limit: { total: 1000, remaining: 999, reset_after: 0, max_concurrency: 1 },
      });
    }
    if (method === 'GET' && path === '/users/@me') return json(200, BOT_USER);
    if (method === 'POST' && /^\/interactions\/\d+\/[^/]+\/callback$/.test(path)) {
      // 204 must carry no content type, as Discord sends it.
      res.writeHead(204);
      res.end();
      return;
    }
    if (method === 'PUT' && /^\/applications\/\d+(\/guilds\/\d+)?\/commands$/.test(path)) {
      return json(
        200,
        (body as Record<string, unknown>[]).map((c) => ({
          ...c,
          id: snowflake(),
          application_id: APP_ID,
          version: snowflake(),
        })),
      );
    }
    const channelMessage = /^\/channels\/(\d+)\/messages(?:\/(\d+))?$/.exec(path);
    const webhookMessage = /^\/webhooks\/(\d+)\/([^/]+)(?:\/messages\/(@original|\d+))?$/.exec(path);
    if (channelMessage || webhookMessage) {
      const channelId = channelMessage?.[1] ?? CHANNEL_ID;
      return json(
        200,
        this.message(channelId, (body ?? {}) as Record<string, unknown>, channelMessage?.[2] ?? webhookMessage?.[3]),
      );
    }
    if (method === 'POST' && /^\/channels\/\d+\/typing$/.test(path)) {
      res.writeHead(204);
      res.end();
      return;
    }
    return json(404, { message: 'Unknown route in the fake', code: 0 });
  }

  /** A message object as Discord returns it for a message the bot sent. */
  message(channelId: string, body: Record<string, unknown>, id?: string): Record<string, unknown> {
    return {
      id: id && id !== '@original' ? id : snowflake(),
      channel_id: channelId,
      author: BOT_USER,
      content: body.content ?? '',
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
      tts: false,
      mention_everyone: false,
      mentions: [],
      mention_roles: [],
      attachments: [],
      embeds: body.embeds ?? [],
      components: body.components ?? [],
      pinned: false,
      type: body.message_reference ? 19 : 0,
      flags: body.flags ?? 0,
      ...(body.message_reference ? { message_reference: body.message_reference } : {}),
    };
  }
}

/** A MESSAGE_CREATE payload from a person (or a bot), in a DM or in the guild channel. */
export function messagePayload(opts: {
  content: string;
  dm?: boolean;
  author?: Record<string, unknown>;
  mentionsBot?: boolean;
  id?: string;
}): Record<string, unknown> {
  const author = opts.author ?? HUMAN;
  const base = {
    id: opts.id ?? snowflake(),
    channel_id: opts.dm ? DM_CHANNEL_ID : CHANNEL_ID,
    // Discord's MESSAGE_CREATE says what kind of channel it came from (1 is a DM).
    channel_type: opts.dm ? 1 : 0,
    author,
    content: opts.content,
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
    tts: false,
    mention_everyone: false,
    mentions: opts.mentionsBot ? [BOT_USER] : [],
    mention_roles: [],
    attachments: [],
    embeds: [],
    components: [],
    pinned: false,
    type: 0,
    flags: 0,
  };
  if (opts.dm) return base;
  return {
    ...base,
    guild_id: GUILD_ID,
    member: { roles: [], joined_at: new Date().toISOString(), deaf: false, mute: false, flags: 0 },
  };
}

/** An INTERACTION_CREATE payload from the human in the guild channel. */
export function interactionPayload(
  type: number,
  data: Record<string, unknown>,
  extra: Record<string, unknown> = {},
): Record<string, unknown> {
  return {
    id: snowflake(),
    application_id: APP_ID,
    type,
    data,
    guild_id: GUILD_ID,
    channel_id: CHANNEL_ID,
    channel: { id: CHANNEL_ID, type: 0, guild_id: GUILD_ID, name: 'careers' },
    member: {
      user: HUMAN,
      roles: [],
      permissions: '274877991936',
      joined_at: new Date().toISOString(),
      deaf: false,
      mute: false,
      flags: 0,
    },
    token: `interaction-token-${snowflake()}`,
    version: 1,
    app_permissions: '274877991936',
    locale: 'en-US',
    guild_locale: 'en-US',
    entitlements: [],
    authorizing_integration_owners: { '0': GUILD_ID },
    context: 0,
    ...extra,
  };
}
