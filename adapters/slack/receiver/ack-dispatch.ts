import type { App } from '@slack/bolt';
import { ACK_TIMEOUT_MS } from '../limits.js';
import { ackResponse, jsonResponse, type SlackHttpResponse } from './http-types.js';

/**
 * Hands a command or interaction to Bolt and answers as soon as a listener calls ack(): Slack
 * waits at most 3 s for it. The listener keeps running after the answer ("ack first, work after");
 * `track` receives that background work. No ack in time → 404, as Bolt's own receivers do.
 */
export function dispatchWithAck(options: {
  app: App;
  body: Record<string, unknown>;
  track: (work: Promise<unknown>) => void;
  onLateError: (error: unknown) => void;
  timeoutMs?: number;
}): Promise<SlackHttpResponse> {
  return new Promise((resolve) => {
    let answered = false;
    const answer = (response: SlackHttpResponse) => {
      if (answered) return;
      answered = true;
      clearTimeout(timer);
      resolve(response);
    };
    const timer = setTimeout(
      () => answer(jsonResponse(404, { error: 'unhandled', message: 'no casebot listener handles this Slack request' })),
      options.timeoutMs ?? ACK_TIMEOUT_MS,
    );
    timer.unref();
    const ack = async (response?: unknown) => answer(ackResponse(response));
    const work = options.app.processEvent({ body: options.body, ack }).catch((error: unknown) => {
      if (answered) options.onLateError(error);
      else answer(jsonResponse(500, { error: 'internal_error', message: 'the Slack request could not be processed' }));
    });
    options.track(work);
  });
}
