import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * The index folder's files, read ahead while the chunks are read and parsed, so that the disk and
 * the parser work at once: at 100,000 chunks the folder holds 350 MB, a third of a warm start's
 * reading. Only the cache's one index folder is read ahead, and only when it was built for the
 * embedding model in use: a start after an edit searches it beside the changes, a warm start reads
 * it as it is. A read not taken is dropped before anything is built.
 */
export class IndexPrefetch {
  private constructor(private readonly reads: Map<string, Promise<Buffer | undefined>>) {}

  /** Starts reading `files` of the cache's index folder (none when it holds several, or none for `modelId`). */
  static async start(cacheDir: string, modelId: string, files: readonly string[]): Promise<IndexPrefetch> {
    const reads = new Map<string, Promise<Buffer | undefined>>();
    try {
      const dirs = (await readdir(cacheDir)).filter((e) => e.startsWith('index-') && !e.includes('.tmp-'));
      if (dirs.length !== 1) return new IndexPrefetch(reads);
      const dir = path.join(cacheDir, dirs[0]!);
      const manifest = JSON.parse(await readFile(path.join(dir, 'manifest.json'), 'utf8')) as { model?: unknown };
      if (manifest.model !== modelId) return new IndexPrefetch(reads);
      for (const file of files)
        reads.set(
          path.join(dir, file),
          readFile(path.join(dir, file)).catch(() => undefined),
        );
    } catch {
      // Nothing read ahead: each file is read when it is needed.
    }
    return new IndexPrefetch(reads);
  }

  /** A file's bytes: the read started ahead when there is one, else read now. */
  async read(file: string): Promise<Buffer> {
    const ahead = this.reads.get(file);
    this.reads.delete(file);
    return (ahead && (await ahead)) ?? readFile(file);
  }

  /** Forgets the reads not taken, so that their bytes can be freed. */
  drop(): void {
    this.reads.clear();
  }
}
