import { createWecomCrypto, type WecomCryptoConfig } from '../../adapters/wecom/index.js';

/*
 * Plays WeCom's side of the callback in tests and the bench: encrypts a plaintext message XML
 * with the app's key, signs it, and wraps it in the POST envelope (doc 90238).
 */

/** A callback ready to POST: the query string and the XML body. */
export interface SignedCallback {
  query: string;
  body: string;
}

/** The plaintext XML of a text message as WeCom sends it (doc 90239). */
export function textMessageXml(corpId: string, from: string, content: string, msgId: string, createTime = 1_767_000_000): string {
  return `<xml><ToUserName><![CDATA[${corpId}]]></ToUserName><FromUserName><![CDATA[${from}]]></FromUserName>`
    + `<CreateTime>${createTime}</CreateTime><MsgType><![CDATA[text]]></MsgType><Content><![CDATA[${content}]]></Content>`
    + `<MsgId>${msgId}</MsgId><AgentID>1000002</AgentID></xml>`;
}

/** Encrypts and signs `plaintext` as WeCom would, with the given timestamp and nonce. */
export function signedCallback(keys: WecomCryptoConfig, plaintext: string, timestamp = '1767000000', nonce = '98765'): SignedCallback {
  const sealed = createWecomCrypto(keys).seal(plaintext, timestamp, nonce);
  const query = new URLSearchParams({ msg_signature: sealed.signature, timestamp, nonce }).toString();
  const body = `<xml><ToUserName><![CDATA[${keys.receiveId}]]></ToUserName><Encrypt><![CDATA[${sealed.encrypt}]]></Encrypt><AgentID><![CDATA[1000002]]></AgentID></xml>`;
  return { query, body };
}

/** POSTs a callback to a running server. */
export function postCallback(baseUrl: string, callback: SignedCallback): Promise<Response> {
  return fetch(`${baseUrl}/wecom/callback?${callback.query}`, { method: 'POST', headers: { 'content-type': 'text/xml' }, body: callback.body });
}
