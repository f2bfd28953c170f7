import { Activity } from '@microsoft/agents-activity';
import type { ActivityHandler, CloudAdapter, Request } from '@microsoft/agents-hosting';
import { setTurnScope, type TeamsMessageHandler, type TurnOutcome } from '../turn/turn-scope.js';
import { CapturedResponse, type TeamsHttpAnswer } from './captured-response.js';

/** One POST to the messaging endpoint, as the HTTP layer hands it over. */
export interface TeamsHttpRequest {
  method: string;
  headers: Record<string, string | string[] | undefined>;
  body: unknown;
}

/** The HTTP answer plus what the turn did. `rejected` says why nothing was processed. */
export interface TeamsTurnResult extends TeamsHttpAnswer, TurnOutcome {
  rejected?: 'malformed' | 'unauthenticated' | 'failed';
}

function emptyOutcome(): TurnOutcome {
  return { sent: [], activityIds: [] };
}

function malformed(reason: string): TeamsTurnResult {
  return { status: 400, headers: {}, body: { error: reason }, rejected: 'malformed', ...emptyOutcome() };
}

/** Validates the body the same way the SDK will, so a bad body is a 400 rather than a 500. */
function checkBody(body: unknown): string | undefined {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return 'body must be a JSON object (a Bot Framework activity)';
  try {
    const activity = Activity.fromObject(body as Record<string, unknown>);
    if (!activity.type || !activity.conversation?.id) return 'activity needs type and conversation.id';
  } catch {
    return 'body is not a valid Bot Framework activity';
  }
  return undefined;
}

/**
 * Authenticates (the SDK's JWT middleware; anonymous when no app id is configured), then runs
 * the turn through `CloudAdapter.process`. Nothing runs, and nothing is stored, before
 * authentication has passed.
 */
export async function handleRequest(
  cloud: CloudAdapter, agent: ActivityHandler, request: TeamsHttpRequest, onMessage: TeamsMessageHandler,
): Promise<TeamsTurnResult> {
  const bad = checkBody(request.body);
  if (bad) return malformed(bad);
  const req: Request = { method: request.method, headers: request.headers, body: request.body as Record<string, unknown> };
  const res = new CapturedResponse();
  let authorized = false;
  // The middleware calls next() without awaiting it, so it only flags success here.
  await cloud.authorizeRequest(req, res, () => { authorized = true; });
  if (!authorized) return { ...res.result(), rejected: 'unauthenticated', ...emptyOutcome() };
  const outcome = emptyOutcome();
  try {
    await cloud.process(req, res, async (ctx) => {
      setTurnScope(ctx, { onMessage, outcome });
      await agent.run(ctx);
    });
  } catch (err) {
    return { status: 500, headers: {}, body: { error: 'turn failed' }, rejected: 'failed', ...outcome, error: outcome.error ?? err };
  }
  return { ...res.result(), ...outcome };
}
