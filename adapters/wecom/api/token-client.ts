import { errorForErrcode } from '../errors/map-errcode.js';
import { apiUrl } from './api-url.js';
import { requestWecom, type FetchLike } from './wecom-http.js';

/** Settings for gettoken (doc 91039 / platforms.md §2.5). */
export interface TokenClientConfig {
  apiBase: string;
  corpId: string;
  secret: string;
  fetch: FetchLike;
  now?: () => number;
}

/** A cached access token for one app. */
export interface TokenClient {
  /** The cached token, or a fresh one when none is cached or it is about to expire. */
  getToken(): Promise<string>;
  /** Drops `token` if it is still the cached one (WeCom said it is invalid or expired). */
  invalidate(token: string): void;
  /** How many times gettoken was called (observability and tests). */
  readonly fetchCount: number;
}

// Refresh five minutes before expires_in (7200 s) runs out, so a token never expires mid-send.
const REFRESH_MARGIN_MS = 5 * 60_000;

/**
 * GET /cgi-bin/gettoken?corpid&corpsecret, cached until shortly before expiry. Calling gettoken
 * for every message is itself rate limited (platforms.md §2.5), hence the cache; concurrent
 * callers share one in-flight request.
 */
export function createTokenClient(config: TokenClientConfig): TokenClient {
  const now = config.now ?? Date.now;
  let cached: { token: string; refreshAt: number } | undefined;
  let inFlight: Promise<string> | undefined;
  let fetchCount = 0;

  async function fetchToken(): Promise<string> {
    fetchCount += 1;
    const url = apiUrl(config.apiBase, 'gettoken', { corpid: config.corpId, corpsecret: config.secret });
    const answer = await requestWecom(config.fetch, 'WeCom gettoken', url);
    if (answer.errcode !== 0 || typeof answer.access_token !== 'string') throw errorForErrcode('WeCom gettoken', answer);
    const expiresInMs = (typeof answer.expires_in === 'number' ? answer.expires_in : 7200) * 1000;
    cached = { token: answer.access_token, refreshAt: now() + Math.max(0, expiresInMs - REFRESH_MARGIN_MS) };
    return answer.access_token;
  }

  return {
    getToken() {
      if (cached && now() < cached.refreshAt) return Promise.resolve(cached.token);
      inFlight ??= fetchToken().finally(() => { inFlight = undefined; });
      return inFlight;
    },
    invalidate(token) {
      if (cached?.token === token) cached = undefined;
    },
    get fetchCount() {
      return fetchCount;
    },
  };
}
