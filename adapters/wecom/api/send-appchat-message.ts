import { ValidationError } from '../../../core/errors/validation-error.js';
import type { Reply } from '../../../core/reply/reply.js';
import { markdownParts, textParts } from '../render/render-reply.js';
import type { WecomAppClient } from './app-client.js';

/*
 * 应用推送消息 (push to an app group chat), POST /cgi-bin/appchat/send?access_token=… —
 * doc https://developer.work.weixin.qq.com/document/path/90248 (last updated 2024/07/11):
 * - only self-built apps whose visibility is the root department; the chatid must be a chat
 *   this app created (appchat/create, doc 90245); platforms.md §2.5.
 * - message types: text, image, voice, video, file, textcard, news, mpnews, markdown — no
 *   template_card, so a reply's actions stay in the markdown's "可回复" line.
 * - rate: ≤ 20,000 person-times a minute per corp (a group of 100 counts 100 per message),
 *   hourly 15万/35万/70万 by corp size; each member receives ≤ 200 messages a minute and
 *   10,000 a day from one app across all its groups — the excess is dropped without an error.
 *   Pacing is the delivery runner's (bot/delivery/rate-limits.ts, kind 'wecom-app').
 */

/** Content limits of appchat/send, in UTF-8 bytes (doc 90248). */
const APPCHAT_LIMITS = {
  /** text.content "最长不超过2048个字节". */
  textBytes: 2048,
  /** markdown.content "最长不超过2048个字节，必须是utf8编码". */
  markdownBytes: 2048,
} as const;

/** What WeCom confirmed for one push to a group chat: errcode 0 for every part. */
export interface WecomAppChatReceipt {
  errcode: 0;
  errmsg: string;
  /** How many messages the content was split into (appchat/send returns no msgid). */
  parts: number;
}

/** Options for sendAppChatMessage. */
export interface SendAppChatOptions {
  /** Force a format; default markdown for a Reply, text for a string (as sendAppMessage does). */
  format?: 'markdown' | 'text';
}

/** The appchat/send bodies for one push, shaped like the doc 90248 examples. */
function appChatBodies(chatId: string, content: Reply | string, format: 'markdown' | 'text'): Record<string, unknown>[] {
  if (format === 'text') {
    // The doc's text example carries "safe":0 (0 = not a 保密消息, the default).
    return textParts(content, APPCHAT_LIMITS.textBytes).parts
      .map((part) => ({ chatid: chatId, msgtype: 'text', text: { content: part }, safe: 0 }));
  }
  // The doc's markdown section lists no `safe` parameter, so the body has none.
  return markdownParts(content, APPCHAT_LIMITS.markdownBytes).parts
    .map((part) => ({ chatid: chatId, msgtype: 'markdown', markdown: { content: part } }));
}

/**
 * Pushes one reply to a WeCom app group chat through POST /cgi-bin/appchat/send (doc 90248).
 * A Reply goes out as markdown parts of ≤ 2048 bytes, split at line boundaries exactly as
 * message/send splits them; a string goes out as text parts. The token cache and the one
 * refresh-and-retry on an expired token are the app client's (app-client.ts). Errcodes become the
 * typed errors of errors/map-errcode.ts — an unknown chat id (86001/86003) or a chat this app did
 * not create (86008) is permanent. If part n fails, the parts before it were delivered.
 * @example await sendAppChatMessage(wecom.appClient, 'wrhaishu01', reply)
 */
export async function sendAppChatMessage(client: WecomAppClient, chatId: string, content: Reply | string, options: SendAppChatOptions = {}): Promise<WecomAppChatReceipt> {
  if (!chatId) throw new ValidationError('WeCom app chat push names no chat id', ['chatid']);
  const format = options.format ?? (typeof content === 'string' ? 'text' : 'markdown');
  const bodies = appChatBodies(chatId, content, format);
  // 44004 "empty content" would be WeCom's answer; say it before posting.
  if (bodies.length === 0) throw new ValidationError('WeCom app chat message is empty', ['content']);
  let errmsg = 'ok';
  for (const body of bodies) ({ errmsg } = await client.post('appchat/send', body));
  return { errcode: 0, errmsg, parts: bodies.length };
}
