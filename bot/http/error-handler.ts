import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import type { Metrics } from '../metrics/metrics.js';

/** The one error body every endpoint uses: a stable code and a sentence a person can act on. */
export interface ErrorBody {
  error: string;
  message: string;
  requestId: string;
}

/** Fastify's own client-error codes, rephrased for whoever sent the request. */
const CLIENT_MESSAGES: Record<string, string> = {
  FST_ERR_CTP_BODY_TOO_LARGE: 'request body is larger than 64 KB',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'unsupported content type; send application/json',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'request body is empty; send a JSON object',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'content-length does not match the body',
};

function clientMessage(error: FastifyError): string {
  const known = error.code ? CLIENT_MESSAGES[error.code] : undefined;
  if (known) return known;
  if (error instanceof SyntaxError || error.code === 'FST_ERR_CTP_INVALID_JSON_BODY') {
    return `malformed JSON body: ${error.message}`;
  }
  return error.message;
}

/**
 * Turns any thrown error into a JSON answer and never rethrows: 4xx keep their status and say
 * what was wrong; everything else is a 500 whose details stay in the log.
 */
export function createErrorHandler(metrics: Metrics) {
  return function handleError(error: FastifyError, request: FastifyRequest, reply: FastifyReply): ErrorBody {
    const status = typeof error.statusCode === 'number' && error.statusCode >= 400 && error.statusCode < 600 ? error.statusCode : 500;
    reply.code(status);
    if (status < 500) {
      request.log.info({ code: error.code, status }, 'client error');
      return { error: error.code ?? 'bad_request', message: clientMessage(error), requestId: request.id };
    }
    request.log.error({ err: error }, 'request failed');
    metrics.errors.inc({ platform: 'http', code: error.code ?? 'INTERNAL' });
    return { error: 'internal_error', message: 'internal error; the request id is in the server log', requestId: request.id };
  };
}
