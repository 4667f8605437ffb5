import { createHash } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';

/**
 * Embeddings by model and content hash in a SQLite file, so a text is sent to an embedding server
 * once, whatever happens to the index around it.
 */
export class EmbeddingCache {
  private readonly db: Database.Database;
  private readonly select: Database.Statement<[string, string], { vector: Buffer }>;
  private readonly insert: Database.Statement<[string, string, Buffer]>;

  constructor(file: string) {
    mkdirSync(path.dirname(file), { recursive: true });
    this.db = new Database(file);
    this.db.pragma('journal_mode = WAL');
    this.db.exec(
      'CREATE TABLE IF NOT EXISTS embeddings (model TEXT NOT NULL, hash TEXT NOT NULL, vector BLOB NOT NULL, PRIMARY KEY (model, hash))',
    );
    this.select = this.db.prepare('SELECT vector FROM embeddings WHERE model = ? AND hash = ?');
    this.insert = this.db.prepare('INSERT OR REPLACE INTO embeddings (model, hash, vector) VALUES (?, ?, ?)');
  }

  static hash(text: string): string {
    return createHash('sha256').update(text).digest('hex');
  }

  get(model: string, text: string): number[] | undefined {
    const row = this.select.get(model, EmbeddingCache.hash(text));
    if (!row) return undefined;
    return Array.from(new Float32Array(row.vector.buffer, row.vector.byteOffset, row.vector.byteLength / 4));
  }

  putAll(model: string, entries: { text: string; vector: number[] }[]): void {
    const tx = this.db.transaction((rows: { text: string; vector: number[] }[]) => {
      for (const r of rows)
        this.insert.run(model, EmbeddingCache.hash(r.text), Buffer.from(new Float32Array(r.vector).buffer));
    });
    tx(entries);
  }

  close(): void {
    this.db.close();
  }
}
