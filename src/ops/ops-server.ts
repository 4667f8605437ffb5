import { createServer, type Server } from 'node:http';
import type { OpsRoute } from './ops-routes.js';

/**
 * The health and metrics endpoints on their own port, for when no Slack HTTP receiver serves them
 * (Socket Mode, Discord). Only GET on the known paths; anything else is 404.
 */
export async function startOpsServer(
  routes: OpsRoute[],
  listen: { port: number; host?: string },
): Promise<{ port: number; close(): Promise<void> }> {
  const byPath = new Map(routes.map((r) => [r.path, r.handler]));
  const server: Server = createServer((req, res) => {
    const handler = req.method === 'GET' ? byPath.get(new URL(req.url ?? '/', 'http://x').pathname) : undefined;
    if (!handler) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found\n');
      return;
    }
    handler(req, res).catch(() => {
      if (!res.headersSent) res.writeHead(500);
      res.end();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(listen.port, listen.host, () => resolve());
  });
  const address = server.address();
  return {
    port: typeof address === 'object' && address ? address.port : listen.port,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
      }),
  };
}
