import type { EncryptedReply } from '../crypto/wecom-crypto.js';
import { cdata } from './cdata.js';

/** The encrypted passive-reply envelope WeCom expects in the HTTP response (doc 90238). */
export function buildEncryptedReplyXml(reply: EncryptedReply): string {
  return [
    '<xml>',
    `<Encrypt>${cdata(reply.encrypt)}</Encrypt>`,
    `<MsgSignature>${cdata(reply.signature)}</MsgSignature>`,
    `<TimeStamp>${reply.timestamp}</TimeStamp>`,
    `<Nonce>${cdata(reply.nonce)}</Nonce>`,
    '</xml>',
  ].join('');
}

/** A plaintext passive text reply (doc 90241): ToUserName = the member, FromUserName = the corp. */
export interface TextReplyXml {
  toUser: string;
  corpId: string;
  /** Unix seconds. */
  createTime: number;
  content: string;
}

/** The plaintext XML that gets encrypted into a passive text reply. */
export function buildTextReplyXml(reply: TextReplyXml): string {
  return [
    '<xml>',
    `<ToUserName>${cdata(reply.toUser)}</ToUserName>`,
    `<FromUserName>${cdata(reply.corpId)}</FromUserName>`,
    `<CreateTime>${reply.createTime}</CreateTime>`,
    `<MsgType>${cdata('text')}</MsgType>`,
    `<Content>${cdata(reply.content)}</Content>`,
    '</xml>',
  ].join('');
}
