import { webApi } from '@slack/bolt';
import type { Logger } from '@slack/bolt';

export interface SlackWebClientOptions {
  botToken: string;
  /** Base of the Web API, e.g. a local fake in tests (SLACK_API_URL); default https://slack.com/api/. */
  apiUrl?: string;
  /** Retries for 5xx and network failures. 0 for pushes: the delivery queue owns backoff. */
  retries?: number;
  logger?: Logger;
}

/** WebClient resolves method names against the base URL, so the base must end in '/'. */
export function normalizeApiUrl(apiUrl: string | undefined): string | undefined {
  if (!apiUrl) return undefined;
  return apiUrl.endsWith('/') ? apiUrl : `${apiUrl}/`;
}

/**
 * The Web API client casebot posts with. Rate-limited calls are rejected rather than waited out
 * (`rejectRateLimitedCalls`), so a 429 becomes a RateLimitError the caller can reschedule —
 * the default would block a delivery worker for up to Retry-After seconds, ten times.
 *
 * @example createSlackWebClient({ botToken: 'xoxb-…', apiUrl: 'http://127.0.0.1:4000/api/' })
 */
export function createSlackWebClient(options: SlackWebClientOptions): webApi.WebClient {
  return new webApi.WebClient(options.botToken, {
    slackApiUrl: normalizeApiUrl(options.apiUrl),
    rejectRateLimitedCalls: true,
    retryConfig: { retries: options.retries ?? 0, minTimeout: 200, maxTimeout: 2000 },
    ...(options.logger ? { logger: options.logger } : {}),
  });
}
