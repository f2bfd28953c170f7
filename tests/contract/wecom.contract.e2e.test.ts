/**
 * The adapter contract for WeCom: decrypted callback fixtures through the adapter's parser, the
 * app-message renderer against WeCom's documented limits, and the real server plus the fake
 * WeCom API for the authentication and rate-limit answers.
 */
import {
  createWecomAppClient, parseWecomMessage, renderAppMessages, sendAppMessage, type WecomAppMessage,
} from '../../adapters/wecom/index.js';
import type { IncomingMessage } from '../../core/message/incoming-message.js';
import type { Reply } from '../../core/reply/reply.js';
import { startFakeWecomApi, type FakeWecomApi } from '../fakes/fake-wecom-api.js';
import { readCallbackXml, readJsonFixture, responses, vectors } from '../wecom/wecom-fixtures.js';
import { startWecomServer, type WecomTestServer } from '../wecom/wecom-test-server.js';
import { type AdapterContractDriver, type ContractFixture, adapterContract } from './adapter-contract.js';

const v = vectors();
const A = v.keySets.A;
const SECRET = 'contract-secret';
const reply: Reply = { kind: 'notice', locale: 'zh', title: '督办通知', sections: [], citations: [] };
let fake: FakeWecomApi;
let app: WecomTestServer;

const utf8 = (s: string) => Buffer.byteLength(s, 'utf8');

/** WeCom's limits for app messages, written out with their source (doc 90236). */
function limitViolations(m: WecomAppMessage): string[] {
  const problems: string[] = [];
  if (m.msgtype === 'markdown' && utf8(m.markdown.content) > 2048) problems.push('markdown.content > 2048 bytes');
  if (m.msgtype === 'text' && utf8(m.text.content) > 2048) problems.push('text.content > 2048 bytes');
  if (m.msgtype === 'template_card') {
    const card = m.template_card;
    if (card.button_list.length > 6) problems.push('button_list > 6');
    if (card.button_list.some((b) => utf8(b.key) > 1024)) problems.push('button key > 1024 bytes');
    if (!/^[0-9a-zA-Z_\-@]{1,128}$/.test(card.task_id)) problems.push('task_id not [0-9a-zA-Z_-@]{1,128}');
    if (Array.from(card.main_title.title).length > 36) problems.push('main_title.title > 36 characters');
  }
  return problems;
}

function visibleText(m: WecomAppMessage): string {
  if (m.msgtype === 'template_card') return [m.template_card.main_title.title, ...m.template_card.button_list.map((b) => b.text)].join('\n');
  const content = m.msgtype === 'markdown' ? m.markdown.content : m.text.content;
  return content.replace(/<\/?font[^>]*>/g, '').replace(/\*\*|`/g, '').replace(/^(#+|>) /gm, '');
}

async function thrownBy(work: Promise<unknown>): Promise<unknown> {
  return work.then(() => undefined, (error: unknown) => error);
}

function fixtures(): ContractFixture[] {
  const docCases = readJsonFixture<{ cases: { file: string; expected: { message?: IncomingMessage } }[] }>('callbacks.json').cases;
  const fromDocs = docCases.map((c) => ({ name: c.file, payload: readCallbackXml(c.file), expected: c.expected.message }));
  const plaintext = (prefix: string) => v.vectors.find((x) => x.name.startsWith(prefix))!.plaintext;
  const official: ContractFixture[] = [
    {
      name: 'official vector A2', payload: plaintext('A2'),
      expected: {
        id: '4561255354251345929', platform: 'wecom', conversation: { id: 'mycreate', kind: 'direct' }, user: { id: 'mycreate' },
        text: 'hello', sentAt: '2014-09-02T12:10:13.000Z',
      },
    },
    {
      name: 'official vector B2', payload: plaintext('B2'),
      expected: {
        id: '1456453720', platform: 'wecom', conversation: { id: 'ChenJiaShun', kind: 'direct' }, user: { id: 'ChenJiaShun' },
        text: '你好', sentAt: '2016-10-14T05:26:19.000Z',
      },
    },
  ];
  return [...fromDocs, ...official];
}

const wecomDriver: AdapterContractDriver<WecomAppMessage> = {
  platform: 'wecom',
  setup: async () => {
    fake = await startFakeWecomApi({ corpId: A.receiveId, secret: SECRET });
    app = await startWecomServer({
      WECOM_CORP_ID: A.receiveId, WECOM_TOKEN: A.token, WECOM_ENCODING_AES_KEY: A.encodingAesKey,
      WECOM_AGENT_ID: '218', WECOM_SECRET: SECRET, WECOM_API_BASE: fake.url,
    });
  },
  teardown: async () => {
    await app.close();
    await fake.close();
  },
  fixtures: fixtures(),
  parse: (payload) => {
    const parsed = parseWecomMessage(String(payload));
    return parsed.kind === 'message' ? parsed.message : undefined;
  },
  render: (r) => renderAppMessages(r, () => 'casebot-contract-task'),
  limitViolations,
  visibleText,
  sendUnauthenticated: async () => {
    const a2 = v.vectors.find((x) => x.name.startsWith('A2'))!;
    const before = fake.requests.length;
    const res = await fetch(`${app.url}/wecom/callback?msg_signature=${'0'.repeat(40)}&timestamp=${a2.timestamp}&nonce=${a2.nonce}`, {
      method: 'POST', headers: { 'content-type': 'text/xml' }, body: a2.body,
    });
    await new Promise((resolve) => setTimeout(resolve, 100));
    return { status: res.status, sideEffects: fake.requests.length - before + app.received.length };
  },
  sendWhileRateLimited: async () => {
    fake.respondNext('message/send', responses().rateLimited!);
    const client = createWecomAppClient({ apiBase: fake.url, corpId: A.receiveId, secret: SECRET, agentId: '218' });
    return thrownBy(sendAppMessage(client, 'zhangsan', reply));
  },
  // 45009: WeCom's windows are per minute (doc 90454, 91770).
  expectedRetryAfterMs: 60_000,
  sendWithRefusedCredentials: () =>
    thrownBy(sendAppMessage(createWecomAppClient({ apiBase: fake.url, corpId: A.receiveId, secret: 'revoked', agentId: '218' }), 'zhangsan', reply)),
};

adapterContract(wecomDriver);
