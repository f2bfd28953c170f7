import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { redactUrl, serviceAvailable, serviceUrl } from './require-service.js';

// A closed port on loopback: nothing listens on port 1 in a test environment.
const CLOSED = 1;

describe('serviceAvailable', () => {
  let fakeRedis: net.Server;
  let port = 0;
  beforeAll(async () => {
    fakeRedis = net.createServer((socket) => socket.on('data', () => socket.write('+PONG\r\n')));
    await new Promise<void>((resolve) => fakeRedis.listen(0, '127.0.0.1', resolve));
    port = (fakeRedis.address() as net.AddressInfo).port;
  });
  afterAll(() => new Promise<void>((resolve) => fakeRedis.close(() => resolve())));

  it('answers true for a server that PONGs and false for a closed port', async () => {
    expect(await serviceAvailable('redis', `redis://127.0.0.1:${port}`)).toBe(true);
    expect(await serviceAvailable('redis', `redis://127.0.0.1:${CLOSED}`)).toBe(false);
    expect(await serviceAvailable('postgres', `postgres://postgres@127.0.0.1:${CLOSED}/test`)).toBe(false);
    expect(await serviceAvailable('postgres', 'not a url')).toBe(false);
  });

  it('reads TEST_* variables with loopback defaults, and hides passwords', () => {
    expect(serviceUrl('postgres', {})).toBe('postgres://postgres@127.0.0.1:5432/test');
    expect(serviceUrl('redis', { TEST_REDIS_URL: 'redis://cache:6380' })).toBe('redis://cache:6380');
    expect(redactUrl('postgres://u:hunter2@db/x')).toBe('postgres://u:***@db/x');
  });
});
