import { verifySlackRequest } from '@slack/bolt';
import { SIGNATURE_MAX_AGE_SECONDS } from '../limits.js';

/** Request headers as Node and Fastify hand them over. */
export type RequestHeaders = Record<string, string | string[] | undefined>;

export function header(headers: RequestHeaders, name: string): string | undefined {
  const value = headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/** Why a request was refused; logged, never sent back (the 401 body says only "invalid signature"). */
export type SignatureProblem = 'missing_headers' | 'stale_or_invalid';

/**
 * Checks Slack's v0 request signature: HMAC-SHA256 of `v0:{timestamp}:{raw body}` with the
 * signing secret, compared in constant time, and a timestamp no more than 5 minutes old
 * (docs.slack.dev/authentication/verifying-requests-from-slack). Bolt's own `verifySlackRequest`
 * does the arithmetic, so casebot and Bolt's receivers agree on every edge case.
 *
 * @returns undefined when the request is authentic, else the problem.
 */
export function checkSlackSignature(options: {
  signingSecret: string;
  rawBody: Buffer;
  headers: RequestHeaders;
  nowMs: number;
}): SignatureProblem | undefined {
  const signature = header(options.headers, 'x-slack-signature');
  const timestamp = header(options.headers, 'x-slack-request-timestamp');
  if (!signature || !timestamp || !/^\d{1,12}$/.test(timestamp)) return 'missing_headers';
  // Bolt only rejects old timestamps; Slack's guidance is |now − timestamp| ≤ 5 minutes both ways.
  if (Number(timestamp) - options.nowMs / 1000 > SIGNATURE_MAX_AGE_SECONDS) return 'stale_or_invalid';
  try {
    verifySlackRequest({
      signingSecret: options.signingSecret,
      body: options.rawBody.toString('utf8'),
      headers: { 'x-slack-signature': signature, 'x-slack-request-timestamp': Number(timestamp) },
      nowMilliseconds: options.nowMs,
    });
    return undefined;
  } catch {
    return 'stale_or_invalid';
  }
}
