import { Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { ServiceObserver } from '../conversation/service-observer.js';

/** What the metrics read from the rest of the app when scraped. */
export interface MetricSources {
  /** Whether the circuit breaker in front of the model is open; absent offline. */
  breakerOpen?: () => boolean;
  /** Each chat adapter by name, connected or not. */
  adapters: () => { name: string; connected: boolean }[];
}

/**
 * The service's Prometheus metrics in a registry of its own (no global state, so tests and two apps
 * in one process do not collide). Counters move as the conversation service reports.
 */
export class Metrics implements ServiceObserver {
  readonly registry = new Registry();
  private readonly questions = new Counter({
    name: 'career_bot_questions_total',
    help: 'Questions answered, by surface and outcome (answered, partial, declined, social)',
    labelNames: ['surface', 'outcome'] as const,
    registers: [this.registry],
  });
  private readonly declines = new Counter({
    name: 'career_bot_declines_total',
    help: 'Questions declined as outside the knowledge base, by surface',
    labelNames: ['surface'] as const,
    registers: [this.registry],
  });
  private readonly feedbackCount = new Counter({
    name: 'career_bot_feedback_total',
    help: 'Feedback on answers, by surface and verdict',
    labelNames: ['surface', 'verdict'] as const,
    registers: [this.registry],
  });
  private readonly latency = new Histogram({
    name: 'career_bot_answer_seconds',
    help: 'Time from a question to its final answer',
    labelNames: ['surface'] as const,
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
    registers: [this.registry],
  });
  private readonly fallbacks = new Counter({
    name: 'career_bot_llm_fallbacks_total',
    help: 'Answers given offline because the language model failed or was skipped by the circuit breaker',
    registers: [this.registry],
  });
  private readonly limitedCount = new Counter({
    name: 'career_bot_rate_limited_total',
    help: 'Questions refused by the per-user rate limit, by surface',
    labelNames: ['surface'] as const,
    registers: [this.registry],
  });
  private readonly reloads = new Counter({
    name: 'career_bot_knowledge_reloads_total',
    help: 'Knowledge reloads, by result (ok, rejected)',
    labelNames: ['result'] as const,
    registers: [this.registry],
  });

  constructor(sources: MetricSources) {
    const { breakerOpen, adapters } = sources;
    new Gauge({
      name: 'career_bot_llm_breaker_open',
      help: 'Whether the circuit breaker in front of the language model is open (1: answers are offline) or closed (0)',
      registers: breakerOpen ? [this.registry] : [],
      collect() {
        if (breakerOpen) this.set(breakerOpen() ? 1 : 0);
      },
    });
    new Gauge({
      name: 'career_bot_adapter_connected',
      help: 'Whether each chat adapter is connected (1) or not (0)',
      labelNames: ['adapter'] as const,
      registers: [this.registry],
      collect() {
        for (const a of adapters()) this.set({ adapter: a.name }, a.connected ? 1 : 0);
      },
    });
  }

  answered(event: Parameters<ServiceObserver['answered']>[0]): void {
    this.questions.inc({ surface: event.surface, outcome: event.outcome });
    if (event.outcome === 'declined') this.declines.inc({ surface: event.surface });
    if (event.fellBack) this.fallbacks.inc();
    this.latency.observe({ surface: event.surface }, event.latencyMs / 1000);
  }

  feedback(event: Parameters<ServiceObserver['feedback']>[0]): void {
    this.feedbackCount.inc(event);
  }

  limited(event: Parameters<ServiceObserver['limited']>[0]): void {
    this.limitedCount.inc(event);
  }

  reloaded(result: 'ok' | 'rejected'): void {
    this.reloads.inc({ result });
  }
}
