// /wecom/callback through the real server (buildServer + wecomRoutes) and the fake WeCom API:
// URL verification, encrypted messages answered via message/send, auth failures, retries.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createWecomCrypto } from '../../adapters/wecom/index.js';
import { leafFields } from '../../adapters/wecom/xml/xml-element.js';
import { parseXml } from '../../adapters/wecom/xml/parse-xml.js';
import { startFakeWecomApi, type FakeWecomApi } from '../fakes/fake-wecom-api.js';
import { readCallbackXml, vectors } from './wecom-fixtures.js';
import { postCallback, signedCallback, textMessageXml } from './wecom-sender.js';
import { startWecomServer, type WecomTestServer } from './wecom-test-server.js';

const v = vectors();
const A = v.keySets.A;
const a1 = v.vectors.find((x) => x.name.startsWith('A1'))!;
const a2 = v.vectors.find((x) => x.name.startsWith('A2'))!;
const SECRET = 'app-secret-value-xyz';

let fake: FakeWecomApi;
let app: WecomTestServer;

function envFor(overrides: Record<string, string> = {}): Record<string, string> {
  return {
    WECOM_CORP_ID: A.receiveId, WECOM_TOKEN: A.token, WECOM_ENCODING_AES_KEY: A.encodingAesKey,
    WECOM_AGENT_ID: '218', WECOM_SECRET: SECRET, WECOM_API_BASE: fake.url, ...overrides,
  };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 150));
const a2Url = () => `${app.url}/wecom/callback?msg_signature=${a2.msgSignature}&timestamp=${a2.timestamp}&nonce=${a2.nonce}`;
const postA2 = () => fetch(a2Url(), { method: 'POST', headers: { 'content-type': 'text/xml' }, body: a2.body });

beforeEach(async () => {
  fake = await startFakeWecomApi({ corpId: A.receiveId, secret: SECRET });
  app = await startWecomServer(envFor());
});
afterEach(async () => {
  await app.close();
  await fake.close();
});

describe('GET /wecom/callback (URL verification)', () => {
  it('answers the official vector A1 with the plaintext echostr, exactly', async () => {
    const res = await fetch(`${app.url}/wecom/callback?msg_signature=${a1.msgSignature}&timestamp=${a1.timestamp}&nonce=${a1.nonce}&echostr=${a1.encryptUrlEncoded}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/plain/);
    expect(await res.text()).toBe('1616140317555161061');
  });

  it('bad or missing signature → 401', async () => {
    const bad = await fetch(`${app.url}/wecom/callback?msg_signature=${'0'.repeat(40)}&timestamp=${a1.timestamp}&nonce=${a1.nonce}&echostr=${a1.encryptUrlEncoded}`);
    expect(bad.status).toBe(401);
    expect((await fetch(`${app.url}/wecom/callback`)).status).toBe(401);
  });

  it('another corp id → 403', async () => {
    await app.close();
    app = await startWecomServer(envFor({ WECOM_CORP_ID: 'wwnotthiscorp' }));
    const res = await fetch(`${app.url}/wecom/callback?msg_signature=${a1.msgSignature}&timestamp=${a1.timestamp}&nonce=${a1.nonce}&echostr=${a1.encryptUrlEncoded}`);
    expect(res.status).toBe(403);
  });
});

describe('POST /wecom/callback', () => {
  it('official vector A2: empty 200 at once, then the answer through message/send to that user', async () => {
    const res = await postA2();
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('');
    await fake.waitFor(() => fake.appMessages().length === 1);
    const [sent] = fake.appMessages();
    expect(sent).toMatchObject({ touser: 'mycreate', agentid: 218, msgtype: 'markdown' });
    expect((sent!.markdown as { content: string }).content).toContain('收到：hello');
    expect(app.received[0]).toMatchObject({ id: '4561255354251345929', platform: 'wecom', user: { id: 'mycreate' }, conversation: { kind: 'direct' } });
  });

  it('a retried MsgId gets one answer', async () => {
    for (let i = 0; i < 3; i += 1) expect((await postA2()).status).toBe(200);
    await fake.waitFor(() => fake.appMessages().length >= 1);
    await settle();
    expect(fake.appMessages()).toHaveLength(1);
    expect(app.received).toHaveLength(1);
  });

  it('bad signature → 401 and nothing is handled or sent', async () => {
    const res = await fetch(a2Url().replace(a2.msgSignature, 'f'.repeat(40)), { method: 'POST', headers: { 'content-type': 'text/xml' }, body: a2.body });
    expect(res.status).toBe(401);
    await settle();
    expect(app.received).toHaveLength(0);
    expect(fake.requests).toHaveLength(0);
  });

  it('a message for another corp → 403 and nothing is sent', async () => {
    const other = { ...A, receiveId: 'wwanothercorp' };
    const res = await postCallback(app.url, signedCallback(other, textMessageXml('wwanothercorp', 'u1', 'hi', '77')));
    expect(res.status).toBe(403);
    await settle();
    expect(fake.requests).toHaveLength(0);
  });

  it('malformed XML → 400, JSON → 415, oversized → 413, and the server keeps serving', async () => {
    const q = a2Url();
    const post = (body: string, type = 'text/xml') => fetch(q, { method: 'POST', headers: { 'content-type': type }, body });
    expect((await post('<xml><Encrypt>')).status).toBe(400);
    expect((await post('not xml at all')).status).toBe(400);
    expect((await post('{"encrypt":"x"}', 'application/json')).status).toBe(415);
    expect((await post(`<xml><Encrypt>${'A'.repeat(70_000)}</Encrypt></xml>`)).status).toBe(413);
    expect((await postA2()).status).toBe(200);
  });

  it('a template-card button press reaches the handler as actionValue', async () => {
    const plain = readCallbackXml('template-card-event.xml').replace('toUser', A.receiveId).replace('key111', '收到 N-1');
    expect((await postCallback(app.url, signedCallback(A, plain))).status).toBe(200);
    await fake.waitFor(() => fake.appMessages().length === 1);
    expect(app.received[0]).toMatchObject({ user: { id: 'FromUser' }, text: '收到 N-1', actionValue: '收到 N-1' });
  });

  it('a reply with actions is sent as markdown plus a button card', async () => {
    await postCallback(app.url, signedCallback(A, textMessageXml(A.receiveId, 'lisi', '按钮', '9001')));
    await fake.waitFor(() => fake.appMessages().length === 2);
    const card = fake.appMessages()[1]!;
    expect(card).toMatchObject({ touser: 'lisi', msgtype: 'template_card', template_card: { card_type: 'button_interaction' } });
    expect((card.template_card as { button_list: { key: string }[] }).button_list.map((b) => b.key)).toEqual(['收到 N-1', '已整改 N-1']);
  });

  it('events that are not messages (enter_agent) get an empty 200 and no answer', async () => {
    const plain = readCallbackXml('enter-agent-event.xml').replace('toUser', A.receiveId);
    expect((await postCallback(app.url, signedCallback(A, plain))).status).toBe(200);
    await settle();
    expect(app.received).toHaveLength(0);
  });

  it('counts messages, deliveries and rejections with platform "wecom", and logs no secret', async () => {
    await postA2();
    await fake.waitFor(() => fake.appMessages().length === 1);
    await settle();
    await fetch(a2Url().replace(a2.msgSignature, 'e'.repeat(40)), { method: 'POST', headers: { 'content-type': 'text/xml' }, body: a2.body });
    const text = await app.metricsText();
    expect(text).toMatch(/casebot_messages_total\{platform="wecom"\} 1/);
    expect(text).toMatch(/casebot_deliveries_total\{platform="wecom",outcome="sent"\} 1/);
    expect(text).toMatch(/casebot_errors_total\{platform="wecom",code="AUTHENTICATION_FAILED"\} 1/);
    const logs = app.logs.join('\n');
    for (const secret of [SECRET, A.encodingAesKey, 'fake-token-1']) expect(logs).not.toContain(secret);
  });
});

describe('passive reply mode (no WECOM_SECRET)', () => {
  it('answers in the HTTP response with an encrypted, signed text reply', async () => {
    await app.close();
    app = await startWecomServer(envFor({ WECOM_SECRET: '', WECOM_AGENT_ID: '' }));
    const res = await postA2();
    expect(res.status).toBe(200);
    const envelope = leafFields(parseXml(await res.text()));
    const plain = createWecomCrypto(A).open({ msg_signature: envelope.MsgSignature!, timestamp: envelope.TimeStamp!, nonce: envelope.Nonce! }, envelope.Encrypt!);
    expect(leafFields(parseXml(plain))).toMatchObject({ ToUserName: 'mycreate', FromUserName: A.receiveId, MsgType: 'text' });
    expect(leafFields(parseXml(plain)).Content).toContain('收到：hello');
    expect(fake.requests).toHaveLength(0);
  });
});

describe('a failing router', () => {
  it('still gets an empty 200 in both modes, so WeCom does not retry, and the error is counted', async () => {
    const failing = async () => { throw new Error('router down'); };
    const modes: Record<string, string>[] = [{}, { WECOM_SECRET: '', WECOM_AGENT_ID: '' }];
    for (const overrides of modes) {
      await app.close();
      app = await startWecomServer(envFor(overrides), failing);
      const res = await postA2();
      expect(res.status).toBe(200);
      expect(await res.text()).toBe('');
      await settle();
      expect(await app.metricsText()).toMatch(/casebot_errors_total\{platform="wecom",code="INTERNAL"\} 1/);
    }
    expect(fake.appMessages()).toHaveLength(0);
  });
});

describe('without WeCom config', () => {
  it('registers nothing', async () => {
    await app.close();
    app = await startWecomServer({});
    expect((await fetch(`${app.url}/wecom/callback`)).status).toBe(404);
  });
});
