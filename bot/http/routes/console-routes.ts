import { randomUUID } from 'node:crypto';
import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import { renderHtml } from '../../../adapters/console/render-html.js';
import { CONSOLE_INBOX_MAX, type ConsoleInboxItem } from '../../../adapters/store/repositories/console-inbox.js';
import type { IncomingMessage } from '../../../core/message/incoming-message.js';
import type { Reply } from '../../../core/reply/reply.js';
import { renderText } from '../../../core/reply/render-text.js';
import type { ChannelRoutes } from '../channel-routes.js';
import { CONSOLE_CSP, readConsoleAssets } from './console-assets.js';

/** Limits of the console API: an id fits any platform's user id; 10 000 characters is the longest question we promise to answer. */
const consoleMessageSchema = z.object({
  userId: z.string().min(1).max(64),
  text: z.string().max(10_000),
});

/** `GET /api/console/inbox`'s query: whose inbox, and how many of the latest items (default 20). */
const inboxQuerySchema = z.object({
  userId: z.string({ error: (i) => (i.input === undefined ? 'required (the console user id, e.g. ?userId=zhangsan)' : 'must be one string') })
    .min(1, 'must not be empty').max(64, 'at most 64 characters'),
  limit: z.coerce.number().int().min(1).max(CONSOLE_INBOX_MAX).default(20),
});

/** Reads the latest `limit` pushes to a console user, newest first (the record store's deliveries). */
export type ConsoleInboxReader = (userId: string, limit: number) => Promise<ConsoleInboxItem[]>;

/** What the console channel needs beyond ChannelDeps. */
export interface ConsoleRoutesOptions {
  /** The reminder inbox; without it `GET /api/console/inbox` answers 503. */
  inbox?: ConsoleInboxReader;
}

/** One rendered reply in `POST /api/console/messages`' answer; `text` is the plain-text rendering. */
export interface ConsoleReply {
  text: string;
  kind: Reply['kind'];
  title: string;
  /** Only with `?html=1`. */
  html?: string;
  reply: Reply;
}

function toIncoming(userId: string, text: string): IncomingMessage {
  return {
    id: `console-${randomUUID()}`,
    platform: 'console',
    conversation: { id: userId, kind: 'direct' },
    user: { id: userId },
    text,
    sentAt: new Date().toISOString(),
  };
}

/** The console's headers: its strict CSP, and no MIME sniffing. */
function consoleHeaders(reply: FastifyReply): FastifyReply {
  return reply.header('content-security-policy', CONSOLE_CSP).header('x-content-type-options', 'nosniff');
}

function sendAsset(reply: FastifyReply, type: string, body: string): FastifyReply {
  return consoleHeaders(reply).type(type).send(body);
}

function issuesOf(error: z.ZodError, root: string): string {
  return error.issues.map((i) => `${i.path.join('.') || root}: ${i.message}`).join('; ');
}

/**
 * The web console: `GET /` (chat page and its two static files), `POST /api/console/messages`,
 * JSON `{userId, text}` → `{replies: [{text, kind, title, reply}]}` (with `?html=1` each reply also
 * carries `html`, the server-side rendering; the page builds its DOM from `reply`, so rendering HTML
 * for every request would be wasted work on the hot path), and `GET /api/console/inbox?userId=…`
 * → `{items: [{id, sentAt, reply}]}`, the reminders pushed to that console user, newest first.
 */
export function createConsoleRoutes(options: ConsoleRoutesOptions = {}): ChannelRoutes {
  return async (app, { handler }) => {
    const assets = readConsoleAssets();
    app.get('/', (_request, reply) => sendAsset(reply, 'text/html; charset=utf-8', assets.html));
    app.get('/console/console.js', (_request, reply) => sendAsset(reply, 'text/javascript; charset=utf-8', assets.script));
    app.get('/console/console.css', (_request, reply) => sendAsset(reply, 'text/css; charset=utf-8', assets.style));

    app.post('/api/console/messages', async (request, reply) => {
      const parsed = consoleMessageSchema.safeParse(request.body);
      if (!parsed.success) {
        return reply.code(400).send({ error: 'bad_request', message: `expected JSON {userId, text}: ${issuesOf(parsed.error, 'body')}`, requestId: request.id });
      }
      const replies = await handler(toIncoming(parsed.data.userId, parsed.data.text));
      const withHtml = (request.query as { html?: string }).html === '1';
      const body: { replies: ConsoleReply[] } = {
        replies: replies.map((r) => ({ text: renderText(r), kind: r.kind, title: r.title, ...(withHtml && { html: renderHtml(r) }), reply: r })),
      };
      return body;
    });

    app.get('/api/console/inbox', async (request, reply) => {
      // A user's reminders: never cached by a browser or a proxy.
      consoleHeaders(reply).header('cache-control', 'no-store');
      const parsed = inboxQuerySchema.safeParse(request.query);
      if (!parsed.success) {
        return reply.code(400).send({ error: 'bad_request', message: `expected ?userId=<id>[&limit=1…${CONSOLE_INBOX_MAX}]: ${issuesOf(parsed.error, 'query')}`, requestId: request.id });
      }
      if (!options.inbox) {
        return reply.code(503).send({ error: 'unavailable', message: 'the console inbox needs the record store', requestId: request.id });
      }
      return { items: await options.inbox(parsed.data.userId, parsed.data.limit) };
    });
  };
}

/** The console channel without an inbox (a server with no record store). */
export const consoleRoutes: ChannelRoutes = createConsoleRoutes();
