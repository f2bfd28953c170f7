// One WeCom message through the whole application (createApp: config, knowledge, the real router,
// the server with CHANNELS): what the fake WeCom API receives is the router's answer, rendered.
import { afterEach, beforeEach, expect, it } from 'vitest';
import { WECOM_LIMITS } from '../../adapters/wecom/index.js';
import { markdownParts } from '../../adapters/wecom/render/render-reply.js';
import { loadKnowledge } from '../../bot/knowledge/load-knowledge.js';
import { createRouter } from '../../bot/router/create-router.js';
import { startFakeWecomApi, type FakeWecomApi } from '../fakes/fake-wecom-api.js';
import { startTestApp, type TestApp } from '../http/start-test-app.js';
import { vectors } from './wecom-fixtures.js';
import { postCallback, signedCallback, textMessageXml } from './wecom-sender.js';

const keys = vectors().keySets.B;
const NOW = new Date('2026-01-10T10:00:00+08:00');
let fake: FakeWecomApi;
let test: TestApp;

beforeEach(async () => {
  fake = await startFakeWecomApi({ corpId: keys.receiveId, secret: 'router-test-secret' });
  test = await startTestApp({
    now: NOW,
    env: {
      WECOM_CORP_ID: keys.receiveId, WECOM_TOKEN: keys.token, WECOM_ENCODING_AES_KEY: keys.encodingAesKey,
      WECOM_AGENT_ID: '1000002', WECOM_SECRET: 'router-test-secret', WECOM_API_BASE: fake.url,
    },
  });
});
afterEach(async () => {
  await test.app.stop();
  await fake.close();
});

it('an encrypted question is answered with the router\'s reply, sent to the asker', async () => {
  const question = '黑车拉客要哪些证据';
  const res = await postCallback(test.url, signedCallback(keys, textMessageXml(keys.receiveId, 'zhangsan', question, '5550001')));
  expect(res.status).toBe(200);

  const router = createRouter({ knowledge: loadKnowledge(test.app.config.knowledgeDir), now: () => NOW });
  const replies = await router({ id: 'x', platform: 'wecom', conversation: { id: 'zhangsan', kind: 'direct' }, user: { id: 'zhangsan' }, text: question });
  const expected = replies.flatMap((r) => markdownParts(r, WECOM_LIMITS.appMarkdownBytes).parts);

  await fake.waitFor(() => fake.appMessages().filter((m) => m.msgtype === 'markdown').length >= expected.length);
  const sent = fake.appMessages().filter((m) => m.msgtype === 'markdown');
  expect(sent.every((m) => m.touser === 'zhangsan')).toBe(true);
  expect(sent.map((m) => (m.markdown as { content: string }).content)).toEqual(expected);
});
