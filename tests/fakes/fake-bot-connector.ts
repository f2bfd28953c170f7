/**
 * A local Bot Framework Connector: the REST subset a bot uses to answer and to post
 * proactively — POST /v3/conversations/:conversationId/activities and
 * POST /v3/conversations/:conversationId/activities/:activityId — answering `{id: 'activity-N'}`
 * and recording every request. Tests point an activity's `serviceUrl` at `fake.serviceUrl`.
 * It also starts 1:1 chats (POST /v3/conversations, kept in `conversationsCreated`) the way
 * Teams does: the body must be `{bot, members: [{id}], channelData: {tenant: {id}}, isGroup:
 * false}` (else 400 BadArgument), the answer is `{id}`, and the same user always gets the same chat.
 * It can be told to fail: 429 with Retry-After, 404 ConversationNotFound, 500, any status.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request the fake received. */
export interface ReceivedActivity {
  method: string;
  path: string;
  conversationId: string;
  /** Set when the bot answered a specific activity (the URL's :activityId). */
  replyToActivityId?: string;
  authorization?: string;
  body: Record<string, unknown>;
  /** The status the fake answered with. */
  status: number;
}

/** One create-conversation request the fake received. */
export interface ReceivedCreateConversation {
  authorization?: string;
  body: Record<string, unknown>;
  status: number;
  /** The conversation id answered (successful requests only). */
  conversationId?: string;
}

/** A failure the fake answers with instead of success. */
export interface ConnectorFailure {
  status: number;
  /** Seconds, sent as the Retry-After header. */
  retryAfter?: number;
  /** Teams-style error code for the body, e.g. 'ConversationNotFound'. */
  code?: string;
  /** How many requests fail; default every request until `reset()`. */
  times?: number;
}

const ROUTE = /^\/v3\/conversations\/([^/]+)\/activities(?:\/([^/]+))?\/?$/;
const CREATE_ROUTE = /^\/v3\/conversations\/?$/;

export class FakeBotConnector {
  readonly received: ReceivedActivity[] = [];
  readonly conversationsCreated: ReceivedCreateConversation[] = [];
  /** Teams answers a repeated 1:1 request with the existing chat: member id → conversation id. */
  private readonly personalChats = new Map<string, string>();
  private server?: Server;
  private failure?: ConnectorFailure & { left: number };
  private counter = 0;

  /** Base URL for `serviceUrl`, with the trailing slash Teams uses. */
  get serviceUrl(): string {
    const port = (this.server?.address() as AddressInfo | null)?.port;
    if (!port) throw new Error('FakeBotConnector is not started');
    return `http://127.0.0.1:${port}/`;
  }

  async start(): Promise<this> {
    this.server = createServer((req, res) => { void this.handle(req, res); });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    return this;
  }

  async stop(): Promise<void> {
    if (!this.server) return;
    await new Promise<void>((resolve) => this.server!.close(() => resolve()));
    this.server = undefined;
  }

  /** Makes the next requests fail (every request, or `times` of them). */
  failWith(failure: ConnectorFailure): void {
    this.failure = { ...failure, left: failure.times ?? Number.POSITIVE_INFINITY };
  }

  /** Forgets failures and received requests. */
  reset(): void {
    this.failure = undefined;
    this.received.length = 0;
    this.conversationsCreated.length = 0;
  }

  /** The successful posts into one conversation. */
  activitiesIn(conversationId: string): ReceivedActivity[] {
    return this.received.filter((r) => r.conversationId === conversationId && r.status < 300);
  }

  /** Waits until `count` requests have arrived (replies are sent while the turn runs). */
  async waitFor(count: number, timeoutMs = 5_000): Promise<ReceivedActivity[]> {
    const deadline = Date.now() + timeoutMs;
    while (this.received.length < count) {
      if (Date.now() > deadline) throw new Error(`fake connector got ${this.received.length} of ${count} requests`);
      await new Promise((r) => setTimeout(r, 10));
    }
    return this.received;
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const path = (req.url ?? '').split('?')[0]!;
    if (req.method === 'POST' && CREATE_ROUTE.test(path)) return this.createConversation(req, Buffer.concat(chunks), res);
    const match = ROUTE.exec(path);
    if (req.method !== 'POST' || !match) return this.send(res, 404, { error: { code: 'NotFound', message: `${req.method} ${path}` } });
    const status = this.nextFailure();
    this.received.push({
      method: req.method, path, status,
      conversationId: decodeURIComponent(match[1]!),
      ...(match[2] ? { replyToActivityId: decodeURIComponent(match[2]) } : {}),
      ...(req.headers.authorization ? { authorization: req.headers.authorization } : {}),
      body: JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}') as Record<string, unknown>,
    });
    if (status >= 300) return this.sendFailure(res, status);
    this.counter += 1;
    return this.send(res, 200, { id: `activity-${this.counter}` });
  }

  private createConversation(req: IncomingMessage, raw: Buffer, res: ServerResponse): void {
    const body = JSON.parse(raw.toString('utf8') || '{}') as Record<string, unknown>;
    const status = this.nextFailure();
    const record: ReceivedCreateConversation = { body, status, ...(req.headers.authorization ? { authorization: req.headers.authorization } : {}) };
    this.conversationsCreated.push(record);
    if (status >= 300) return this.sendFailure(res, status);
    const problem = personalChatProblem(body);
    if (problem) {
      record.status = 400;
      return this.send(res, 400, { error: { code: 'BadArgument', message: problem } });
    }
    const memberId = (body.members as { id: string }[])[0]!.id;
    const id = this.personalChats.get(memberId) ?? `a:fake-created-${this.personalChats.size + 1}`;
    this.personalChats.set(memberId, id);
    Object.assign(record, { conversationId: id, status: 201 });
    return this.send(res, 201, { id });
  }

  private nextFailure(): number {
    if (!this.failure || this.failure.left <= 0) return 200;
    this.failure.left -= 1;
    return this.failure.status;
  }

  private sendFailure(res: ServerResponse, status: number): void {
    const failure = this.failure!;
    if (failure.retryAfter !== undefined) res.setHeader('retry-after', String(failure.retryAfter));
    this.send(res, status, { error: { code: failure.code ?? `Http${status}`, message: 'fake connector failure' } });
  }

  private send(res: ServerResponse, status: number, body: unknown): void {
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(JSON.stringify(body));
  }
}

/** What Teams insists on for a bot-started 1:1 chat; undefined when the body is acceptable. */
function personalChatProblem(body: Record<string, unknown>): string | undefined {
  const bot = body.bot as { id?: unknown } | undefined;
  const members = body.members as { id?: unknown }[] | undefined;
  const tenant = (body.channelData as { tenant?: { id?: unknown } } | undefined)?.tenant;
  if (typeof bot?.id !== 'string' || !bot.id) return 'bot.id is required';
  if (!Array.isArray(members) || members.length !== 1 || typeof members[0]?.id !== 'string') return 'exactly one member with an id is required';
  if (typeof tenant?.id !== 'string' || !tenant.id) return 'channelData.tenant.id is required';
  if (body.isGroup !== false) return 'isGroup must be false for a 1:1 chat';
  return undefined;
}
