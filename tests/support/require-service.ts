/**
 * Service-gated test suites: PostgreSQL and Redis suites run when the service answers on its
 * URL, are skipped with a loud warning when it does not, and FAIL when the environment demands
 * the services (`CASEBOT_REQUIRE_SERVICES=1`, set by `.ci/run`) — so CI can never go green by
 * silently skipping them.
 *
 * @example
 * ```ts
 * const url = process.env.TEST_DATABASE_URL ?? DEFAULT_SERVICE_URLS.postgres;
 * await describeWithService('postgres', url, 'store on PostgreSQL', () => { it(...) });
 * ```
 */
import net from 'node:net';
import pg from 'pg';
import { describe, it } from 'vitest';

/** The external services tests may depend on. */
export type ServiceKind = 'postgres' | 'redis';

/** Loopback defaults, used when TEST_DATABASE_URL / TEST_REDIS_URL are unset. */
export const DEFAULT_SERVICE_URLS: Readonly<Record<ServiceKind, string>> = {
  postgres: 'postgres://postgres@127.0.0.1:5432/test',
  redis: 'redis://127.0.0.1:6379',
};

/** The URL a suite should use for `kind`: the TEST_* variable, else the loopback default. */
export function serviceUrl(kind: ServiceKind, env: NodeJS.ProcessEnv = process.env): string {
  const fromEnv = kind === 'postgres' ? env.TEST_DATABASE_URL : env.TEST_REDIS_URL;
  return fromEnv && fromEnv.length > 0 ? fromEnv : DEFAULT_SERVICE_URLS[kind];
}

const PROBE_TIMEOUT_MS = 2_000;

/** True when the service at `url` answers a trivial request within two seconds. */
export async function serviceAvailable(kind: ServiceKind, url: string): Promise<boolean> {
  try {
    return kind === 'postgres' ? await probePostgres(url) : await probeRedis(url);
  } catch {
    return false;
  }
}

async function probePostgres(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: PROBE_TIMEOUT_MS });
  client.on('error', () => undefined);
  try {
    await client.connect();
    await client.query('select 1');
    return true;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** A raw RESP PING, so the probe needs no client library and never retries forever. */
function probeRedis(url: string): Promise<boolean> {
  const parsed = new URL(url);
  const port = Number(parsed.port || 6379);
  const auth = parsed.password
    ? `AUTH ${decodeURIComponent(parsed.username || 'default')} ${decodeURIComponent(parsed.password)}\r\n`
    : '';
  return new Promise((resolve) => {
    const socket = net.connect({ host: parsed.hostname, port });
    let received = '';
    const done = (ok: boolean): void => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(PROBE_TIMEOUT_MS, () => done(false));
    socket.on('error', () => done(false));
    socket.on('connect', () => socket.write(`${auth}PING\r\n`));
    socket.on('data', (chunk) => {
      received += chunk.toString('utf8');
      if (received.includes('+PONG')) done(true);
      else if (received.includes('-')) done(false);
    });
  });
}

/** True when the environment demands that service suites run (CI). */
export function servicesRequired(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.CASEBOT_REQUIRE_SERVICES === '1';
}

/**
 * Declares `body` as a describe block when `kind` answers at `url`. Otherwise: with
 * CASEBOT_REQUIRE_SERVICES=1 a failing test names the missing service; without it the block is
 * skipped and a console.warn says what was skipped and why. Await it at the top of the test file.
 */
export async function describeWithService(
  kind: ServiceKind,
  url: string,
  name: string,
  body: () => void,
): Promise<void> {
  if (await serviceAvailable(kind, url)) {
    describe(name, body);
    return;
  }
  const where = redactUrl(url);
  if (servicesRequired()) {
    describe(name, () => {
      it(`requires ${kind} at ${where}`, () => {
        throw new Error(
          `${kind} does not answer at ${where}, and CASEBOT_REQUIRE_SERVICES=1 forbids skipping "${name}". ` +
            `Start ${kind} or point ${kind === 'postgres' ? 'TEST_DATABASE_URL' : 'TEST_REDIS_URL'} at it.`,
        );
      });
    });
    return;
  }
  console.warn(
    `\n*** SKIPPED "${name}": ${kind} does not answer at ${where}. ` +
      `Start it (or set ${kind === 'postgres' ? 'TEST_DATABASE_URL' : 'TEST_REDIS_URL'}) to run these tests; ` +
      `CASEBOT_REQUIRE_SERVICES=1 turns this skip into a failure. ***\n`,
  );
  describe.skip(name, body);
}

/** The URL without its password, fit for test output. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return '<unparseable url>';
  }
}
