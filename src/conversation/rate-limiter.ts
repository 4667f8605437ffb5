/**
 * Per-user token buckets: each person may ask `burst` questions at once and then `perMinute` a
 * minute. Buckets that have filled up again are dropped, so memory follows active users only.
 */
export class RateLimiter {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();

  constructor(
    private readonly perMinute: number,
    private readonly burst: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Takes a token for `user`; false when their bucket is empty. A zero rate means no limit. */
  take(user: string): boolean {
    if (this.perMinute <= 0) return true;
    const now = this.now();
    const bucket = this.buckets.get(user) ?? { tokens: this.burst, at: now };
    bucket.tokens = Math.min(this.burst, bucket.tokens + ((now - bucket.at) * this.perMinute) / 60_000);
    bucket.at = now;
    if (bucket.tokens < 1) {
      this.buckets.set(user, bucket);
      return false;
    }
    bucket.tokens -= 1;
    this.buckets.set(user, bucket);
    if (this.buckets.size > 10_000) this.dropFull(now);
    return true;
  }

  /** Seconds until `user` may ask again. */
  waitSeconds(user: string): number {
    const bucket = this.buckets.get(user);
    if (!bucket || this.perMinute <= 0) return 0;
    return Math.max(1, Math.ceil(((1 - bucket.tokens) * 60) / this.perMinute));
  }

  private dropFull(now: number): void {
    for (const [user, b] of this.buckets)
      if (b.tokens + ((now - b.at) * this.perMinute) / 60_000 >= this.burst) this.buckets.delete(user);
  }
}
