/**
 * The adapter contract for Slack: fixtures through the adapter's parser, the Block Kit renderer
 * against Slack's documented limits, and the real server plus the fake Web API for the
 * authentication and rate-limit answers.
 */
import {
  createSlackWebClient, parseSlackPayload, renderSlackMessages, sendSlackReply, type SlackMessage,
} from '../../adapters/slack/index.js';
import type { Reply } from '../../core/reply/reply.js';
import { slackLimitViolations, slackVisibleText } from '../slack/slack-limits.js';
import {
  asJson, BOT_TOKEN, echoHandler, settle, type SlackHarness, slackFixture, startSlackHarness,
} from '../slack/slack-test-kit.js';
import { type AdapterContractDriver, adapterContract } from './adapter-contract.js';

const echo = echoHandler();
let h: SlackHarness;

const reply: Reply = { kind: 'notice', locale: 'zh', title: '督办通知', sections: [], citations: [] };

async function thrownBy(work: Promise<unknown>): Promise<unknown> {
  return work.then(() => undefined, (error: unknown) => error);
}

const slackDriver: AdapterContractDriver<SlackMessage> = {
  platform: 'slack',
  setup: async () => { h = await startSlackHarness({ handler: echo.handler }); },
  teardown: async () => { await h.close(); },
  fixtures: [
    {
      name: 'app-mention',
      payload: slackFixture('app-mention'),
      expected: {
        id: 'Ev00000001', platform: 'slack', conversation: { id: 'C00000001', kind: 'group' },
        user: { id: 'U00000001' }, text: '黑车拉客要哪些证据', sentAt: '2023-11-14T22:13:20.000Z',
      },
    },
    {
      name: 'app-mention-in-thread',
      payload: slackFixture('app-mention-in-thread'),
      expected: {
        id: 'Ev00000002', platform: 'slack', conversation: { id: 'C00000001', kind: 'group', threadId: '1700000000.000001' },
        user: { id: 'U00000002' }, text: '超限的案子几天内要结 & 要不要听证', sentAt: '2023-11-14T22:15:00.000Z',
      },
    },
    {
      name: 'message-im',
      payload: slackFixture('message-im'),
      expected: {
        id: 'Ev00000003', platform: 'slack', conversation: { id: 'D00000001', kind: 'direct' },
        user: { id: 'U00000001' }, text: '帮助', sentAt: '2023-11-14T22:16:40.000Z',
      },
    },
    {
      name: 'slash-command',
      payload: slackFixture('slash-command'),
      expected: {
        id: '0000000000001.0000000000.00000000000000000000000000000001', platform: 'slack',
        conversation: { id: 'C00000001', kind: 'group' }, user: { id: 'U00000001', displayName: 'officer1' }, text: '黑车拉客要哪些证据',
      },
    },
    {
      name: 'block-actions',
      payload: slackFixture('block-actions'),
      expected: {
        id: '0000000000002.0000000000.00000000000000000000000000000002', platform: 'slack',
        conversation: { id: 'C00000001', kind: 'group', threadId: '1700000500.000600' },
        user: { id: 'U00000001', displayName: 'officer1' }, text: '收到 N-12', actionValue: '收到 N-12', sentAt: '2023-11-14T22:21:50.000Z',
      },
    },
    { name: 'message-changed (ignored)', payload: slackFixture('message-changed'), expected: undefined },
    { name: 'bot-message-im (ignored)', payload: slackFixture('bot-message-im'), expected: undefined },
    { name: 'url-verification (not a message)', payload: slackFixture('url-verification'), expected: undefined },
  ],
  parse: (payload) => parseSlackPayload(payload, { botUserId: 'U00000BOT', botId: 'B00000BOT' }),
  render: renderSlackMessages,
  limitViolations: slackLimitViolations,
  visibleText: slackVisibleText,
  sendUnauthenticated: async () => {
    h.fake.reset();
    echo.received.length = 0;
    const res = await h.send(asJson({ ...slackFixture('app-mention'), event_id: 'EvC0000001' }), { secret: 'a-wrong-secret' });
    await settle();
    return { status: res.status, sideEffects: h.fake.calls.length + echo.received.length };
  },
  sendWhileRateLimited: async () => {
    h.fake.failNext('chat.postMessage', { ratelimited: 30 });
    return thrownBy(sendSlackReply(createSlackWebClient({ botToken: BOT_TOKEN, apiUrl: h.fake.apiUrl }), { channel: 'C00000001' }, reply));
  },
  expectedRetryAfterMs: 30_000,
  sendWithRefusedCredentials: () =>
    thrownBy(sendSlackReply(createSlackWebClient({ botToken: 'xoxb-revoked', apiUrl: h.fake.apiUrl }), { channel: 'C00000001' }, reply)),
};

adapterContract(slackDriver);
