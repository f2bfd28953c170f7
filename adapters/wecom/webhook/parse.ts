import type { IncomingMessage } from '../../../core/message/incoming-message.js';
import { leafFields } from '../xml/xml-element.js';
import { parseXml } from '../xml/parse-xml.js';
import { XmlParseError } from '../xml/xml-parse-error.js';

/** What one decrypted callback turned into: a message for the router, or a reason it is ignored. */
export type ParsedCallback =
  | { kind: 'message'; message: IncomingMessage }
  | { kind: 'ignored'; reason: string };

function sentAt(createTime: string | undefined): string | undefined {
  const seconds = Number(createTime);
  return createTime && Number.isSafeInteger(seconds) && seconds > 0 ? new Date(seconds * 1000).toISOString() : undefined;
}

function base(from: string, id: string, text: string, createTime?: string): IncomingMessage {
  const message: IncomingMessage = {
    id, platform: 'wecom', conversation: { id: from, kind: 'direct' }, user: { id: from }, text,
  };
  const at = sentAt(createTime);
  if (at) message.sentAt = at;
  return message;
}

/**
 * A template-card button press (doc 90240 `template_card_event`): EventKey is the button's key,
 * which we set to the action value when rendering. Events have no MsgId; WeCom's advice is to
 * dedupe them by FromUserName + CreateTime, and TaskId/EventKey keep two cards apart.
 */
function parseCardEvent(f: Record<string, string>, from: string): ParsedCallback {
  const value = f.EventKey?.trim();
  if (!value) return { kind: 'ignored', reason: 'template_card_event without EventKey' };
  const id = `evt:${from}:${f.CreateTime ?? ''}:${f.TaskId ?? ''}:${value}`;
  return { kind: 'message', message: { ...base(from, id, value, f.CreateTime), actionValue: value } };
}

/**
 * Decrypted message XML (doc 90239 / 90240) → IncomingMessage. Text messages and template-card
 * button events become messages; other types (image, voice, enter_agent …) are ignored.
 * Throws XmlParseError when required fields are missing.
 */
export function parseWecomMessage(plaintext: string): ParsedCallback {
  const root = parseXml(plaintext);
  if (root.name !== 'xml') throw new XmlParseError('root element must be <xml>', 0);
  const f = leafFields(root);
  const from = f.FromUserName?.trim();
  if (!from || !f.MsgType) throw new XmlParseError('missing FromUserName or MsgType', 0);
  if (f.MsgType === 'text') {
    if (!f.MsgId || f.Content === undefined) throw new XmlParseError('text message without MsgId or Content', 0);
    return { kind: 'message', message: base(from, f.MsgId, f.Content.trim(), f.CreateTime) };
  }
  if (f.MsgType === 'event' && f.Event === 'template_card_event') return parseCardEvent(f, from);
  return { kind: 'ignored', reason: f.MsgType === 'event' ? `event ${f.Event ?? '?'}` : `msgtype ${f.MsgType}` };
}
