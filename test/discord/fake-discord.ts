import type { IncomingMessage, ServerResponse } from 'node:http';
import type { WebSocket } from 'ws';
import { LoopbackServer } from '../support/loopback-server.js';
import { readBody } from '../support/read-body.js';
import { COMPONENTS_V2, type MessageBody, v2Problem } from './message-body.js';

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
/** A text channel where the bot may start threads: answers to mentions there open one. */
export const THREAD_CHANNEL_ID = '900000000000000031';
export const DM_CHANNEL_ID = '900000000000000040';
/** The role Discord gives the bot at install, with the invite link's permissions. */
export const BOT_ROLE_ID = '900000000000000021';
/** View Channels, Send Messages, Send Messages in Threads, Create Public Threads, Embed Links, Read Message History. */
export const BOT_PERMISSIONS = '309237730304';
const CREATE_PUBLIC_THREADS = String(1n << 35n);

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
  /** Threads the bot started; a new session's GUILD_CREATE lists them, as Discord lists active threads. */
  readonly threads: Record<string, unknown>[] = [];
  /** Requests answered 400 because Discord would refuse them, with the reason. */
  readonly refusals: { path: string; problem: string }[] = [];
  /** The flags of messages the bot posted, so an edit that changes the v2 flag is refused. */
  private readonly flagsOf = new Map<string, number>();
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
            role(GUILD_ID, '@everyone', '274877991936'),
            { ...role(BOT_ROLE_ID, 'career-bot', BOT_PERMISSIONS), managed: true, position: 1 },
          ],
          members: [
            {
              user: BOT_USER,
              roles: [BOT_ROLE_ID],
              joined_at: new Date().toISOString(),
              deaf: false,
              mute: false,
              flags: 0,
            },
          ],
          channels: [
            // Threads are turned off for the bot here, so it answers in place.
            {
              id: CHANNEL_ID,
              type: 0,
              name: 'careers',
              guild_id: GUILD_ID,
              position: 0,
              permission_overwrites: [{ id: BOT_ROLE_ID, type: 0, allow: '0', deny: CREATE_PUBLIC_THREADS }],
            },
            {
              id: THREAD_CHANNEL_ID,
              type: 0,
              name: 'ask-the-bot',
              guild_id: GUILD_ID,
              position: 1,
              permission_overwrites: [],
            },
          ],
          threads: this.threads,
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

    const problem = this.problemWith(method, path, body as MessageBody | undefined);
    if (problem) {
      this.refusals.push({ path, problem });
      return json(400, { message: 'Invalid Form Body', code: 50035, errors: problem });
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
    const startThread = /^\/channels\/(\d+)\/messages\/(\d+)\/threads$/.exec(path);
    if (method === 'POST' && startThread) {
      const thread = this.thread(startThread[1]!, startThread[2]!, String((body as { name?: string }).name));
      this.threads.push(thread);
      return json(201, thread);
    }
    const channelMessage = /^\/channels\/(\d+)\/messages(?:\/(\d+))?$/.exec(path);
    const webhookMessage = /^\/webhooks\/(\d+)\/([^/]+)(?:\/messages\/(@original|\d+))?$/.exec(path);
    if (channelMessage || webhookMessage) {
      const channelId = channelMessage?.[1] ?? CHANNEL_ID;
      const sent = this.message(
        channelId,
        (body ?? {}) as Record<string, unknown>,
        channelMessage?.[2] ?? webhookMessage?.[3],
      );
      if (method === 'POST' && channelMessage) this.flagsOf.set(String(sent.id), Number(sent.flags));
      return json(200, sent);
    }
    if (method === 'POST' && /^\/channels\/\d+\/typing$/.test(path)) {
      res.writeHead(204);
      res.end();
      return;
    }
    return json(404, { message: 'Unknown route in the fake', code: 0 });
  }

  /** Why Discord would refuse this message (create, edit or interaction response); undefined when it would not. */
  private problemWith(method: string, path: string, body: MessageBody | undefined): string | undefined {
    if (!body || Array.isArray(body)) return undefined;
    if (/^\/interactions\/\d+\/[^/]+\/callback$/.test(path)) {
      const response = body as { type?: number; data?: MessageBody };
      return response.type === 4 || response.type === 7 ? v2Problem(response.data ?? {}) : undefined;
    }
    const edited = method === 'PATCH' ? /\/messages\/(\d+)$/.exec(path)?.[1] : undefined;
    const before = edited ? this.flagsOf.get(edited) : undefined;
    if (before !== undefined && body.flags !== undefined && (before & COMPONENTS_V2) !== (body.flags & COMPONENTS_V2))
      return 'an edit cannot add or remove IS_COMPONENTS_V2';
    const message = /^\/channels\/\d+\/messages(\/\d+)?$|^\/webhooks\/\d+\/[^/]+(\/messages\/(\d+|@original))?$/;
    if (!message.test(path)) return undefined;
    return v2Problem({ ...body, flags: (body.flags ?? 0) | ((before ?? 0) & COMPONENTS_V2) });
  }

  /** A public thread as Discord returns it: started from a message, it has that message's id. */
  thread(parentId: string, messageId: string, name: string): Record<string, unknown> {
    return {
      id: messageId,
      type: 11,
      guild_id: GUILD_ID,
      parent_id: parentId,
      name,
      owner_id: BOT_USER.id,
      thread_metadata: {
        archived: false,
        auto_archive_duration: 1440,
        archive_timestamp: new Date().toISOString(),
        locked: false,
      },
      message_count: 0,
      member_count: 1,
      total_message_sent: 0,
    };
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

/**
 * A MESSAGE_CREATE payload from a person (or a bot), in a DM or in a guild channel (`channelId`,
 * the careers channel by default; `inThread` for a thread's id).
 */
export function messagePayload(opts: {
  content: string;
  dm?: boolean;
  author?: Record<string, unknown>;
  mentionsBot?: boolean;
  id?: string;
  channelId?: string;
  inThread?: boolean;
}): Record<string, unknown> {
  const author = opts.author ?? HUMAN;
  const base = {
    id: opts.id ?? snowflake(),
    channel_id: opts.dm ? DM_CHANNEL_ID : (opts.channelId ?? CHANNEL_ID),
    // Discord's MESSAGE_CREATE says what kind of channel it came from (1 a DM, 11 a public thread).
    channel_type: opts.dm ? 1 : opts.inThread ? 11 : 0,
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

function role(id: string, name: string, permissions: string): Record<string, unknown> {
  return { id, name, permissions, position: 0, color: 0, hoist: false, managed: false, mentionable: false, flags: 0 };
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
