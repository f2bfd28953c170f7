import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, jsonOf, startTestApp } from './start-test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t.app.stop();
});

describe('HTTP server', () => {
  it('answers liveness with a request id, echoing a sane caller id', async () => {
    const res = await fetch(`${t.url}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok' });
    expect(res.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    const echoed = await fetch(`${t.url}/healthz`, { headers: { 'x-request-id': 'trace-42' } });
    expect(echoed.headers.get('x-request-id')).toBe('trace-42');
    const junk = await fetch(`${t.url}/healthz`, { headers: { 'x-request-id': 'bad id <script>' } });
    expect(junk.headers.get('x-request-id')).not.toContain('<');
  });

  it('is ready once the knowledge is loaded and the record store answers', async () => {
    const res = await fetch(`${t.url}/readyz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ready', checks: { knowledge: true, 'record store': true } });
  });

  it('serves Prometheus metrics with per-route latency and per-platform message counts', async () => {
    await t.postJson('/api/console/messages', { userId: 'metrics-user', text: '帮助' });
    const res = await fetch(`${t.url}/metrics`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/plain');
    const text = await res.text();
    expect(text).toMatch(/casebot_http_request_duration_seconds_count\{method="GET",route="\/healthz",status="200"\} \d+/);
    expect(text).toMatch(/casebot_messages_total\{platform="console"\} [1-9]/);
    expect(text).toMatch(/casebot_replies_total\{platform="console",kind="[a-z-]+"\} [1-9]/);
    expect(text).toContain('casebot_answer_duration_seconds_bucket');
    expect(text).toContain('casebot_process_resident_memory_bytes');
  });

  it('answers malformed JSON with 400 and a clear message', async () => {
    const res = await t.post('/api/console/messages', '{"userId": "a", "text": ');
    expect(res.status).toBe(400);
    const body = await jsonOf(res);
    expect(body.message).toMatch(/malformed JSON body/);
    expect(body.requestId).toBe(res.headers.get('x-request-id'));
  });

  it('refuses a body over 64 KB with 413', async () => {
    const res = await t.postJson('/api/console/messages', { userId: 'big', text: 'x'.repeat(70 * 1024) });
    expect(res.status).toBe(413);
    expect((await jsonOf(res)).message).toBe('request body is larger than 64 KB');
  });

  it('answers unknown routes with a JSON 404', async () => {
    const res = await fetch(`${t.url}/no/such/page?key=secret`);
    expect(res.status).toBe(404);
    expect(await res.json()).toMatchObject({ error: 'not_found', message: 'no route for GET /no/such/page' });
  });

  it('names what is wrong with a console message', async () => {
    const cases: [unknown, RegExp][] = [
      [{ text: 'hi' }, /userId/],
      [{ userId: '', text: 'hi' }, /userId/],
      [{ userId: 'u'.repeat(65), text: 'hi' }, /userId/],
      [{ userId: 'u', text: 'x'.repeat(10_001) }, /text/],
      [{ userId: 'u', text: 42 }, /text/],
      [['userId', 'text'], /expected JSON \{userId, text\}/],
    ];
    for (const [payload, reason] of cases) {
      const res = await t.postJson('/api/console/messages', payload);
      expect(res.status, JSON.stringify(payload).slice(0, 60)).toBe(400);
      expect((await jsonOf(res)).message).toMatch(reason);
    }
  });

  it('writes one JSON log line per request, with its request id', async () => {
    await fetch(`${t.url}/healthz`, { headers: { 'x-request-id': 'log-check-1' } });
    await new Promise((r) => setTimeout(r, 20));
    const lines = t.logs.map((l) => JSON.parse(l)).filter((l) => l.reqId === 'log-check-1');
    expect(lines).toEqual([expect.objectContaining({ msg: 'request', route: '/healthz', status: 200, service: 'casebot' })]);
  });

  it('keeps credentials and parties\' personal data out of the log', async () => {
    await fetch(`${t.url}/api/console/messages?key=robot-key-123`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Bearer secret-token-xyz' },
      body: JSON.stringify({ userId: 'privacy', text: '当事人身份证110105194912310021，手机13912345678' }),
    });
    await fetch(`${t.url}/missing?key=robot-key-123`, { headers: { authorization: 'Bearer secret-token-xyz' } });
    await new Promise((r) => setTimeout(r, 20));
    const all = t.logs.join('');
    for (const leak of ['robot-key-123', 'secret-token-xyz', '110105194912310021', '13912345678']) expect(all).not.toContain(leak);
  });
});
