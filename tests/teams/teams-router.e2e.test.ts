// One Teams message through the whole application: real router and knowledge, real server,
// fake connector. The card the connector receives is the router's answer, rendered for Teams.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseActivity } from '../../adapters/teams/index.js';
import { loadKnowledge } from '../../bot/knowledge/load-knowledge.js';
import { defaultKnowledgeDir } from '../../bot/paths.js';
import { createRouter } from '../../bot/router/create-router.js';
import type { MessageHandler } from '../../bot/router/message-handler.js';
import { renderText } from '../../core/reply/render-text.js';
import { teamsActivity, teamsFixture } from './teams-fixtures.js';
import { startTeamsServer, type TeamsTestServer } from './teams-test-server.js';

describe('Teams → router → Teams', () => {
  let t: TeamsTestServer;
  let router: MessageHandler;

  beforeAll(async () => {
    router = createRouter({ knowledge: loadKnowledge(defaultKnowledgeDir()), now: () => new Date('2025-03-03T02:00:00Z') });
    t = await startTeamsServer({ handler: router });
  });
  afterAll(() => t.close());

  it('answers a question asked in a personal chat with the router’s reply, rendered as a card', async () => {
    expect((await t.post(teamsFixture('personal-message'))).status).toBe(200);
    const expected = await router(parseActivity(teamsActivity('personal-message'))!);
    expect(expected.length).toBeGreaterThan(0);
    const posts = await t.connector.waitFor(1);
    // A long answer may be split; the first part starts with the router's title.
    const first = posts[0]!.body as { summary: string; attachments: Array<{ content: { body: Array<{ text?: string }> } }> };
    expect(String(first.attachments[0]!.content.body[0]!.text).startsWith(expected[0]!.title)).toBe(true);
    if (posts.length === 1) expect(first.summary).toBe(renderText(expected[0]!));
    expect(posts.every((p) => p.conversationId === 'a:fake-personal-conversation-zhangsan')).toBe(true);
  });
});
