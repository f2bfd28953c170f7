// A few hundred malformed and random payloads at POST /api/messages: never a 500, and the
// server still answers a real activity afterwards.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { teamsFixture } from './teams-fixtures.js';
import { startTeamsServer, type TeamsTestServer } from './teams-test-server.js';
import { prng } from '../support/prng.js';


const FIXTURES = ['personal-message', 'channel-mention', 'action-submit', 'conversation-update-bot-added', 'group-chat-message'] as const;

function randomScalar(rand: () => number): unknown {
  const options: unknown[] = [null, true, 0, -1, 1e308, '', '<at>x</at>', 'x'.repeat(Math.floor(rand() * 300)), [], {}, { id: 5 }, 'invoke', 'message', '2017-13-45T99:99:99Z'];
  return options[Math.floor(rand() * options.length)];
}

/** A documented activity with a few fields replaced, removed or added at random. */
function mutatedActivity(rand: () => number, serviceUrl: string): Record<string, unknown> {
  const activity: Record<string, unknown> = { ...teamsFixture(FIXTURES[Math.floor(rand() * FIXTURES.length)]!), serviceUrl };
  const keys = [...Object.keys(activity), 'value', 'entities', 'replyToId', 'timestamp', 'deliveryMode', 'name'];
  for (let i = 0, n = 1 + Math.floor(rand() * 4); i < n; i++) {
    const key = keys[Math.floor(rand() * keys.length)]!;
    if (rand() < 0.3) delete activity[key];
    else activity[key] = randomScalar(rand);
  }
  return activity;
}

function randomBody(rand: () => number, serviceUrl: string): { body: string; type: string } {
  const json = JSON.stringify(mutatedActivity(rand, serviceUrl));
  switch (Math.floor(rand() * 5)) {
    case 0: return { body: json.slice(0, Math.floor(rand() * json.length)), type: 'application/json' };
    case 1: return { body: JSON.stringify(randomScalar(rand)) ?? 'null', type: 'application/json' };
    case 2: return { body: json, type: 'text/plain' };
    default: return { body: json, type: 'application/json' };
  }
}

describe('Teams endpoint under random and malformed payloads', () => {
  let t: TeamsTestServer;
  beforeAll(async () => { t = await startTeamsServer(); });
  afterAll(() => t.close());

  it('answers 300 of them without a 500 and keeps serving', async () => {
    const rand = prng(20250301);
    const statuses = new Map<number, number>();
    for (let i = 0; i < 300; i++) {
      const { body, type } = randomBody(rand, t.connector.serviceUrl);
      const res = await fetch(`${t.url}/api/messages`, { method: 'POST', headers: { 'content-type': type }, body });
      await res.arrayBuffer();
      statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
      expect(res.status, `payload #${i}: ${body.slice(0, 200)}`).not.toBe(500);
    }
    expect(statuses.get(400)).toBeGreaterThan(0);
    t.connector.reset();
    expect((await t.post(teamsFixture('personal-message'))).status).toBe(200);
    expect(t.connector.received).toHaveLength(1);
  });
});
