import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One push the fake platform received. */
export interface ReceivedPush {
  deliveryId: string;
  destinationKey: string;
  /** The sending process (the crash tests tell the killed runner's pushes from the restarted one's). */
  pid?: number;
  at: number;
}

/**
 * A real HTTP server standing in for the platforms: it records every push by delivery id and
 * answers `{"errcode":0}` after `latencyMs` (like a WeCom robot webhook). Used by the crash tests
 * and the broadcast bench.
 */
export class FakeReceiver {
  readonly received: ReceivedPush[] = [];
  /** Requests read but not yet answered. */
  inFlight = 0;
  private server: Server | undefined;

  constructor(private readonly latencyMs = 50) {}

  async start(): Promise<string> {
    this.server = createServer((req, res) => {
      let body = '';
      req.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
      req.on('end', () => {
        const push = JSON.parse(body) as { deliveryId: string; destinationKey: string; pid?: number };
        this.received.push({ ...push, at: Date.now() });
        this.inFlight += 1;
        setTimeout(() => {
          this.inFlight -= 1;
          res.writeHead(200, { 'content-type': 'application/json' }).end('{"errcode":0,"errmsg":"ok"}');
        }, this.latencyMs);
      });
    });
    this.server.keepAliveTimeout = 30_000;
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/send`;
  }

  /** How many times each delivery id arrived. */
  counts(): Map<string, number> {
    const counts = new Map<string, number>();
    for (const r of this.received) counts.set(r.deliveryId, (counts.get(r.deliveryId) ?? 0) + 1);
    return counts;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}
