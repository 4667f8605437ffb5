import { SEEN_TTL_MS } from './expiry.js';

/** Delivery ids seen recently (Slack event ids, Discord message ids), so a redelivery is answered once. */
export interface SeenIdStore {
  /** True the first time an id is offered within the store's window, false for a repeat. */
  firstTime(id: string): boolean;
}

/** Bounded in size and age; a restart forgets. */
export class MemorySeenIds implements SeenIdStore {
  private readonly seen = new Map<string, number>();

  constructor(
    private readonly ttlMs = SEEN_TTL_MS,
    private readonly max = 10_000,
    private readonly now: () => number = Date.now,
  ) {}

  firstTime(id: string): boolean {
    const t = this.now();
    const at = this.seen.get(id);
    if (at !== undefined && t - at < this.ttlMs) return false;
    this.seen.delete(id);
    this.seen.set(id, t);
    // Map keeps insertion order: the first entries are the oldest.
    for (const [key, when] of this.seen) {
      if (this.seen.size <= this.max && t - when < this.ttlMs) break;
      this.seen.delete(key);
    }
    return true;
  }
}
