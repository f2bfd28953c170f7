import type { FastifyBaseLogger, FastifyReply, FastifyRequest } from 'fastify';
import {
  callbackFailure, createDeduper, createWecomAdapter, signedQuery, urlQuery, type WecomAdapter,
} from '../../../adapters/wecom/index.js';
import { BotError } from '../../../core/errors/bot-error.js';
import type { IncomingMessage } from '../../../core/message/incoming-message.js';
import { renderText } from '../../../core/reply/render-text.js';
import type { ChannelDeps, ChannelRoutes } from '../channel-routes.js';

/*
 * WeCom self-built app callback at /wecom/callback (doc 90930, 90238).
 *
 * Answering: with WECOM_AGENT_ID and WECOM_SECRET we answer 200 with an empty body at once and
 * send the replies through message/send. WeCom drops the connection after 5 s and retries three
 * times; an empty 200 stops the retries, and message/send can carry markdown and template cards,
 * which a passive reply cannot (doc 90241 lists text, image, voice, video, news, card updates).
 * Without a secret the only way to answer is the passive encrypted text reply, produced within
 * PASSIVE_DEADLINE_MS or not at all.
 */

// WeCom retries within seconds; ten minutes covers every retry with room to spare.
const DEDUPE_TTL_MS = 10 * 60_000;
const DEDUPE_MAX_IDS = 50_000;
// The 5-second window ("五秒内收不到响应会断掉连接", doc 90238) minus a margin for the network.
const PASSIVE_DEADLINE_MS = 4_000;

function reject(request: FastifyRequest, reply: FastifyReply, deps: ChannelDeps, error: unknown): FastifyReply {
  const failure = callbackFailure(error);
  if (!failure) throw error;
  deps.metrics.errors.inc({ platform: 'wecom', code: failure.code });
  request.log.info({ status: failure.status, reason: failure.reason }, 'wecom callback rejected');
  return reply.code(failure.status).send({ error: failure.code, message: failure.reason, requestId: request.id });
}

/** Runs the router and sends each reply through message/send; failures are logged and counted. */
async function answerViaApi(adapter: WecomAdapter, deps: ChannelDeps, message: IncomingMessage, log: FastifyBaseLogger): Promise<void> {
  const replies = await deps.handler(message);
  for (const reply of replies) {
    try {
      await adapter.send(message.user.id, reply);
      deps.metrics.deliveries.inc({ platform: 'wecom', outcome: 'sent' });
    } catch (err) {
      deps.metrics.deliveries.inc({ platform: 'wecom', outcome: 'failed' });
      deps.metrics.errors.inc({ platform: 'wecom', code: err instanceof BotError ? err.code : 'INTERNAL' });
      log.warn({ err, kind: reply.kind }, 'wecom message/send failed');
    }
  }
}

/**
 * The router's replies as one passive text reply, or undefined when the deadline passed first or
 * the router failed: an empty 200 then, since any other status only makes WeCom retry.
 */
async function passiveAnswer(adapter: WecomAdapter, deps: ChannelDeps, message: IncomingMessage, log: FastifyBaseLogger): Promise<string | undefined> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<undefined>((resolve) => { timer = setTimeout(resolve, PASSIVE_DEADLINE_MS, undefined); });
  try {
    const replies = await Promise.race([deps.handler(message), deadline]);
    if (!replies?.length) return undefined;
    return adapter.passiveTextReply(message.user.id, replies.map(renderText).join('\n\n'));
  } catch (err) {
    log.error({ err }, 'wecom answer failed');
    return undefined;
  } finally {
    clearTimeout(timer);
  }
}

/**
 * GET: URL verification — signature over echostr, decrypt, corp check, answer the plaintext.
 * POST: encrypted message — verify, decrypt, parse, drop retries by MsgId, answer.
 * Registers nothing when config.wecom is absent.
 */
export const wecomRoutes: ChannelRoutes = async (app, deps) => {
  const settings = deps.config.wecom;
  if (!settings) return;
  const adapter = createWecomAdapter(settings);
  const deduper = createDeduper(DEDUPE_TTL_MS, DEDUPE_MAX_IDS);
  const pending = new Set<Promise<void>>();

  await app.register(async (scope) => {
    // WeCom posts XML; read it as a string in this scope only.
    scope.addContentTypeParser(['text/xml', 'application/xml'], { parseAs: 'string' }, (_request, body, done) => done(null, body));

    scope.get('/wecom/callback', async (request, reply) => {
      try {
        const echo = adapter.verifyUrl(urlQuery(request.query));
        // The plaintext exactly: no quotes, no BOM, no newline (doc 90930).
        return reply.type('text/plain; charset=utf-8').send(echo);
      } catch (err) {
        return reject(request, reply, deps, err);
      }
    });

    scope.post('/wecom/callback', async (request, reply) => {
      if (typeof request.body !== 'string') {
        return reply.code(415).send({ error: 'unsupported_media_type', message: 'send the callback as text/xml', requestId: request.id });
      }
      let parsed;
      try {
        parsed = adapter.openCallback(signedQuery(request.query), request.body);
      } catch (err) {
        return reject(request, reply, deps, err);
      }
      if (parsed.kind === 'ignored' || !deduper.firstSeen(parsed.message.id)) {
        return reply.code(200).send('');
      }
      const message = parsed.message;
      if (!adapter.capabilities.appApi) {
        const xml = await passiveAnswer(adapter, deps, message, request.log);
        return reply.code(200).type('application/xml; charset=utf-8').send(xml ?? '');
      }
      const job = answerViaApi(adapter, deps, message, request.log)
        .catch((err: unknown) => request.log.error({ err }, 'wecom answer failed'))
        .finally(() => pending.delete(job));
      pending.add(job);
      return reply.code(200).send('');
    });
  });

  // On shutdown, let answers already accepted finish sending.
  return async () => {
    await Promise.allSettled([...pending]);
  };
};
