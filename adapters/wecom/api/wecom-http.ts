import { TransientDeliveryError } from '../../../core/errors/transient-delivery-error.js';
import { errorForHttpStatus, type WecomResponse } from '../errors/map-errcode.js';

/** The fetch casebot passes in (tests give a real fetch aimed at a local fake). */
export type FetchLike = typeof fetch;

// WeCom answers in well under a second; 10 s bounds a hung connection without cutting slow ones.
const REQUEST_TIMEOUT_MS = 10_000;

/**
 * One WeCom call: GET, or POST with a JSON body. Returns the JSON answer whatever its errcode
 * (callers decide); network failures, non-2xx statuses and non-JSON bodies become typed errors.
 * `what` labels errors; URLs are never put in messages because they hold keys and tokens.
 */
export async function requestWecom(fetchFn: FetchLike, what: string, url: string, body?: unknown): Promise<WecomResponse> {
  let response: Response;
  try {
    response = await fetchFn(url, {
      method: body === undefined ? 'GET' : 'POST',
      headers: body === undefined ? {} : { 'content-type': 'application/json; charset=utf-8' },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    });
  } catch (cause) {
    throw new TransientDeliveryError(`${what}: network error`, undefined, { cause });
  }
  if (!response.ok) throw errorForHttpStatus(what, response.status, response.headers.get('retry-after'));
  const parsed: unknown = await response.json().catch(() => undefined);
  if (!isWecomResponse(parsed)) throw new TransientDeliveryError(`${what}: answer is not WeCom JSON`, response.status);
  return parsed;
}

function isWecomResponse(value: unknown): value is WecomResponse {
  return typeof value === 'object' && value !== null && typeof (value as { errcode?: unknown }).errcode === 'number';
}
