import { Agent, request } from 'node:http';

export interface LoadOptions {
  url: string;
  /** Connections kept open, each with one request in flight. */
  connections: number;
  durationMs: number;
  /** The JSON body of POST number i; absent: GET requests. */
  body?: (i: number) => string;
}

export interface LoadResult {
  requests: number;
  errors: number;
  non2xx: number;
  elapsedMs: number;
  latenciesMs: number[];
}

/**
 * A closed-loop keep-alive load generator: `connections` loops, each sending its next request as
 * soon as the previous answer arrives. Latency is measured per request from send to last byte.
 */
export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  const agent = new Agent({ keepAlive: true, maxSockets: options.connections });
  const target = new URL(options.url);
  const result: LoadResult = { requests: 0, errors: 0, non2xx: 0, elapsedMs: 0, latenciesMs: [] };
  const started = performance.now();
  const deadline = started + options.durationMs;
  let next = 0;

  const one = (body: string | undefined) => new Promise<void>((resolve) => {
    const sent = performance.now();
    const headers = body === undefined ? {} : { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) };
    const req = request({
      agent, hostname: target.hostname, port: target.port, path: target.pathname, method: body === undefined ? 'GET' : 'POST', headers,
    }, (res) => {
      res.on('data', () => {});
      res.on('end', () => {
        result.latenciesMs.push(performance.now() - sent);
        result.requests++;
        if ((res.statusCode ?? 0) >= 300) result.non2xx++;
        resolve();
      });
    });
    req.on('error', () => {
      result.errors++;
      resolve();
    });
    req.end(body);
  });

  const loop = async () => {
    while (performance.now() < deadline) await one(options.body?.(next++));
  };
  await Promise.all(Array.from({ length: options.connections }, loop));
  result.elapsedMs = performance.now() - started;
  agent.destroy();
  return result;
}
