import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Metrics } from './metrics.js';

/** What /readyz checks: each part of the service that must work for it to take questions. */
export type ReadinessChecks = () => Record<string, boolean>;

export interface OpsRoute {
  path: string;
  handler: (req: IncomingMessage, res: ServerResponse) => Promise<void>;
}

function json(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store' });
  res.end(JSON.stringify(body));
}

/**
 * GET /healthz (the process answers), /readyz (knowledge loaded, adapters connected, store
 * writable; 503 naming what is not) and /metrics (Prometheus text format).
 */
export function opsRoutes(metrics: Metrics, ready: ReadinessChecks): OpsRoute[] {
  return [
    { path: '/healthz', handler: async (_req, res) => json(res, 200, { status: 'ok' }) },
    {
      path: '/readyz',
      handler: async (_req, res) => {
        const checks = ready();
        const ok = Object.values(checks).every(Boolean);
        json(res, ok ? 200 : 503, { status: ok ? 'ready' : 'not ready', checks });
      },
    },
    {
      path: '/metrics',
      handler: async (_req, res) => {
        const text = await metrics.registry.metrics();
        res.writeHead(200, { 'content-type': metrics.registry.contentType });
        res.end(text);
      },
    },
  ];
}
