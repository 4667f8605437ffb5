import { createHmac } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { Logger } from 'pino';
import type { Answer, Turn } from '../answer/answer.js';
import { outcomeOf, skillsNamed } from '../answer/answer-outcome.js';
import { newUserKey } from '../conversation/pseudonym.js';
import { CareerBotError } from '../errors.js';
import { type AnswerRecord, MemoryAnswers, newAnswerKey } from './answer-store.js';
import { MemoryConversations } from './conversation-store.js';
import { CONVERSATION_TTL_MS, SEEN_TTL_MS } from './expiry.js';
import type { FeedbackEntry } from './feedback-store.js';
import { migrate } from './migrations.js';
import { MemorySeenIds } from './seen-ids.js';
import type { Stores } from './stores.js';

/** The data directory or its file cannot be opened for writing. */
export class StoreUnavailableError extends CareerBotError {}

export interface SqliteStoreOptions {
  dir: string;
  retentionDays: number;
  /** From the configuration; otherwise a key made on first use and kept in the file. */
  userHashKey?: string;
  logger: Logger;
  now?: () => number;
}

const DAY_MS = 24 * 60 * 60_000;
const PRUNE_EVERY_MS = 6 * 60 * 60_000;

export const STORE_FILE = 'career-bot.sqlite';

interface FeedbackRow {
  answer_id: string;
  user_hash: string;
  at: number;
  surface: string;
  verdict: 'up' | 'down';
  reason: string | null;
}

/**
 * Questions, feedback, delivery ids and follow-up context in one SQLite file. Writes are queued and
 * run together after the current turn of the event loop, so an answer is sent before its record is
 * written; a failed write (full or read-only disk) is logged once and the answers go on.
 */
export class SqliteStore {
  readonly userKey: string;
  private readonly pending: (() => void)[] = [];
  private flushScheduled = false;
  private failing = false;
  private readonly pruneTimer: NodeJS.Timeout;
  // Recent entries are also kept in memory: reading back what was just queued needs no flush.
  private readonly recentAnswers = new MemoryAnswers(500);
  private readonly recentTurns = new MemoryConversations();
  private readonly recentSeen = new MemorySeenIds();
  private readonly now: () => number;
  private readonly statements = new Map<string, Database.Statement>();

  private constructor(
    private readonly db: Database.Database,
    private readonly opts: SqliteStoreOptions,
  ) {
    this.now = opts.now ?? Date.now;
    this.userKey = opts.userHashKey ?? this.storedUserKey();
    this.prune();
    this.pruneTimer = setInterval(() => this.prune(), PRUNE_EVERY_MS).unref();
  }

  /** Opens (creating when needed) the store under `dir` and brings its schema up to date. */
  static open(opts: SqliteStoreOptions): SqliteStore {
    const file = path.join(opts.dir, STORE_FILE);
    let db: Database.Database | undefined;
    try {
      mkdirSync(opts.dir, { recursive: true });
      db = new Database(file);
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = NORMAL');
      // Another process (a CLI run, `report`) may hold the write lock briefly; wait a little, not long.
      db.pragma('busy_timeout = 250');
      const { from, to } = migrate(db);
      if (from !== to) opts.logger.info({ file, from, to }, 'store schema migrated');
      return new SqliteStore(db, opts);
    } catch (err) {
      db?.close();
      const reason = err instanceof Error ? err.message : String(err);
      throw new StoreUnavailableError(`cannot open the store ${file}: ${reason}`, { cause: err });
    }
  }

  /** The ports the conversation service uses. */
  stores(): Stores {
    return {
      seen: { firstTime: (id) => this.firstTime(id) },
      conversations: {
        get: (key) => this.turn(key),
        remember: (key, turn, user) => this.remember(key, turn, user),
      },
      answers: { save: (record) => this.saveAnswer(record), get: (key) => this.answer(key) },
      feedback: { record: (entry) => this.recordFeedback(entry), all: () => this.feedback() },
      userKey: this.userKey,
      writable: () => !this.failing,
    };
  }

  /** Deletes every row of the given user pseudonyms; returns how many rows went. */
  forgetUsers(users: string[]): number {
    this.flush();
    const marks = users.map(() => '?').join(', ');
    return this.db.transaction(() =>
      ['questions', 'feedback', 'conversations'].reduce(
        (n, table) => n + this.statement(`DELETE FROM ${table} WHERE user_hash IN (${marks})`).run(...users).changes,
        0,
      ),
    )();
  }

  /** Drops questions and feedback past the retention period, and expired ids and context. */
  prune(): void {
    this.enqueue(() => {
      const now = this.now();
      const cutoff = now - this.opts.retentionDays * DAY_MS;
      this.statement('DELETE FROM questions WHERE at < ?').run(cutoff);
      this.statement('DELETE FROM feedback WHERE at < ?').run(cutoff);
      this.statement('DELETE FROM seen_deliveries WHERE expires_at <= ?').run(now);
      this.statement('DELETE FROM conversations WHERE expires_at <= ?').run(now);
    });
  }

  /** The raw database, for the read-only queries of the admin's report. */
  get database(): Database.Database {
    this.flush();
    return this.db;
  }

  close(): void {
    clearInterval(this.pruneTimer);
    this.flush();
    this.db.close();
  }

  /** Runs the queued writes in one transaction. */
  flush(): void {
    this.flushScheduled = false;
    if (this.pending.length === 0) return;
    const batch = this.pending.splice(0);
    try {
      this.db.transaction(() => {
        for (const write of batch) write();
      })();
      if (this.failing) this.opts.logger.info('store writable again; recording resumed');
      this.failing = false;
    } catch (err) {
      if (!this.failing)
        this.opts.logger.warn(
          { reason: err instanceof Error ? err.message : String(err) },
          'store not writable: questions and feedback are not recorded; answers go on',
        );
      this.failing = true;
    }
  }

  /** Statements are compiled once per SQL text. */
  private statement(sql: string): Database.Statement {
    let s = this.statements.get(sql);
    if (!s) {
      s = this.db.prepare(sql);
      this.statements.set(sql, s);
    }
    return s;
  }

  private enqueue(write: () => void): void {
    this.pending.push(write);
    if (this.flushScheduled) return;
    this.flushScheduled = true;
    setImmediate(() => this.flush());
  }

  private storedUserKey(): string {
    const row = this.statement("SELECT value FROM meta WHERE key = 'user_hash_key'").get() as
      | { value: string }
      | undefined;
    if (row) return row.value;
    const key = newUserKey();
    this.statement("INSERT INTO meta (key, value) VALUES ('user_hash_key', ?)").run(key);
    return key;
  }

  /** Conversation keys hold platform ids (channel and user): only their keyed hash is written. */
  private hashed(key: string): string {
    return createHmac('sha256', this.userKey).update(key).digest('base64url');
  }

  private firstTime(id: string): boolean {
    if (!this.recentSeen.firstTime(id)) return false;
    const now = this.now();
    try {
      const row = this.statement('SELECT expires_at FROM seen_deliveries WHERE id = ?').get(this.hashed(id)) as
        | { expires_at: number }
        | undefined;
      if (row && row.expires_at > now) return false;
    } catch {
      // An unreadable store must not stop an answer: answering twice is the lesser harm.
    }
    this.enqueue(() =>
      this.statement('INSERT OR REPLACE INTO seen_deliveries (id, expires_at) VALUES (?, ?)').run(
        this.hashed(id),
        now + SEEN_TTL_MS,
      ),
    );
    return true;
  }

  private turn(key: string): Turn | undefined {
    const recent = this.recentTurns.get(key);
    if (recent) return recent;
    try {
      const row = this.statement('SELECT turn FROM conversations WHERE key = ? AND expires_at > ?').get(
        this.hashed(key),
        this.now(),
      ) as { turn: string } | undefined;
      return row ? (JSON.parse(row.turn) as Turn) : undefined;
    } catch {
      return undefined;
    }
  }

  private remember(key: string, turn: Turn, user?: string): void {
    this.recentTurns.remember(key, turn);
    const expires = this.now() + CONVERSATION_TTL_MS;
    this.enqueue(() =>
      this.statement('INSERT OR REPLACE INTO conversations (key, user_hash, turn, expires_at) VALUES (?, ?, ?, ?)').run(
        this.hashed(key),
        user ?? null,
        JSON.stringify(turn),
        expires,
      ),
    );
  }

  private saveAnswer(record: AnswerRecord): string {
    const key = newAnswerKey();
    this.recentAnswers.put(key, record);
    const { answer } = record;
    const { outcome, reason } = outcomeOf(answer);
    this.enqueue(() =>
      this.statement(
        `INSERT INTO questions (id, at, surface, user_hash, question, outcome, reason, intent, roles, skills, sources, mode, latency_ms, answer)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ).run(
        key,
        record.at,
        record.surface,
        record.user ?? null,
        record.question,
        outcome,
        reason ?? null,
        answer.intent,
        JSON.stringify(answer.roles),
        JSON.stringify(skillsNamed(answer)),
        JSON.stringify(answer.sources.map((s) => s.id)),
        answer.mode,
        record.latencyMs ?? null,
        JSON.stringify(answer),
      ),
    );
    return key;
  }

  private answer(key: string): AnswerRecord | undefined {
    const recent = this.recentAnswers.get(key);
    if (recent) return recent;
    try {
      const row = this.statement(
        'SELECT question, answer, surface, at, user_hash, latency_ms FROM questions WHERE id = ?',
      ).get(key) as
        | {
            question: string;
            answer: string;
            surface: string;
            at: number;
            user_hash: string | null;
            latency_ms: number | null;
          }
        | undefined;
      if (!row) return undefined;
      return {
        question: row.question,
        answer: JSON.parse(row.answer) as Answer,
        surface: row.surface,
        at: row.at,
        ...(row.user_hash ? { user: row.user_hash } : {}),
        ...(row.latency_ms !== null ? { latencyMs: row.latency_ms } : {}),
      };
    } catch {
      return undefined;
    }
  }

  private recordFeedback(entry: FeedbackEntry): void {
    this.enqueue(() =>
      this.statement(
        `INSERT INTO feedback (answer_id, user_hash, at, surface, verdict, reason) VALUES (?, ?, ?, ?, ?, ?)
           ON CONFLICT (answer_id, user_hash) DO UPDATE SET at = excluded.at, verdict = excluded.verdict,
             reason = CASE WHEN excluded.verdict = feedback.verdict THEN COALESCE(excluded.reason, feedback.reason)
                           ELSE excluded.reason END`,
      ).run(entry.answerKey, entry.user, entry.at, entry.surface, entry.verdict, entry.reason ?? null),
    );
  }

  private feedback(): FeedbackEntry[] {
    this.flush();
    const rows = this.statement('SELECT * FROM feedback ORDER BY at').all() as FeedbackRow[];
    return rows.map((r) => ({
      answerKey: r.answer_id,
      user: r.user_hash,
      at: r.at,
      surface: r.surface,
      verdict: r.verdict,
      ...(r.reason ? { reason: r.reason } : {}),
    }));
  }
}
