import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { FileStamp, RememberedHash } from './check-knowledge.js';

/**
 * A file written within this long before the memo may still change within the same time stamp
 * (a clock tick can be coarse): such a folder is not remembered, and is hashed again next time.
 */
const SETTLING_MS = 2000;

interface Memo {
  /** The folder's hash, or '' when a file was still settling. */
  hash: string;
  stamps: FileStamp[];
  /** Each file's hash (see fileHash), or '' for a file still settling. */
  hashes: string[];
}

/**
 * The knowledge folder's content hash, remembered with each file's hash and its size, modification
 * and change times: a warm start whose files all carry the same stamps takes the folder's hash from
 * here instead of reading and hashing every file (at 100,000 chunks, 16,000 files and a fifth of a
 * second), and after an edit only the files whose stamps changed are read (the rest, most of a
 * second at that size, are not). A change time cannot be set back by copying tools, so a file
 * replaced by another of the same size and modification time still counts as changed; a file
 * still settling is not remembered. Losing the memo, or failing to write it, only costs the hashing.
 */
export function folderHashMemo(cacheDir: string, settlingMs = SETTLING_MS, now = Date.now): RememberedHash {
  const file = path.join(cacheDir, 'knowledge-stamps.json');
  const memo = (): Memo | undefined => {
    try {
      const read = JSON.parse(readFileSync(file, 'utf8')) as Partial<Memo>;
      const valid =
        typeof read.hash === 'string' &&
        Array.isArray(read.stamps) &&
        Array.isArray(read.hashes) &&
        read.hashes.length === read.stamps.length;
      return valid ? (read as Memo) : undefined;
    } catch {
      return undefined;
    }
  };
  const sameStamp = (s: FileStamp, m: unknown) =>
    Array.isArray(m) && m.length === s.length && s.every((v, j) => v === m[j]);
  return {
    read(stamps) {
      const m = memo();
      const same = m?.hash && m.stamps.length === stamps.length && stamps.every((s, i) => sameStamp(s, m.stamps[i]));
      return same ? m.hash : undefined;
    },
    fileHashes(stamps) {
      const known = new Map<string, string>();
      const m = memo();
      if (!m) return known;
      const byPath = new Map(m.stamps.map((stamp, i) => [stamp[0], i]));
      for (const s of stamps) {
        const i = byPath.get(s[0]);
        if (i !== undefined && m.hashes[i] && sameStamp(s, m.stamps[i])) known.set(s[0], m.hashes[i]!);
      }
      return known;
    },
    write(stamps, hash, hashes) {
      const settledBefore = now() - settlingMs;
      const settled = stamps.map(([, , mtime, ctime]) => Math.max(mtime, ctime) <= settledBefore);
      try {
        mkdirSync(cacheDir, { recursive: true });
        const tmp = `${file}.tmp-${process.pid}`;
        const memo: Memo = {
          hash: settled.every(Boolean) ? hash : '',
          stamps,
          hashes: hashes.map((h, i) => (settled[i] ? h : '')),
        };
        writeFileSync(tmp, JSON.stringify(memo));
        renameSync(tmp, file);
      } catch {
        // Not remembered: the next start hashes the files.
      }
    },
  };
}
