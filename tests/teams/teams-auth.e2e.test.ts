// With MICROSOFT_APP_ID configured, /api/messages only accepts a valid Bot Framework token:
// anything else gets 401 and causes nothing (no handler call, no connector call, no stored reference).
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createTeamsAdapter } from '../../adapters/teams/index.js';
import type { IncomingMessage } from '../../core/message/incoming-message.js';
import { newSigningKey, signJwt, startJwks, unsignedJwt } from './signed-token.js';
import { echoHandler } from './teams-replies.js';
import { teamsFixture } from './teams-fixtures.js';
import { startTeamsServer, type TeamsTestServer } from './teams-test-server.js';

const APP_ID = '00000000-0000-0000-0000-0000000000b0';
const ENV = { MICROSOFT_APP_ID: APP_ID, MICROSOFT_APP_PASSWORD: 'fake-password-for-tests' };

async function expectNothingHappened(t: TeamsTestServer, seen: IncomingMessage[]): Promise<void> {
  expect(seen).toHaveLength(0);
  expect(t.connector.received).toHaveLength(0);
  expect(await t.adapter?.references.list() ?? []).toHaveLength(0);
}

describe('Teams channel with an app id', () => {
  const seen: IncomingMessage[] = [];
  let t: TeamsTestServer;
  beforeAll(async () => { t = await startTeamsServer({ env: ENV, adapter: 'create', handler: echoHandler(seen) }); });
  afterAll(() => t.close());
  afterEach(() => expectNothingHappened(t, seen));

  it('does not warn about anonymous mode', () => {
    expect(t.adapter!.anonymous).toBe(false);
    expect(t.logs.join('')).not.toContain('anonymous mode');
  });

  it('rejects a request without Authorization with 401', async () => {
    const res = await t.post(teamsFixture('personal-message'));
    expect(res.status).toBe(401);
    expect(await res.json()).toMatchObject({ error: 'unauthorized' });
  });

  it('rejects a bogus bearer token and a non-bearer scheme with 401', async () => {
    expect((await t.post(teamsFixture('personal-message'), { authorization: 'Bearer not-a-jwt' })).status).toBe(401);
    expect((await t.post(teamsFixture('personal-message'), { authorization: 'Basic dXNlcjpwYXNz' })).status).toBe(401);
  });

  it('rejects a token issued for another bot with 401', async () => {
    const token = unsignedJwt({ aud: 'another-bot', iss: 'https://api.botframework.com', exp: Math.floor(Date.now() / 1000) + 600 });
    expect((await t.post(teamsFixture('channel-mention'), { authorization: `Bearer ${token}` })).status).toBe(401);
  });

  it('counts the rejections as authentication errors', async () => {
    const metrics = await (await fetch(`${t.url}/metrics`)).text();
    expect(metrics).toMatch(/casebot_errors_total\{platform="teams",code="AUTHENTICATION_FAILED"\} [1-9]/);
  });
});

describe('Teams channel with an app id, against a signing key it can check', () => {
  const seen: IncomingMessage[] = [];
  const kid = 'test-key-1';
  const legit = newSigningKey();
  const attacker = newSigningKey();
  let jwks: Awaited<ReturnType<typeof startJwks>>;
  let t: TeamsTestServer;

  beforeAll(async () => {
    jwks = await startJwks(legit.publicKey, kid);
    // The SDK fetches signing keys from {authority}/discovery/v2.0/keys for non-Bot-Service issuers.
    const adapter = createTeamsAdapter({ appId: APP_ID, appPassword: 'x', authorityEndpoint: `${jwks.url}/fake-tenant` });
    t = await startTeamsServer({ env: ENV, adapter, handler: echoHandler(seen) });
  });
  afterAll(async () => { await t.close(); await jwks.close(); });
  afterEach(() => expectNothingHappened(t, seen));

  const claims = () => ({ aud: APP_ID, iss: 'https://sts.windows.net/fake-tenant/', exp: Math.floor(Date.now() / 1000) + 600, nbf: Math.floor(Date.now() / 1000) - 10 });

  it('rejects a token with our audience but a forged signature', async () => {
    const forged = signJwt(claims(), attacker.privateKey, kid);
    expect((await t.post(teamsFixture('personal-message'), { authorization: `Bearer ${forged}` })).status).toBe(401);
    expect(jwks.hits()).toBeGreaterThan(0);
  });

  it('rejects a valid token whose serviceurl claim names another host (no posting elsewhere)', async () => {
    const token = signJwt({ ...claims(), serviceurl: 'https://smba.trafficmanager.net/amer/' }, legit.privateKey, kid);
    const res = await t.post(teamsFixture('personal-message'), { authorization: `Bearer ${token}` });
    expect(res.status).toBe(400);
  });

  it('rejects a correctly signed but expired token', async () => {
    const expired = signJwt({ ...claims(), exp: Math.floor(Date.now() / 1000) - 3600 }, legit.privateKey, kid);
    expect((await t.post(teamsFixture('personal-message'), { authorization: `Bearer ${expired}` })).status).toBe(401);
  });
});

describe('Teams channel without an app id in production', () => {
  it('refuses to run unauthenticated: 503 and a warning naming MICROSOFT_APP_ID', async () => {
    const before = process.env.NODE_ENV;
    // The Agents SDK decides anonymous mode from NODE_ENV when the adapter is built, which
    // happens on the first request (the SDK is loaded lazily): keep it set until then.
    process.env.NODE_ENV = 'production';
    const t: TeamsTestServer = await startTeamsServer();
    try {
      const res = await t.post(teamsFixture('personal-message'));
      expect(res.status).toBe(503);
      expect(t.connector.received).toHaveLength(0);
      expect(t.logs.join('')).toMatch(/"level":40.*Teams channel disabled: set MICROSOFT_APP_ID/);
    } finally {
      process.env.NODE_ENV = before;
      await t.close();
    }
  });
});
