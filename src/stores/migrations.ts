import type Database from 'better-sqlite3';

/**
 * The store's schema, one entry per version. PRAGMA user_version records how many have run; a new
 * version is a new entry at the end, never an edit of an old one, so every data file can be brought
 * up to date at start-up.
 */
export const MIGRATIONS: readonly string[] = [
  `CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
   CREATE TABLE questions (
     id TEXT PRIMARY KEY,
     at INTEGER NOT NULL,
     surface TEXT NOT NULL,
     user_hash TEXT,
     question TEXT NOT NULL,
     outcome TEXT NOT NULL CHECK (outcome IN ('answered', 'partial', 'declined', 'social')),
     reason TEXT,
     intent TEXT NOT NULL,
     roles TEXT NOT NULL,
     skills TEXT NOT NULL,
     sources TEXT NOT NULL,
     mode TEXT NOT NULL,
     latency_ms REAL,
     answer TEXT NOT NULL
   );
   CREATE INDEX questions_at ON questions (at);
   CREATE INDEX questions_user ON questions (user_hash);
   CREATE TABLE feedback (
     answer_id TEXT NOT NULL,
     user_hash TEXT NOT NULL,
     at INTEGER NOT NULL,
     surface TEXT NOT NULL,
     verdict TEXT NOT NULL CHECK (verdict IN ('up', 'down')),
     reason TEXT,
     PRIMARY KEY (answer_id, user_hash)
   );
   CREATE INDEX feedback_at ON feedback (at);
   CREATE TABLE seen_deliveries (id TEXT PRIMARY KEY, expires_at INTEGER NOT NULL);
   CREATE TABLE conversations (key TEXT PRIMARY KEY, user_hash TEXT, turn TEXT NOT NULL, expires_at INTEGER NOT NULL);`,
];

/** Runs the migrations the file has not seen yet, each in its own transaction. */
export function migrate(db: Database.Database): { from: number; to: number } {
  const from = db.pragma('user_version', { simple: true }) as number;
  if (from > MIGRATIONS.length)
    throw new Error(`the data file has schema version ${from}, newer than this release knows (${MIGRATIONS.length})`);
  for (let version = from; version < MIGRATIONS.length; version++) {
    db.transaction(() => {
      db.exec(MIGRATIONS[version]!);
      db.pragma(`user_version = ${version + 1}`);
    })();
  }
  return { from, to: MIGRATIONS.length };
}
