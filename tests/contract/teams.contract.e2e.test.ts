/**
 * The adapter contract for Microsoft Teams: documented activities through the adapter's parser,
 * the Adaptive Card renderer against Teams' message size limit, the real server with an app id
 * for the authentication answer, and the fake Bot Framework connector for the rate-limit answer.
 */
import { Activity } from '@microsoft/agents-activity';
import {
  createTeamsAdapter, parseActivity, renderActivities, sendProactive,
  type OutgoingTeamsActivity, type TeamsAdapter, type TeamsConversationReference,
} from '../../adapters/teams/index.js';
import type { IncomingMessage } from '../../core/message/incoming-message.js';
import type { Reply } from '../../core/reply/reply.js';
import { FakeBotConnector } from '../fakes/fake-bot-connector.js';
import { echoHandler } from '../teams/teams-replies.js';
import { teamsFixture, type TeamsFixtureName } from '../teams/teams-fixtures.js';
import { startTeamsServer, type TeamsTestServer } from '../teams/teams-test-server.js';
import { type AdapterContractDriver, adapterContract } from './adapter-contract.js';

/**
 * Teams bot message size: ~100 KB in the current doc, 40 KB in older ones, ~28 KB quoted for the
 * Power Automate connector (platforms.md §4.3); the lowest figure is the one every message must meet.
 */
const TEAMS_LIMIT_BYTES = 28 * 1024;
/** Teams renders Adaptive Cards up to schema 1.5 (platforms.md §4.3). */
const CARD_VERSION = '1.5';

const seen: IncomingMessage[] = [];
let server: TeamsTestServer;
let connector: FakeBotConnector;
let anonymous: TeamsAdapter;
let reference: TeamsConversationReference;
const notice: Reply = { kind: 'notice', locale: 'zh', title: '督办通知', sections: [], citations: [] };

type Card = { version: string; body: Array<{ type: string; text?: string; facts?: Array<{ title: string; value: string }> }>; actions?: Array<{ title: string }> };
const cardOf = (m: OutgoingTeamsActivity): Card => m.attachments[0].content as unknown as Card;

function limitViolations(message: OutgoingTeamsActivity): string[] {
  const json = JSON.stringify(message);
  const bytes = Math.max(Buffer.byteLength(json, 'utf8'), json.length * 2);
  const problems: string[] = [];
  if (bytes > TEAMS_LIMIT_BYTES) problems.push(`${bytes} bytes > ${TEAMS_LIMIT_BYTES}`);
  if (message.attachments[0].contentType !== 'application/vnd.microsoft.card.adaptive') problems.push('not an Adaptive Card');
  if (cardOf(message).version !== CARD_VERSION) problems.push(`card version ${cardOf(message).version}`);
  if (!message.summary) problems.push('no plain-text fallback');
  return problems;
}

function visibleText(message: OutgoingTeamsActivity): string {
  const card = cardOf(message);
  return [
    ...card.body.flatMap((b) => (b.type === 'FactSet' ? (b.facts ?? []).map((f) => `${f.title} ${f.value}`) : [b.text ?? ''])),
    ...(card.actions ?? []).map((a) => a.title),
  ].join('\n');
}

function fixture(name: TeamsFixtureName, expected: IncomingMessage | undefined) {
  return { name, payload: teamsFixture(name), expected };
}

async function thrownBy(work: Promise<unknown>): Promise<unknown> {
  return work.then(() => undefined, (error: unknown) => error);
}

const CHANNEL = '19:fake-channel-haishu@thread.skype';

const teamsDriver: AdapterContractDriver<OutgoingTeamsActivity> = {
  platform: 'teams',
  setup: async () => {
    server = await startTeamsServer({ env: { MICROSOFT_APP_ID: '00000000-0000-0000-0000-0000000000b0' }, adapter: 'create', handler: echoHandler(seen) });
    connector = await new FakeBotConnector().start();
    anonymous = createTeamsAdapter({});
    reference = { channelId: 'msteams', serviceUrl: connector.serviceUrl, conversation: { id: CHANNEL, isGroup: true, conversationType: 'channel' } };
  },
  teardown: async () => {
    await server.close();
    await connector.stop();
  },
  fixtures: [
    fixture('personal-message', {
      id: '1485983408511', platform: 'teams', conversation: { id: 'a:fake-personal-conversation-zhangsan', kind: 'direct' },
      user: { id: '29:fake-user-zhangsan', displayName: '张三' }, text: '黑车拉客要哪些证据', sentAt: '2017-02-01T21:10:07.437Z',
    }),
    fixture('channel-mention', {
      id: '1481567603816', platform: 'teams', conversation: { id: `${CHANNEL};messageid=1481567603816`, kind: 'group', threadId: '1481567600000' },
      user: { id: '29:fake-user-wangwu', displayName: '王五' }, text: '超限运输案件的期限 cc 李四', sentAt: '2017-10-29T00:51:05.990Z',
    }),
    fixture('group-chat-message', {
      id: '1760656520090', platform: 'teams', conversation: { id: '19:fake-group-chat@thread.v2', kind: 'group' },
      user: { id: '29:fake-user-zhaoliu' }, text: '帮助', sentAt: '2025-10-16T23:15:20.113Z',
    }),
    fixture('action-submit', {
      id: 'f:5261769396935243054', platform: 'teams', conversation: { id: `${CHANNEL};messageid=1498171086622`, kind: 'group', threadId: '1575667808184' },
      user: { id: '29:fake-user-wangwu', displayName: '王五' }, text: '收到 N-12', actionValue: '收到 N-12', sentAt: '2017-06-22T22:38:47.407Z',
    }),
    fixture('conversation-update-bot-added', undefined),
  ],
  parse: (payload) => parseActivity(Activity.fromObject(payload as Record<string, unknown>)),
  render: (reply) => renderActivities(reply),
  limitViolations,
  visibleText,
  sendUnauthenticated: async () => {
    server.connector.reset();
    seen.length = 0;
    const res = await server.post(teamsFixture('personal-message'));
    const stored = (await server.adapter!.references.list()).length;
    return { status: res.status, sideEffects: server.connector.received.length + seen.length + stored };
  },
  sendWhileRateLimited: async () => {
    connector.failWith({ status: 429, retryAfter: 7, times: 1 });
    return thrownBy(sendProactive(anonymous, reference, notice));
  },
  expectedRetryAfterMs: 7_000,
  sendWithRefusedCredentials: async () => {
    connector.failWith({ status: 401, times: 1 });
    return thrownBy(sendProactive(anonymous, reference, notice));
  },
};

adapterContract(teamsDriver);
