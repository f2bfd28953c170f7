import { createServer, type IncomingMessage as HttpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/*
 * A local stand-in for qyapi.weixin.qq.com: gettoken, message/send, appchat/send and the group
 * robot's webhook/send?key=…, answering with WeCom's JSON shapes and errcodes (doc 90313, 90236,
 * 90248, 91770). It records every request and can be told to answer the next calls with a given body.
 */

/** One request the fake received. */
export interface RecordedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  body: unknown;
}

export type FakeRoute = 'gettoken' | 'message/send' | 'appchat/send' | 'webhook/send';
const ROUTES: readonly FakeRoute[] = ['gettoken', 'message/send', 'appchat/send', 'webhook/send'];

export interface FakeWecomApiOptions {
  corpId?: string;
  secret?: string;
  /** Robot keys that exist; any other key gets 93000. */
  webhookKeys?: string[];
  /** Robot messages per key per minute before 45009; WeCom's is 20 (doc 91770). */
  robotPerMinute?: number;
  /** Chat ids this app created (appchat/create); any other gets 86001. Default: the doc's `CHATID`. */
  appChats?: string[];
  /** Called with each message/send body the fake accepts (the bench times deliveries with it). */
  onAppMessage?: (body: Record<string, unknown>) => void;
}

export interface FakeWecomApi {
  /** Base URL to use as WECOM_API_BASE. */
  readonly url: string;
  readonly requests: RecordedRequest[];
  /** The webhook URL of a robot key on this fake. */
  webhookUrl(key: string): string;
  /** Bodies POSTed to message/send that the fake accepted. */
  appMessages(): Record<string, unknown>[];
  /** Bodies POSTed to appchat/send that the fake accepted, optionally for one chat id. */
  appChatMessages(chatId?: string): Record<string, unknown>[];
  /** Bodies POSTed to webhook/send for `key` that the fake accepted. */
  robotMessages(key: string): Record<string, unknown>[];
  /** Number of tokens issued by gettoken. */
  readonly tokensIssued: number;
  /** Answer the next `times` calls of `route` with `body` instead of the normal behaviour. */
  respondNext(route: FakeRoute, body: Record<string, unknown>, times?: number): void;
  /** Every token issued so far is now expired (message/send and appchat/send answer 42001). */
  expireTokens(): void;
  /** Resolves once `predicate` holds, polling; rejects after `timeoutMs`. */
  waitFor(predicate: () => boolean, timeoutMs?: number): Promise<void>;
  close(): Promise<void>;
}

const OK = { errcode: 0, errmsg: 'ok' };
// Content limits the fake enforces like WeCom does: 45002 beyond them (doc 90236, 90248, 91770).
const LIMITS: Record<string, number> = {
  'app:text': 2048, 'app:markdown': 2048, 'appchat:text': 2048, 'appchat:markdown': 2048, 'robot:text': 2048, 'robot:markdown': 4096,
};
// appchat/send message types (doc 90248): no template_card, unlike message/send.
const APPCHAT_TYPES = new Set(['text', 'image', 'voice', 'video', 'file', 'textcard', 'news', 'mpnews', 'markdown']);

async function readJson(req: HttpRequest): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

function contentTooLarge(kind: 'app' | 'appchat' | 'robot', body: Record<string, unknown>): boolean {
  const msgtype = String(body.msgtype);
  const limit = LIMITS[`${kind}:${msgtype}`];
  const content = (body[msgtype] as { content?: unknown } | undefined)?.content;
  return limit !== undefined && typeof content === 'string' && Buffer.byteLength(content, 'utf8') > limit;
}

/** Starts the fake on 127.0.0.1 and a free port. */
export async function startFakeWecomApi(options: FakeWecomApiOptions = {}): Promise<FakeWecomApi> {
  const corpId = options.corpId ?? 'wwfakecorp';
  const secret = options.secret ?? 'fake-secret';
  const keys = new Set(options.webhookKeys ?? ['robot-key-1']);
  const chats = new Set(options.appChats ?? ['CHATID']);
  const perMinute = options.robotPerMinute ?? 20;
  const requests: RecordedRequest[] = [];
  const accepted: { route: FakeRoute; key?: string; body: Record<string, unknown> }[] = [];
  const programmed: Record<FakeRoute, Record<string, unknown>[]> = { gettoken: [], 'message/send': [], 'appchat/send': [], 'webhook/send': [] };
  const live = new Set<string>();
  const expired = new Set<string>();
  const robotTimes = new Map<string, number[]>();
  let issued = 0;
  let msgSeq = 0;

  function gettoken(query: Record<string, string>): Record<string, unknown> {
    if (query.corpid !== corpId) return { errcode: 40013, errmsg: 'invalid corpid' };
    if (query.corpsecret !== secret) return { errcode: 40001, errmsg: 'invalid credential' };
    issued += 1;
    const token = `fake-token-${issued}`;
    live.add(token);
    return { ...OK, access_token: token, expires_in: 7200 };
  }

  function tokenError(query: Record<string, string>): Record<string, unknown> | undefined {
    const token = query.access_token ?? '';
    if (expired.has(token)) return { errcode: 42001, errmsg: 'access_token expired' };
    if (!live.has(token)) return { errcode: 40014, errmsg: 'invalid access_token' };
    return undefined;
  }

  function messageSend(query: Record<string, string>, body: Record<string, unknown>): Record<string, unknown> {
    const denied = tokenError(query);
    if (denied) return denied;
    if (!body.touser || !body.msgtype || typeof body.agentid !== 'number') return { errcode: 40058, errmsg: 'invalid parameter' };
    if (contentTooLarge('app', body)) return { errcode: 45002, errmsg: 'content size out of limit' };
    accepted.push({ route: 'message/send', body });
    options.onAppMessage?.(body);
    msgSeq += 1;
    return { ...OK, invaliduser: '', msgid: `msg-${msgSeq}` };
  }

  // Errcodes from doc 90313: 86201 参数 需要chatid; 86001 "chatid invalid" for a chat that does not exist.
  function appChatSend(query: Record<string, string>, body: Record<string, unknown>): Record<string, unknown> {
    const denied = tokenError(query);
    if (denied) return denied;
    if (typeof body.chatid !== 'string' || !body.chatid) return { errcode: 86201, errmsg: 'chatid required' };
    if (!chats.has(body.chatid)) return { errcode: 86001, errmsg: 'chatid invalid' };
    if (!APPCHAT_TYPES.has(String(body.msgtype))) return { errcode: 40008, errmsg: 'invalid message type' };
    if (contentTooLarge('appchat', body)) return { errcode: 45002, errmsg: 'content size out of limit' };
    accepted.push({ route: 'appchat/send', key: body.chatid, body });
    return OK;
  }

  function webhookSend(query: Record<string, string>, body: Record<string, unknown>): Record<string, unknown> {
    const key = query.key ?? '';
    if (!keys.has(key)) return { errcode: 93000, errmsg: 'invalid webhook url' };
    const now = Date.now();
    const recent = (robotTimes.get(key) ?? []).filter((t) => now - t < 60_000);
    if (recent.length >= perMinute) return { errcode: 45009, errmsg: 'api freq out of limit' };
    if (contentTooLarge('robot', body)) return { errcode: 45002, errmsg: 'content size out of limit' };
    robotTimes.set(key, [...recent, now]);
    accepted.push({ route: 'webhook/send', key, body });
    return OK;
  }

  function answer(route: FakeRoute | undefined, query: Record<string, string>, body: unknown): Record<string, unknown> | undefined {
    if (!route) return undefined;
    const next = programmed[route].shift();
    if (next) return next;
    const json = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
    if (route === 'gettoken') return gettoken(query);
    if (route === 'appchat/send') return appChatSend(query, json);
    return route === 'message/send' ? messageSend(query, json) : webhookSend(query, json);
  }

  const server: Server = createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', 'http://fake');
      const query = Object.fromEntries(url.searchParams);
      const body = await readJson(req);
      requests.push({ method: req.method ?? '', path: url.pathname, query, body });
      const route = ROUTES.find((r) => url.pathname === `/cgi-bin/${r}`);
      const result = answer(route, query, body);
      res.writeHead(result ? 200 : 404, { 'content-type': 'application/json' });
      res.end(JSON.stringify(result ?? { errcode: 404, errmsg: 'not found' }));
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    url: base,
    requests,
    webhookUrl: (key) => `${base}/cgi-bin/webhook/send?key=${encodeURIComponent(key)}`,
    appMessages: () => accepted.filter((a) => a.route === 'message/send').map((a) => a.body),
    appChatMessages: (chatId) => accepted
      .filter((a) => a.route === 'appchat/send' && (chatId === undefined || a.key === chatId)).map((a) => a.body),
    robotMessages: (key) => accepted.filter((a) => a.route === 'webhook/send' && a.key === key).map((a) => a.body),
    get tokensIssued() {
      return issued;
    },
    respondNext(route, body, times = 1) {
      for (let i = 0; i < times; i += 1) programmed[route].push(body);
    },
    expireTokens() {
      for (const token of live) expired.add(token);
    },
    async waitFor(predicate, timeoutMs = 5_000) {
      const until = Date.now() + timeoutMs;
      while (!predicate()) {
        if (Date.now() > until) throw new Error('fake WeCom API: condition not met in time');
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
    },
    close: () => new Promise<void>((resolve, reject) => {
      // fetch keeps connections alive; drop them so close() does not wait for their idle timeout.
      server.closeAllConnections();
      server.close((err) => (err ? reject(err) : resolve()));
    }),
  };
}
