import { UnrecoverableDeliveryError } from '../../../core/errors/unrecoverable-delivery-error.js';
// Types only for Slack and Teams: their SDKs load on the first push to them (cold start).
import type { sendSlackReply, SlackTarget } from '../../../adapters/slack/api/send.js';
import type { TeamsAdapter } from '../../../adapters/teams/index.js';
import { sendAppChatMessage, sendAppMessage, sendRobotMessage, type WecomAppClient } from '../../../adapters/wecom/index.js';
import type { DeliveryPayload } from '../delivery-job.js';
import type { DeliverySender, Receipt } from '../delivery-sender.js';
import { isDirectAddress, type DeliveryTarget } from '../delivery-target.js';

/** The Slack Web API client the Slack adapter creates (createSlackWebClient). */
type SlackClient = Parameters<typeof sendSlackReply>[0];

/** The platform clients configured in this process; a platform left out cannot be pushed to. */
export interface PlatformSenderDeps {
  slack?: SlackClient;
  teams?: {
    adapter: TeamsAdapter | (() => Promise<TeamsAdapter | undefined>);
    /** The 1:1 conversation with a Teams user, if the bot has one (direct pushes). */
    userConversationId?: (userId: string) => Promise<string | undefined>;
    /** The tenant new 1:1 chats are started in (MICROSOFT_APP_TENANT_ID); default: the stored references'. */
    tenantId?: string;
  };
  wecomApp?: WecomAppClient;
  /** Robot webhooks need no client; `fetch` lets tests aim them at a local fake. */
  wecomRobotFetch?: typeof fetch;
}

/**
 * The production DeliverySender: dispatches by destination platform to the adapters, which map
 * platform answers to RateLimitError / UnrecoverableDeliveryError / TransientDeliveryError.
 * Pacing and retries are the runner's; the adapters' clients are built with retries off.
 */
export function createPlatformSender(deps: PlatformSenderDeps): DeliverySender {
  return {
    send: (target, payload) => dispatch(deps, target, payload),
  };
}

async function dispatch(deps: PlatformSenderDeps, target: DeliveryTarget, payload: DeliveryPayload): Promise<Receipt> {
  if (isDirectAddress(target)) {
    switch (target.platform) {
      case 'slack':
        // chat.postMessage with a user id posts into the app's DM with that user.
        return slackSend(deps, { channel: target.userId }, payload);
      case 'teams':
        return teamsSend(deps, await teamsUserConversation(deps, target.userId), payload);
      case 'wecom-app':
        return wecomAppSend(deps, target.userId, payload);
      case 'console':
        // Nothing to send: the console user reads the sent delivery row in their inbox
        // (GET /api/console/inbox), so recording it as sent is the delivery.
        return { platform: 'console' };
    }
  }
  switch (target.platform) {
    case 'wecom-robot': {
      const mentions = payload.mentions?.length ? { mentions: { userIds: payload.mentions } } : {};
      await sendRobotMessage(target.webhook, payload.reply, { ...mentions, ...(deps.wecomRobotFetch && { fetch: deps.wecomRobotFetch }) });
      return { platform: 'wecom-robot', errcode: 0 };
    }
    case 'slack':
      // In a unit's channel the officer is @-mentioned so Slack notifies them; a DM needs no mention.
      return slackSend(deps, { channel: target.channel, ...(payload.mentions?.length && { mentions: payload.mentions }) }, payload);
    case 'teams':
      return teamsSend(deps, target.conversationId, payload);
    case 'wecom-app':
      if (target.chatId) return wecomAppChatSend(deps, target.chatId, payload);
      return wecomAppSend(deps, (target.userIds ?? []).join('|'), payload);
  }
}

async function slackSend(deps: PlatformSenderDeps, target: SlackTarget, payload: DeliveryPayload): Promise<Receipt> {
  if (!deps.slack) throw new UnrecoverableDeliveryError('Slack is not configured (SLACK_BOT_TOKEN)');
  const { sendSlackReply } = await import('../../../adapters/slack/api/send.js');
  const { ts } = await sendSlackReply(deps.slack, target, payload.reply);
  return { platform: 'slack', channel: target.channel, ...(ts[0] && { ts: ts[0] }) };
}

async function teamsAdapterOf(deps: PlatformSenderDeps): Promise<TeamsAdapter> {
  const adapter = typeof deps.teams?.adapter === 'function' ? await deps.teams.adapter() : deps.teams?.adapter;
  if (!adapter) throw new UnrecoverableDeliveryError('Teams is not configured');
  return adapter;
}

/**
 * Teams posts need the conversation reference stored when the bot was added to the conversation
 * (its conversationUpdate); a destination the bot has never seen cannot be posted to yet.
 */
async function teamsSend(deps: PlatformSenderDeps, conversationId: string, payload: DeliveryPayload): Promise<Receipt> {
  const adapter = await teamsAdapterOf(deps);
  const reference = await adapter.references.get(conversationId);
  if (!reference) throw new UnrecoverableDeliveryError('no Teams conversation reference yet: add the bot to the conversation first');
  const { sendProactive } = await import('../../../adapters/teams/send/send-proactive.js');
  const ids = await sendProactive(adapter, reference, payload.reply);
  return { platform: 'teams', ...(ids[0] && { id: ids[0] }) };
}

/**
 * The user's 1:1 chat: the stored one, else one started now (a supervisor who never wrote to the
 * bot still gets escalations). The new chat's reference is stored, so later pushes reuse it.
 */
async function teamsUserConversation(deps: PlatformSenderDeps, userId: string): Promise<string> {
  const id = await deps.teams?.userConversationId?.(userId);
  if (id) return id;
  const adapter = await teamsAdapterOf(deps);
  const { createUserConversation } = await import('../../../adapters/teams/send/create-user-conversation.js');
  const reference = await createUserConversation(adapter, userId, { ...(deps.teams?.tenantId && { tenantId: deps.teams.tenantId }) });
  return reference.conversation.id;
}

/** A unit's WeCom app group chat: appchat/send, for chats this app created (doc 90248). It cannot @-mention. */
async function wecomAppChatSend(deps: PlatformSenderDeps, chatId: string, payload: DeliveryPayload): Promise<Receipt> {
  if (!deps.wecomApp) throw new UnrecoverableDeliveryError('the WeCom app is not configured (WECOM_CORP_ID, WECOM_SECRET, WECOM_AGENT_ID)');
  await sendAppChatMessage(deps.wecomApp, chatId, payload.reply);
  return { platform: 'wecom-app', errcode: 0 };
}

async function wecomAppSend(deps: PlatformSenderDeps, toUser: string, payload: DeliveryPayload): Promise<Receipt> {
  if (!deps.wecomApp) throw new UnrecoverableDeliveryError('the WeCom app is not configured (WECOM_CORP_ID, WECOM_SECRET, WECOM_AGENT_ID)');
  if (!toUser) throw new UnrecoverableDeliveryError('WeCom app destination names no user');
  const receipt = await sendAppMessage(deps.wecomApp, toUser, payload.reply);
  return { platform: 'wecom-app', errcode: 0, ...(receipt.msgIds[0] && { id: receipt.msgIds[0] }) };
}
