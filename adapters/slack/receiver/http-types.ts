import type { RequestHeaders } from '../webhook/verify.js';

/** One HTTP request from Slack, as the web framework received it: the raw bytes are required for the signature. */
export interface SlackHttpRequest {
  rawBody: Buffer;
  headers: RequestHeaders;
}

/** What to send back; the route copies it onto the framework's reply. */
export interface SlackHttpResponse {
  status: number;
  headers?: Record<string, string>;
  body?: string;
}

const JSON_TYPE = { 'content-type': 'application/json; charset=utf-8' };

export function jsonResponse(status: number, value: unknown): SlackHttpResponse {
  return { status, headers: JSON_TYPE, body: JSON.stringify(value) };
}

/** An empty 200: "received" for the Events API and a silent ack for commands and actions. */
export const OK: SlackHttpResponse = { status: 200 };

/** Bolt's ack(response) → HTTP: nothing → 200, text → text/plain, a message object → JSON. */
export function ackResponse(response: unknown): SlackHttpResponse {
  if (response === undefined || response === null || response === '') return OK;
  if (typeof response === 'string') return { status: 200, headers: { 'content-type': 'text/plain; charset=utf-8' }, body: response };
  return jsonResponse(200, response);
}
