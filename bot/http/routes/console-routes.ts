import { randomUUID } from 'node:crypto';
import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import { renderHtml } from '../../../adapters/console/render-html.js';
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

function sendAsset(reply: FastifyReply, type: string, body: string): FastifyReply {
  return reply.type(type).header('content-security-policy', CONSOLE_CSP).header('x-content-type-options', 'nosniff').send(body);
}

/**
 * The web console: `GET /` (chat page and its two static files) and `POST /api/console/messages`,
 * JSON `{userId, text}` → `{replies: [{text, kind, title, reply}]}`; with `?html=1` each reply also
 * carries `html`, the server-side rendering (the page builds its DOM from `reply`, so rendering HTML
 * for every request would be wasted work on the hot path).
 */
export const consoleRoutes: ChannelRoutes = async (app, { handler }) => {
  const assets = readConsoleAssets();
  app.get('/', (_request, reply) => sendAsset(reply, 'text/html; charset=utf-8', assets.html));
  app.get('/console/console.js', (_request, reply) => sendAsset(reply, 'text/javascript; charset=utf-8', assets.script));
  app.get('/console/console.css', (_request, reply) => sendAsset(reply, 'text/css; charset=utf-8', assets.style));

  app.post('/api/console/messages', async (request, reply) => {
    const parsed = consoleMessageSchema.safeParse(request.body);
    if (!parsed.success) {
      const reason = parsed.error.issues.map((i) => `${i.path.join('.') || 'body'}: ${i.message}`).join('; ');
      return reply.code(400).send({ error: 'bad_request', message: `expected JSON {userId, text}: ${reason}`, requestId: request.id });
    }
    const replies = await handler(toIncoming(parsed.data.userId, parsed.data.text));
    const withHtml = (request.query as { html?: string }).html === '1';
    const body: { replies: ConsoleReply[] } = {
      replies: replies.map((r) => ({ text: renderText(r), kind: r.kind, title: r.title, ...(withHtml && { html: renderHtml(r) }), reply: r })),
    };
    return body;
  });
};
