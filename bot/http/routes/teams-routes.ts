import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Logger } from 'pino';
// Types only: the Agents SDK is loaded on the first request, keeping it out of cold start.
import type { TeamsAdapter, TeamsAdapterConfig, TeamsTurnResult } from '../../../adapters/teams/index.js';
import { BotError } from '../../../core/errors/bot-error.js';
import type { AppConfig } from '../../config/app-config.js';
import type { Metrics } from '../../metrics/metrics.js';
import type { ChannelRoutes } from '../channel-routes.js';

export interface TeamsRoutesOptions {
  /** A prebuilt adapter, or a getter of one (shared with proactive sends); undefined: built here. */
  adapter?: TeamsAdapter | (() => Promise<TeamsAdapter | undefined>);
  /** Extra adapter settings (e.g. a database reference store) when the adapter is built here. */
  adapterConfig?: Omit<TeamsAdapterConfig, 'appId' | 'appPassword' | 'tenantId' | 'appType'>;
}

const REJECTION: Record<NonNullable<TeamsTurnResult['rejected']>, { error: string; message: string; code: string }> = {
  malformed: { error: 'bad_request', message: 'not a Bot Framework activity', code: 'VALIDATION_FAILED' },
  unauthenticated: { error: 'unauthorized', message: 'missing or invalid Bot Framework token', code: 'AUTHENTICATION_FAILED' },
  failed: { error: 'internal_error', message: 'the turn failed; the request id is in the server log', code: 'INTERNAL' },
};

function credentials(config: AppConfig): TeamsAdapterConfig {
  const { appId, appPassword, tenantId, appType } = config.teams;
  return { appId, appPassword, tenantId, appType };
}

function errorCode(err: unknown): string {
  return err instanceof BotError ? err.code : 'INTERNAL';
}

/** Logs what happened without message text or tokens: ids and counts only. */
function report(result: TeamsTurnResult, log: FastifyRequest['log'], metrics: Metrics): void {
  if (result.rejected) {
    metrics.errors.inc({ platform: 'teams', code: REJECTION[result.rejected].code });
    log.info({ status: result.status, reason: result.rejected, detail: result.body }, 'teams request rejected');
  }
  if (result.error) {
    const err = result.error;
    // Handler failures are already counted by the instrumented handler.
    if (result.errorStage !== 'handler') metrics.errors.inc({ platform: 'teams', code: errorCode(err) });
    const fields = err instanceof BotError
      ? { code: err.code, retryAfterMs: (err as { retryAfterMs?: number }).retryAfterMs, platformCode: (err as { platformCode?: unknown }).platformCode }
      : { err };
    log.warn({ ...fields, stage: result.errorStage }, 'teams turn failed');
  }
  if (result.message) log.info({ kind: result.message.conversation.kind, replies: result.sent.length, parts: result.activityIds.length }, 'teams turn');
}

function answer(result: TeamsTurnResult, request: FastifyRequest, reply: FastifyReply): FastifyReply {
  reply.code(result.status).headers(result.headers);
  if (result.rejected) {
    const { error, message } = REJECTION[result.rejected];
    const detail = (result.body as { error?: string; 'jwt-auth-error'?: string } | undefined);
    // The adapter's own reason for a bad body or token helps the sender; a 500 keeps its detail in the log.
    const why = result.rejected === 'failed' ? undefined : detail?.error ?? detail?.['jwt-auth-error'];
    return reply.send({ error, message: why ? `${message}: ${why}` : message, requestId: request.id });
  }
  return result.body === undefined ? reply.send() : reply.send(result.body);
}

async function buildAdapter(config: AppConfig, options: TeamsRoutesOptions, logger: Logger): Promise<TeamsAdapter | undefined> {
  if (typeof options.adapter === 'function') return options.adapter();
  if (options.adapter) return options.adapter;
  try {
    const { createTeamsAdapter } = await import('../../../adapters/teams/teams-adapter.js');
    return createTeamsAdapter({ ...options.adapterConfig, ...credentials(config) });
  } catch (err) {
    // The Agents SDK refuses an anonymous adapter when NODE_ENV=production; the rest of the server still runs.
    logger.warn({ err: (err as Error).message }, 'Teams channel disabled: set MICROSOFT_APP_ID (and MICROSOFT_APP_PASSWORD) to enable it');
    return undefined;
  }
}

/**
 * Microsoft Teams: `POST /api/messages`, the Bot Framework messaging endpoint. Requests are
 * authenticated with the Bot Framework JWT when MICROSOFT_APP_ID is set; without it the
 * channel runs anonymously for local use and says so in the log.
 */
export function createTeamsRoutes(options: TeamsRoutesOptions = {}): ChannelRoutes {
  return async (app, { config, logger, metrics, handler }) => {
    const anonymous = typeof options.adapter === 'object' ? options.adapter.anonymous : !config.teams.appId;
    if (anonymous) {
      logger.warn('Teams: MICROSOFT_APP_ID is not set — anonymous mode, requests are NOT authenticated; use only for local testing');
    }
    let adapterOnce: Promise<TeamsAdapter | undefined> | undefined;
    app.post('/api/messages', async (request, reply) => {
      const adapter = await (adapterOnce ??= buildAdapter(config, options, logger));
      if (!adapter) return reply.code(503).send({ error: 'unavailable', message: 'the Teams channel is not configured', requestId: request.id });
      const result = await adapter.handle({ method: request.method, headers: request.headers, body: request.body }, handler);
      report(result, request.log, metrics);
      return answer(result, request, reply);
    });
  };
}

/** The Teams channel with an adapter built from config.teams and an in-memory reference store. */
export const teamsRoutes: ChannelRoutes = createTeamsRoutes();
