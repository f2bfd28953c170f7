import type { WebResponse } from '@microsoft/agents-hosting';

/** What the SDK decided to answer, for the HTTP layer to write with its own reply object. */
export interface TeamsHttpAnswer {
  status: number;
  headers: Record<string, string>;
  body?: unknown;
}

/**
 * A response object for the SDK's `authorizeJWT` and `CloudAdapter.process`, which expect an
 * Express-like `res`. It only records; the route writes the answer to Fastify afterwards.
 */
export class CapturedResponse implements WebResponse {
  headersSent = false;
  writableEnded = false;
  private answer: TeamsHttpAnswer = { status: 200, headers: {} };

  status(code: number): this {
    this.answer.status = code;
    return this;
  }

  setHeader(name: string, value: string): this {
    this.answer.headers[name.toLowerCase()] = value;
    return this;
  }

  send(body?: unknown): this {
    this.answer.body = body;
    return this;
  }

  end(): this {
    this.writableEnded = true;
    return this;
  }

  result(): TeamsHttpAnswer {
    return { ...this.answer, headers: { ...this.answer.headers } };
  }
}
