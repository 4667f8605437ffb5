import { type FSWatcher, watch } from 'node:fs';
import type { Logger } from 'pino';
import type { CareerEngine } from '../engine.js';
import { readKnowledge } from './check-knowledge.js';
import { readParsedFiles } from './knowledge-cache.js';

export type ReloadResult = 'ok' | 'rejected';

export interface KnowledgeWatcherOptions {
  dir: string;
  /** Builds an engine over the folder as it is now. */
  rebuild: () => Promise<CareerEngine>;
  /** Puts the new engine in service. */
  swap: (engine: CareerEngine) => void;
  logger: Logger;
  onReload?: (result: ReloadResult) => void;
  /** Editors write a file in several steps; changes this close together are one reload. */
  debounceMs?: number;
  /** The cache folder: the edited folder's unchanged files are then not parsed again to validate it. */
  cacheDir?: string;
}

/**
 * Watches the knowledge folder and, after an edit, validates it, builds a new engine and swaps it in
 * whole. A folder with a problem that blocks loading keeps the old knowledge serving, and every
 * problem is logged with its file and field.
 */
export class KnowledgeWatcher {
  private watcher?: FSWatcher;
  private timer?: NodeJS.Timeout;
  private running?: Promise<ReloadResult>;
  private again = false;

  constructor(private readonly opts: KnowledgeWatcherOptions) {}

  start(): void {
    this.watcher = watch(this.opts.dir, { recursive: true }, () => this.schedule());
    this.watcher.on('error', (err) =>
      this.opts.logger.warn({ reason: err.message, dir: this.opts.dir }, 'knowledge folder no longer watched'),
    );
  }

  stop(): void {
    clearTimeout(this.timer);
    this.watcher?.close();
  }

  /** Reloads now; a reload asked for while one runs happens once more after it. */
  async reload(): Promise<ReloadResult> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = this.reloadOnce();
    try {
      return await this.running;
    } finally {
      this.running = undefined;
      if (this.again) {
        this.again = false;
        void this.reload();
      }
    }
  }

  private schedule(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.reload(), this.opts.debounceMs ?? 300);
  }

  private async reloadOnce(): Promise<ReloadResult> {
    const { logger } = this.opts;
    const started = performance.now();
    const result = await this.tryReload().catch((err: unknown) => {
      logger.warn(
        { reason: err instanceof Error ? err.message : String(err) },
        'knowledge reload failed; the previous knowledge keeps serving',
      );
      return 'rejected' as const;
    });
    if (result === 'ok') logger.info({ ms: Math.round(performance.now() - started) }, 'knowledge reloaded');
    this.opts.onReload?.(result);
    return result;
  }

  private async tryReload(): Promise<ReloadResult> {
    const { logger } = this.opts;
    const previous = this.opts.cacheDir ? await readParsedFiles(this.opts.cacheDir) : undefined;
    const { kb, problems } = await readKnowledge(this.opts.dir, { previous });
    for (const p of problems)
      logger.warn(
        { file: p.file, field: p.field, problem: p.message, blocksLoading: p.blocksLoading },
        'knowledge problem',
      );
    if (!kb) {
      logger.warn({ problems: problems.length }, 'knowledge edit rejected; the previous knowledge keeps serving');
      return 'rejected';
    }
    this.opts.swap(await this.opts.rebuild());
    return 'ok';
  }
}
