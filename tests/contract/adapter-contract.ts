/**
 * The contract every chat adapter passes (issue 3, "Across platforms"; style.md rule 7):
 * recorded fixtures parse to the expected IncomingMessage; a long reply renders within the
 * platform's limits and loses nothing; a request failing authentication gets 401 and causes
 * nothing; a rate-limit answer from the platform becomes a RateLimitError with retry-after.
 *
 * Each platform supplies a small driver and calls `adapterContract(driver)` from a test file:
 *
 * @example
 * // tests/contract/slack.contract.e2e.test.ts
 * adapterContract(slackDriver);
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BotError } from '../../core/errors/bot-error.js';
import { RateLimitError } from '../../core/errors/rate-limit-error.js';
import type { IncomingMessage } from '../../core/message/incoming-message.js';
import type { Reply } from '../../core/reply/reply.js';

/** One recorded payload and what it must parse to (`undefined`: the adapter must ignore it). */
export interface ContractFixture {
  name: string;
  /** The payload as the adapter's parse step receives it (decoded JSON, decrypted XML string …). */
  payload: unknown;
  expected: IncomingMessage | undefined;
}

/** What the driver reports after sending a request that fails authentication. */
export interface AuthFailureOutcome {
  status: number;
  /** Side effects observed afterwards: calls the fake platform API received plus handler calls. Must be 0. */
  sideEffects: number;
}

/**
 * The per-platform driver the contract runs against. Keep it thin: it adapts the platform's
 * real adapter and its fake API to these questions, it does not re-implement them.
 *
 * @typeParam Rendered one platform message as the adapter renders it (a Slack {text, blocks},
 * an Adaptive Card activity, a WeCom markdown string …).
 */
export interface AdapterContractDriver<Rendered = unknown> {
  /** Shown in test names: 'slack', 'teams', 'wecom'. */
  platform: string;
  /** Starts what the suite needs (fake API, server); called once before the tests. */
  setup?(): Promise<void>;
  /** Stops it again; called once after the tests. */
  teardown?(): Promise<void>;

  /** Recorded, scrubbed payloads from tests/fixtures/<platform>/ and their expected messages. */
  fixtures: ContractFixture[];
  /** The adapter's own parse step, unchanged. */
  parse(payload: unknown): IncomingMessage | undefined | Promise<IncomingMessage | undefined>;

  /** The adapter's own renderer: one reply → one or more platform messages. */
  render(reply: Reply): Rendered[] | Promise<Rendered[]>;
  /**
   * Every documented platform limit `message` breaks, as readable strings; [] when it fits.
   * Write the numbers out here (with their source) rather than importing the adapter's constants.
   */
  limitViolations(message: Rendered): string[];
  /** The text a person sees in `message` (markup and entities removed), to check nothing is lost. */
  visibleText(message: Rendered): string;

  /** Sends one request with failing authentication (bad signature, no token …) to the real endpoint. */
  sendUnauthenticated(): Promise<AuthFailureOutcome>;
  /** Expected status for an authentication failure; default 401 (WeCom may answer 403 for a wrong corp id). */
  authFailureStatus?: number;

  /** Makes the fake platform API answer "rate limited" once, sends a reply through the adapter, and returns what was thrown. */
  sendWhileRateLimited(): Promise<unknown>;
  /** The retry-after the fake announced, in milliseconds (a 429's Retry-After, WeCom 45009's minute window …). */
  expectedRetryAfterMs: number;
  /** Optional: the platform refuses our credentials; returns what the send threw (an AuthenticationError or UnrecoverableDeliveryError). */
  sendWithRefusedCredentials?(): Promise<unknown>;
}

/** Plain CJK text without markup characters, so every renderer shows it verbatim. */
function longReply(): Reply {
  const sections = Array.from({ length: 10 }, (_, s) => ({
    heading: `第${s + 1}部分`,
    items: Array.from({ length: 15 }, (_, i) => ({ text: `第${s + 1}部分第${i + 1}项 ${'执法证据应当合法真实完整'.repeat(12)}`, note: `说明${s + 1}-${i + 1}` })),
  }));
  return {
    kind: 'evidence', locale: 'zh', title: `长回复${'标题'.repeat(120)}`, summary: '以下内容较长，平台会分多条发送。', sections,
    citations: Array.from({ length: 30 }, (_, i) => ({ law: `测试法规${i + 1}`, article: '第一条', source: 'contract', verified: i % 2 === 0 })),
    actions: Array.from({ length: 4 }, (_, i) => ({ id: `a${i}`, label: `操作${i + 1}`, value: `命令 ${i + 1}` })),
  };
}

/** Registers the contract's tests for one adapter. */
export function adapterContract<Rendered>(driver: AdapterContractDriver<Rendered>): void {
  describe(`adapter contract: ${driver.platform}`, () => {
    beforeAll(async () => { await driver.setup?.(); });
    afterAll(async () => { await driver.teardown?.(); });

    it.each(driver.fixtures.map((f) => [f.name, f] as const))('fixture %s parses to the expected message', async (_name, fixture) => {
      expect(await driver.parse(fixture.payload)).toEqual(fixture.expected);
    });

    it('splits a long reply into messages that each fit the platform limits, losing no item', async () => {
      const reply = longReply();
      const messages = await driver.render(reply);
      expect(messages.length).toBeGreaterThan(1);
      for (const [i, message] of messages.entries()) expect(driver.limitViolations(message), `message ${i + 1}`).toEqual([]);
      const seen = messages.map((m) => driver.visibleText(m)).join('\n');
      for (const section of reply.sections) for (const item of section.items) expect(seen).toContain(item.text);
    });

    it(`answers an authentication failure with ${driver.authFailureStatus ?? 401} and does nothing`, async () => {
      const outcome = await driver.sendUnauthenticated();
      expect(outcome).toEqual({ status: driver.authFailureStatus ?? 401, sideEffects: 0 });
    });

    it('turns a rate-limit answer into a RateLimitError with retry-after', async () => {
      const error = await driver.sendWhileRateLimited();
      expect(error).toBeInstanceOf(RateLimitError);
      expect((error as RateLimitError).retryAfterMs).toBe(driver.expectedRetryAfterMs);
    });

    it.runIf(driver.sendWithRefusedCredentials)('turns refused credentials into a typed, non-retryable error', async () => {
      const error = await driver.sendWithRefusedCredentials!();
      expect(error).toBeInstanceOf(BotError);
      expect(['AUTHENTICATION_FAILED', 'DELIVERY_UNRECOVERABLE']).toContain((error as BotError).code);
    });
  });
}
