import { TOKEN_ERRCODES } from '../errors/errcodes.js';
import { errorForErrcode, type WecomResponse } from '../errors/map-errcode.js';
import { apiUrl } from './api-url.js';
import { createTokenClient, type TokenClient } from './token-client.js';
import { requestWecom, type FetchLike } from './wecom-http.js';

/** Settings for the self-built app API; `apiBase` comes from WECOM_API_BASE. */
export interface WecomAppClientConfig {
  apiBase: string;
  corpId: string;
  secret: string;
  agentId: string;
  fetch?: FetchLike;
  now?: () => number;
}

/** An authenticated client for one self-built app. */
export interface WecomAppClient {
  readonly agentId: string;
  readonly tokens: TokenClient;
  /** POST /cgi-bin/{path}?access_token=…; resolves with the errcode-0 answer or throws a typed error. */
  post(path: string, body: unknown): Promise<WecomResponse>;
}

/**
 * The app API client. A token-expired answer (40014/42001/42007/42009) drops the cached token,
 * fetches a new one and retries exactly once, as the official sample does (platforms.md §2.5).
 */
export function createWecomAppClient(config: WecomAppClientConfig): WecomAppClient {
  const fetchFn = config.fetch ?? fetch;
  const tokens = createTokenClient({ ...config, fetch: fetchFn });

  async function postOnce(path: string, body: unknown): Promise<{ token: string; answer: WecomResponse }> {
    const token = await tokens.getToken();
    const url = apiUrl(config.apiBase, path, { access_token: token });
    return { token, answer: await requestWecom(fetchFn, `WeCom ${path}`, url, body) };
  }

  return {
    agentId: config.agentId,
    tokens,
    async post(path, body) {
      let { token, answer } = await postOnce(path, body);
      if (TOKEN_ERRCODES.has(answer.errcode)) {
        tokens.invalidate(token);
        ({ token, answer } = await postOnce(path, body));
      }
      if (answer.errcode !== 0) throw errorForErrcode(`WeCom ${path}`, answer);
      return answer;
    },
  };
}
