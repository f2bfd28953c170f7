import type { App, Receiver } from '@slack/bolt';
import { ValidationError } from '../../../core/errors/validation-error.js';
import type { AdapterLogger } from '../adapter-logger.js';
import { decodeSlackBody } from '../webhook/decode-body.js';
import { RecentIds } from '../webhook/event-dedupe.js';
import type { Fields } from '../webhook/fields.js';
import { checkSlackSignature, header } from '../webhook/verify.js';
import { dispatchWithAck } from './ack-dispatch.js';
import { jsonResponse, OK, type SlackHttpRequest, type SlackHttpResponse } from './http-types.js';

export interface SlackHttpReceiverOptions {
  signingSecret: string;
  /** Clock for the replay window; tests pass a fixed one. */
  now: () => number;
  logger: AdapterLogger;
  /** Failures after the answer was sent (the listener's own errors are reported by the adapter). */
  onLateError: (error: unknown) => void;
  ackTimeoutMs?: number;
}

/** Slack's periodic `ssl_check=1` form posts carry no signature; Bolt answers them 200 and does nothing else. */
function isSslCheck(request: SlackHttpRequest): boolean {
  return (header(request.headers, 'content-type') ?? '').startsWith('application/x-www-form-urlencoded')
    && /(^|&)ssl_check=1(&|$)/.test(request.rawBody.toString('latin1'));
}

/**
 * Bolt's Receiver for Slack requests that arrive through casebot's own HTTP server (Fastify):
 * Bolt's ExpressReceiver and HTTPReceiver each want to own the HTTP layer. The route hands over
 * the raw body and headers; this class verifies, answers and dispatches. `start`/`stop` do not
 * open sockets — the shared server does — `stop` waits for work still running after an ack.
 */
export class SlackHttpReceiver implements Receiver {
  private app: App | undefined;
  private readonly inFlight = new Set<Promise<unknown>>();
  private readonly recent = new RecentIds();

  constructor(private readonly options: SlackHttpReceiverOptions) {}

  init(app: App): void {
    this.app = app;
  }

  async start(): Promise<void> {}

  /** Waits until every request already acknowledged has finished processing. */
  async stop(): Promise<void> {
    while (this.inFlight.size > 0) await Promise.allSettled([...this.inFlight]);
  }

  /** One request: 401 on a bad signature (nothing else happens), 400 on a malformed body, else Slack's answer. */
  async handle(request: SlackHttpRequest): Promise<SlackHttpResponse> {
    if (isSslCheck(request)) return OK;
    const problem = checkSlackSignature({ ...this.options, rawBody: request.rawBody, headers: request.headers, nowMs: this.options.now() });
    if (problem) {
      this.options.logger.warn({ problem }, 'slack request refused: signature');
      return jsonResponse(401, { error: 'invalid_signature', message: 'missing, stale or invalid X-Slack-Signature' });
    }
    let body: Fields;
    try {
      body = decodeSlackBody(request.rawBody, header(request.headers, 'content-type'));
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error;
      return jsonResponse(400, { error: 'bad_request', message: error.message });
    }
    return this.route(body, request);
  }

  private route(body: Fields, request: SlackHttpRequest): Promise<SlackHttpResponse> | SlackHttpResponse {
    if (body.type === 'url_verification' && typeof body.challenge === 'string') {
      return jsonResponse(200, { challenge: body.challenge });
    }
    // A retry never produces a second answer: Slack retries when our first answer was slow or
    // lost, and in a multi-instance deployment the retry may land where the LRU has not seen it.
    const retryNum = header(request.headers, 'x-slack-retry-num');
    if (retryNum !== undefined) {
      this.options.logger.info({ retryNum, reason: header(request.headers, 'x-slack-retry-reason') }, 'slack retry acknowledged and dropped');
      return OK;
    }
    const eventId = typeof body.event_id === 'string' ? body.event_id : undefined;
    if (eventId && !this.recent.firstTime(eventId)) return OK;
    const app = this.requireApp();
    if (body.type === 'event_callback') {
      // The Events API wants only a 2xx: answer now, process after (Bolt acks events itself).
      this.track(app.processEvent({ body, ack: async () => {} }).catch(this.options.onLateError));
      return OK;
    }
    return dispatchWithAck({ app, body, track: (w) => this.track(w), onLateError: this.options.onLateError, timeoutMs: this.options.ackTimeoutMs });
  }

  private track(work: Promise<unknown>): void {
    this.inFlight.add(work);
    void work.finally(() => this.inFlight.delete(work)).catch(() => {});
  }

  private requireApp(): App {
    if (!this.app) throw new Error('SlackHttpReceiver used before Bolt called init(app)');
    return this.app;
  }
}
