/**
 * Slack through the whole application (createApp: config, knowledge, the real router, every
 * channel): a signed app_mention gets the router's own answer, rendered for Slack. The expected
 * text comes from running the same router on the same message, so this test does not depend on
 * what the router says — only on Slack carrying it faithfully.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../bot/knowledge/load-knowledge.js';
import { createRouter } from '../../bot/router/create-router.js';
import { renderText } from '../../core/reply/render-text.js';
import { FakeSlackApi } from '../fakes/fake-slack-api.js';
import { type TestApp, startTestApp } from '../http/start-test-app.js';
import { asJson, BOT_TOKEN, SIGNING_SECRET, signatureHeaders, slackFixture } from './slack-test-kit.js';

const NOW = new Date('2026-01-10T10:00:00+08:00');
let fake: FakeSlackApi;
let t: TestApp;

beforeAll(async () => {
  fake = await FakeSlackApi.start({ botToken: BOT_TOKEN });
  t = await startTestApp({ env: { SLACK_BOT_TOKEN: BOT_TOKEN, SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_API_URL: fake.apiUrl }, now: NOW });
});
afterAll(async () => {
  await t.app.stop();
  await fake.close();
});

describe('Slack through the real router', () => {
  it('posts the router’s answer to the question asked in the mention', async () => {
    const body = asJson({ ...slackFixture('app-mention'), event_id: 'EvR0000001' });
    const res = await fetch(`${t.url}/slack/events`, { method: 'POST', headers: { 'content-type': body.contentType, ...signatureHeaders(body.body) }, body: body.body });
    expect(res.status).toBe(200);
    const posts = await fake.waitFor('chat.postMessage', 1);

    const router = createRouter({ knowledge: loadKnowledge(t.app.config.knowledgeDir), now: () => NOW });
    const replies = await router({ id: 'x', platform: 'slack', conversation: { id: 'C00000001', kind: 'group' }, user: { id: 'U00000001' }, text: '黑车拉客要哪些证据' });
    const expected = renderText(replies[0]!);
    expect(String(posts[0]!.body.text)).toBe(expected.length > 4000 ? `${expected.slice(0, 3999)}…` : expected);
    expect((posts[0]!.body.blocks as { type: string }[])[0]!.type).toBe('header');
  });

  it('answers 404 naming the env vars when Slack is not configured', async () => {
    const bare = await startTestApp();
    try {
      const res = await bare.post('/slack/events', '{}');
      expect(res.status).toBe(404);
      expect(((await res.json()) as { message: string }).message).toContain('SLACK_BOT_TOKEN');
    } finally {
      await bare.app.stop();
    }
  });
});
