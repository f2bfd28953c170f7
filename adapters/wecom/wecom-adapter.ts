import { randomBytes } from 'node:crypto';
import { NotImplementedError } from '../../core/errors/not-implemented-error.js';
import type { Reply } from '../../core/reply/reply.js';
import { createWecomAppClient, type WecomAppClient } from './api/app-client.js';
import { sendAppMessage, type WecomAppReceipt } from './api/send-app-message.js';
import type { FetchLike } from './api/wecom-http.js';
import { createWecomCrypto, type WecomSignedQuery } from './crypto/wecom-crypto.js';
import { truncateBytes } from './render/byte-limit.js';
import { WECOM_LIMITS } from './render/limits.js';
import { parseWecomMessage, type ParsedCallback } from './webhook/parse.js';
import type { WecomUrlQuery } from './webhook/signed-query.js';
import { buildEncryptedReplyXml, buildTextReplyXml } from './xml/build-reply-xml.js';
import { parseCallbackEnvelope } from './xml/envelope.js';

/** Settings of one self-built app (WECOM_* environment variables). */
export interface WecomAdapterConfig {
  corpId: string;
  token: string;
  encodingAesKey: string;
  /** With `secret`: answers go through message/send. Without: passive encrypted text replies only. */
  agentId?: string;
  secret?: string;
  /** WECOM_API_BASE; default https://qyapi.weixin.qq.com. */
  apiBase?: string;
  fetch?: FetchLike;
  /** Clock in ms, for token expiry and reply timestamps. */
  now?: () => number;
}

/** What WeCom lets this adapter do; the dispatcher reads it instead of guessing. */
export interface WecomCapabilities {
  /** The app callback receives direct messages and card button presses. */
  receive: true;
  /** Only robot `text` can @-mention; markdown cannot (doc 91770). */
  mentions: 'text-only';
  /** message/send is configured (agent id and secret present). */
  appApi: boolean;
}

/** The WeCom self-built app channel: verify and open callbacks, answer passively or via the API. */
export interface WecomAdapter {
  readonly platform: 'wecom';
  readonly capabilities: WecomCapabilities;
  /** The app API client (with its token cache) when configured, for pushes to share it. */
  readonly appClient?: WecomAppClient;
  /** GET URL verification: checks the signature over echostr and returns its plaintext. */
  verifyUrl(query: WecomUrlQuery): string;
  /** POST callback: signature first, then decryption, corp check and parsing. */
  openCallback(query: WecomSignedQuery, body: string): ParsedCallback;
  /** An encrypted passive text reply for the HTTP response (≤ 2048 bytes, doc 90241). */
  passiveTextReply(toUser: string, text: string): string;
  /** Sends a reply to a member via message/send; NotImplementedError without an app secret. */
  send(toUser: string, reply: Reply | string): Promise<WecomAppReceipt>;
}

const DEFAULT_API_BASE = 'https://qyapi.weixin.qq.com';

function appClientFor(config: WecomAdapterConfig): WecomAppClient | undefined {
  if (!config.agentId || !config.secret) return undefined;
  if (!/^\d+$/.test(config.agentId)) throw new RangeError('WECOM_AGENT_ID must be the numeric AgentId');
  return createWecomAppClient({
    apiBase: config.apiBase ?? DEFAULT_API_BASE, corpId: config.corpId, secret: config.secret,
    agentId: config.agentId, fetch: config.fetch, now: config.now,
  });
}

/**
 * Builds the WeCom adapter. Throws at construction on a malformed EncodingAESKey or agent id.
 * @example const wecom = createWecomAdapter({ corpId, token, encodingAesKey, agentId, secret });
 */
export function createWecomAdapter(config: WecomAdapterConfig): WecomAdapter {
  const crypto = createWecomCrypto({ token: config.token, encodingAesKey: config.encodingAesKey, receiveId: config.corpId });
  const client = appClientFor(config);
  const now = config.now ?? Date.now;
  return {
    platform: 'wecom',
    capabilities: { receive: true, mentions: 'text-only', appApi: client !== undefined },
    appClient: client,
    verifyUrl: (query) => crypto.open(query, query.echostr),
    openCallback(query, body) {
      const envelope = parseCallbackEnvelope(body);
      return parseWecomMessage(crypto.open(query, envelope.encrypt));
    },
    passiveTextReply(toUser, text) {
      const createTime = Math.floor(now() / 1000);
      const content = truncateBytes(text, WECOM_LIMITS.passiveTextBytes);
      const plain = buildTextReplyXml({ toUser, corpId: config.corpId, createTime, content });
      const nonce = String(randomBytes(4).readUInt32BE(0));
      return buildEncryptedReplyXml(crypto.seal(plain, String(createTime), nonce));
    },
    async send(toUser, reply) {
      if (!client) throw new NotImplementedError('WeCom message/send needs WECOM_AGENT_ID and WECOM_SECRET');
      return sendAppMessage(client, toUser, reply);
    },
  };
}
