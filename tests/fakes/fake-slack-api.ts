/**
 * A local stand-in for Slack's Web API (and for response_url hooks), on node:http. It speaks the
 * subset casebot uses — auth.test, chat.postMessage, apps.connections.open — records every
 * request, and can be told to fail the next calls the way Slack does: HTTP 429 with Retry-After,
 * or HTTP 200 with `{ ok: false, error }`.
 *
 * @example
 * const slack = await FakeSlackApi.start({ botToken: 'xoxb-test' });
 * // SLACK_API_URL = slack.apiUrl
 * slack.failNext('chat.postMessage', { error: 'channel_not_found' });
 * const [post] = await slack.waitFor('chat.postMessage', 1);
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parse as parseQuery } from 'node:querystring';

/** One request the fake received; `method` is the Web API method, or the path for hooks. */
export interface RecordedSlackCall {
  method: string;
  path: string;
  token?: string;
  contentType?: string;
  /** Form or JSON fields; JSON-valued form fields (blocks) are parsed. */
  body: Record<string, unknown>;
}

/** How to fail a call: rate-limited (429 + Retry-After seconds), a Slack error code, or a bare HTTP status. */
export type SlackFailure = { ratelimited: number } | { error: string } | { status: number };

export interface FakeSlackApiOptions {
  /** When set, any other bearer token gets `invalid_auth`, as Slack answers. */
  botToken?: string;
  /** Called for every request as it arrives (benches time deliveries with it). */
  onCall?: (call: RecordedSlackCall) => void;
  /** Keep no record of calls (long benches); waitFor and callsTo then see nothing. */
  record?: boolean;
}

export const FAKE_BOT = { userId: 'U00000BOT', botId: 'B00000BOT', teamId: 'T00000000' } as const;

function decodeBody(raw: string, contentType: string | undefined): Record<string, unknown> {
  if (!raw) return {};
  if (contentType?.startsWith('application/json')) return JSON.parse(raw) as Record<string, unknown>;
  const fields: Record<string, unknown> = { ...parseQuery(raw) };
  for (const [key, value] of Object.entries(fields)) {
    if (typeof value === 'string' && /^[[{]/.test(value)) {
      try { fields[key] = JSON.parse(value); } catch { /* keep the string */ }
    }
  }
  return fields;
}

export class FakeSlackApi {
  readonly calls: RecordedSlackCall[] = [];
  private readonly failures = new Map<string, SlackFailure[]>();
  private waiters: (() => void)[] = [];
  private tsCounter = 0;

  private constructor(private readonly server: Server, readonly url: string, private readonly options: FakeSlackApiOptions) {}

  static async start(options: FakeSlackApiOptions = {}): Promise<FakeSlackApi> {
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    const fake = new FakeSlackApi(server, `http://127.0.0.1:${port}`, options);
    server.on('request', (req: IncomingMessage, res: ServerResponse) => void fake.handle(req, res));
    return fake;
  }

  /** The SLACK_API_URL value: the Web API base with its trailing slash. */
  get apiUrl(): string {
    return `${this.url}/api/`;
  }

  /** The next `times` calls of `method` fail as given. */
  failNext(method: string, failure: SlackFailure, times = 1): void {
    const queue = this.failures.get(method) ?? [];
    for (let i = 0; i < times; i += 1) queue.push(failure);
    this.failures.set(method, queue);
  }

  callsTo(method: string): RecordedSlackCall[] {
    return this.calls.filter((c) => c.method === method);
  }

  /** Resolves once `count` calls of `method` have arrived; rejects after `timeoutMs`. */
  async waitFor(method: string, count: number, timeoutMs = 5000): Promise<RecordedSlackCall[]> {
    const deadline = Date.now() + timeoutMs;
    while (this.callsTo(method).length < count) {
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`fake Slack: expected ${count} × ${method}, got ${this.callsTo(method).length}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, Math.min(left, 50));
        this.waiters.push(() => { clearTimeout(timer); resolve(); });
      });
    }
    return this.callsTo(method);
  }

  reset(): void {
    this.calls.length = 0;
    this.failures.clear();
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const path = (req.url ?? '/').split('?')[0]!;
    const method = path.startsWith('/api/') ? path.slice('/api/'.length) : path;
    const auth = req.headers.authorization;
    const call: RecordedSlackCall = {
      method, path,
      token: auth?.startsWith('Bearer ') ? auth.slice('Bearer '.length) : undefined,
      contentType: req.headers['content-type'],
      body: decodeBody(Buffer.concat(chunks).toString('utf8'), req.headers['content-type']),
    };
    if (this.options.record !== false) this.calls.push(call);
    this.answer(call, res);
    this.options.onCall?.(call);
    for (const wake of this.waiters.splice(0)) wake();
  }

  private answer(call: RecordedSlackCall, res: ServerResponse): void {
    const json = (status: number, body: unknown, headers: Record<string, string> = {}) => {
      res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
      res.end(JSON.stringify(body));
    };
    if (!call.path.startsWith('/api/')) return json(200, { ok: true }); // response_url hooks
    const failure = this.failures.get(call.method)?.shift();
    if (failure && 'ratelimited' in failure) return json(429, { ok: false, error: 'ratelimited' }, { 'retry-after': String(failure.ratelimited) });
    if (failure && 'error' in failure) return json(200, { ok: false, error: failure.error });
    if (failure) return json(failure.status, { ok: false, error: 'fake_http_error' });
    if (this.options.botToken && call.token !== this.options.botToken) return json(200, { ok: false, error: 'invalid_auth' });
    json(200, this.success(call));
  }

  private success(call: RecordedSlackCall): Record<string, unknown> {
    switch (call.method) {
      case 'auth.test':
        return { ok: true, url: 'https://example.slack.com/', team: 'Example', user: 'casebot', team_id: FAKE_BOT.teamId, user_id: FAKE_BOT.userId, bot_id: FAKE_BOT.botId };
      case 'chat.postMessage': {
        this.tsCounter += 1;
        const ts = `1700000000.${String(this.tsCounter * 100).padStart(6, '0')}`;
        return { ok: true, channel: call.body.channel, ts, message: { type: 'message', text: call.body.text, ts } };
      }
      case 'apps.connections.open':
        return { ok: true, url: 'ws://127.0.0.1:1/link' };
      default:
        return { ok: true };
    }
  }
}
