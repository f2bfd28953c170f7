import { randomUUID } from 'node:crypto';
import { ValidationError } from '../../../core/errors/validation-error.js';
import type { Reply } from '../../../core/reply/reply.js';
import { renderAppMessages } from '../render/render-app-messages.js';
import type { WecomAppClient } from './app-client.js';

/** What WeCom confirmed for one reply: errcode 0 for every part, with the ids it assigned. */
export interface WecomAppReceipt {
  errcode: 0;
  errmsg: string;
  /** One msgid per message sent (markdown parts, then the card); usable for recall. */
  msgIds: string[];
  /** Recipients WeCom did not recognise ("u1|u2"), when it named any. */
  invalidUser?: string;
}

/** Options for sendAppMessage; `taskId` is injectable so tests can assert it. */
export interface SendAppOptions {
  /** Card task ids must be unique per app, [0-9a-zA-Z_-@], ≤ 128 bytes (doc 90236). */
  taskId?: () => string;
}

/**
 * Sends one reply to one member through POST /cgi-bin/message/send (doc 90236). A Reply goes out
 * as markdown parts of ≤ 2048 bytes, followed by a button_interaction template card when it has
 * actions; a string goes out as text parts. Throws the typed errors of errors/map-errcode.ts.
 * @example await sendAppMessage(client, 'zhangsan', reply)
 */
export async function sendAppMessage(client: WecomAppClient, toUser: string, reply: Reply | string, options: SendAppOptions = {}): Promise<WecomAppReceipt> {
  const messages = renderAppMessages(reply, options.taskId ?? (() => `casebot-${randomUUID()}`));
  if (messages.length === 0) throw new ValidationError('WeCom app message is empty', ['content']);
  const receipt: WecomAppReceipt = { errcode: 0, errmsg: 'ok', msgIds: [] };
  for (const message of messages) {
    const answer = await client.post('message/send', { touser: toUser, agentid: Number(client.agentId), ...message });
    if (typeof answer.msgid === 'string') receipt.msgIds.push(answer.msgid);
    if (typeof answer.invaliduser === 'string' && answer.invaliduser) receipt.invalidUser = answer.invaliduser;
  }
  return receipt;
}
