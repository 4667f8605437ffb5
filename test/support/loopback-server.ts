import { once } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type WebSocket, WebSocketServer } from 'ws';

/** What every local fake shares: an HTTP server on 127.0.0.1, optionally upgrading to websockets. */
export abstract class LoopbackServer {
  private readonly server: Server;
  private readonly wss = new WebSocketServer({ noServer: true });

  protected constructor() {
    this.server = createServer((req, res) => void this.onRequest(req, res));
    this.server.on('upgrade', (req, socket, head) =>
      this.wss.handleUpgrade(req, socket, head, (ws) => this.onSocket(ws)),
    );
  }

  protected abstract onRequest(req: IncomingMessage, res: ServerResponse): Promise<void>;

  protected onSocket(ws: WebSocket): void {
    ws.close(1008, 'no websocket here');
  }

  protected async listen(port: number): Promise<void> {
    this.server.listen(port, '127.0.0.1');
    await once(this.server, 'listening');
  }

  get base(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    for (const client of this.wss.clients) client.terminate();
    this.wss.close();
    this.server.closeAllConnections();
    await new Promise((r) => this.server.close(r));
  }
}
