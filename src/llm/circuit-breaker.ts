/**
 * Stops calling a failing endpoint for a while: opens after `threshold` consecutive failures (or at
 * once for a rate limit with retry-after), and lets one call through again after `cooldownMs`.
 */
export class CircuitBreaker {
  private failures = 0;
  private openUntil = 0;

  constructor(
    private readonly threshold = 3,
    private readonly cooldownMs = 30_000,
    private readonly now: () => number = Date.now,
  ) {}

  get isOpen(): boolean {
    return this.now() < this.openUntil;
  }

  recordSuccess(): void {
    this.failures = 0;
    this.openUntil = 0;
  }

  recordFailure(): void {
    this.failures += 1;
    if (this.failures >= this.threshold) this.openUntil = this.now() + this.cooldownMs;
  }

  /** Opens now for `ms` (a server that said when to come back). */
  openFor(ms: number): void {
    this.openUntil = Math.max(this.openUntil, this.now() + ms);
  }
}
