/**
 * The contract both job runners pass (outbox in default mode, BullMQ in scaled mode): what users
 * and operators rely on, whatever the back end — each push delivered once, repeated commands never
 * send twice, transient failures retried, permanent ones stop and alert, one destination's rate
 * limit holds up no other, quiet hours respected, and every outcome on record and in the audit log.
 */
import type { Kysely } from 'kysely';
import { afterEach, beforeEach, expect, it } from 'vitest';
import type { Database } from '../../adapters/store/database.js';
import { AuditLog } from '../../adapters/store/repositories/audit-log.js';
import { listProblemDeliveries, retryDeliveries } from '../../bot/delivery/deliveries-admin.js';
import type { OnBroken } from '../../bot/delivery/delivery-context.js';
import { rowReceipt } from '../../bot/delivery/delivery-codec.js';
import { createDeliveryStores, type DeliveryStores } from '../../bot/delivery/delivery-stores.js';
import { destinationKey, type DeliveryTarget } from '../../bot/delivery/delivery-target.js';
import type { JobRunner } from '../../bot/delivery/job-runner.js';
import { createRateLimits } from '../../bot/delivery/rate-limits.js';
import { RecordingSender } from '../../bot/delivery/recording-sender.js';
import type { RetryPolicy } from '../../bot/delivery/retry-policy.js';
import { broadcastJob, eventually, robot, slack, teams } from './delivery-fixtures.js';

/** What the contract hands a runner factory. */
export interface ContractSetup {
  sender: RecordingSender;
  rateLimitFor: ReturnType<typeof createRateLimits>;
  retry: RetryPolicy;
  onBroken: OnBroken;
}

/** A runner under test, over a migrated store it owns. */
export interface ContractHarness {
  runner: JobRunner;
  db: Kysely<Database>;
  close(): Promise<void>;
}

// Test-sized limits: Slack channels 2 per 500 ms; robots and Teams roomy so they never throttle here.
const LIMITS = createRateLimits({
  slack: [{ max: 2, windowMs: 500 }],
  'wecom-robot': [{ max: 1000, windowMs: 1000 }],
  teams: [],
});
// Backoff 40 ms doubling; random() = 1 so the delays are exactly 40, 80, 160 … ms.
const RETRY: RetryPolicy = { maxAttempts: 4, baseDelayMs: 40, maxDelayMs: 1_000, random: () => 1 };

export function runnerContract(makeRunner: (setup: ContractSetup) => Promise<ContractHarness>): void {
  let sender: RecordingSender;
  let harness: ContractHarness;
  let stores: DeliveryStores;
  let broken: { destination: DeliveryTarget; error: Error }[];

  beforeEach(async () => {
    sender = new RecordingSender();
    broken = [];
    harness = await makeRunner({
      sender, rateLimitFor: LIMITS, retry: RETRY, onBroken: (destination, error) => void broken.push({ destination, error }),
    });
    stores = createDeliveryStores(harness.db);
  });
  afterEach(async () => {
    await harness.close();
  });

  it('delivers every job exactly once and records the platform receipt', async () => {
    const targets = [...Array.from({ length: 10 }, (_, i) => robot(`k${i}`)), teams('19:t1'), slack('C1')];
    const jobs = targets.map((t) => broadcastJob(t));
    await harness.runner.enqueue(jobs);
    await harness.runner.start();
    await harness.runner.idle(15_000);
    expect(sender.sent.map((s) => s.deliveryId).sort()).toEqual(jobs.map((j) => j.id).sort());
    const rows = await Promise.all(jobs.map((j) => stores.deliveries.get(j.id)));
    expect(rows.every((r) => r?.status === 'sent' && r.attempts === 1 && r.sentAt !== null)).toBe(true);
    expect(rowReceipt(rows[0]!)).toEqual({ platform: 'wecom-robot', errcode: 0 });
    expect(rowReceipt(rows[10]!)?.id).toMatch(/activity/);
    expect(rowReceipt(rows[11]!)?.ts).toMatch(/^\d+\.\d+$/);
  });

  it('commits a decision\'s record with its pushes, or neither when the record fails', async () => {
    const audit = (db: Kysely<Database>, subject: string) => new AuditLog(db).append({ actor: 'system', action: 'reminder.deadline-due', subject });
    const kept = [robot('w1'), slack('C-with')].map((t) => broadcastJob(t, 'B-with'));
    const { result, recorded } = await harness.runner.enqueueWith(async (db) => {
      await audit(db, 'case:with');
      return { jobs: kept, recorded: 'claimed' };
    });
    expect(result.inserted.sort()).toEqual(kept.map((j) => j.id).sort());
    expect(recorded).toBe('claimed');
    await expect(harness.runner.enqueueWith(async (db) => {
      await audit(db, 'case:without');
      throw new Error('claim failed');
    })).rejects.toThrow('claim failed');
    expect((await stores.deliveries.countByStatus()).pending).toBe(kept.length);
    const subjects = (await new AuditLog(harness.db).list({})).map((e) => e.subject);
    expect(subjects).toContain('case:with');
    expect(subjects).not.toContain('case:without');
    await harness.runner.start();
    await harness.runner.idle(15_000);
    expect(sender.sent.map((s) => s.deliveryId).sort()).toEqual(kept.map((j) => j.id).sort());
  });

  it('sends a repeated command once: the same ids enqueued again are ignored', async () => {
    const jobs = [robot('a'), robot('b'), teams('19:x')].map((t) => broadcastJob(t, 'B-repeat'));
    const first = await harness.runner.enqueue(jobs);
    await harness.runner.start();
    const again = await harness.runner.enqueue(jobs);
    await harness.runner.idle(15_000);
    const late = await harness.runner.enqueue(jobs);
    await harness.runner.idle(15_000);
    expect(first.inserted).toHaveLength(3);
    expect(again.ignored).toHaveLength(3);
    expect(late.inserted).toHaveLength(0);
    expect(sender.sent).toHaveLength(3);
  });

  it('retries a transient failure with growing backoff, then succeeds', async () => {
    const target = robot('flaky');
    sender.failNext(target, { kind: 'transient', times: 2 });
    const job = broadcastJob(target);
    await harness.runner.start();
    await harness.runner.enqueue([job]);
    await harness.runner.idle(15_000);
    const calls = sender.calls.filter((c) => c.destinationKey === destinationKey(target));
    expect(calls.map((c) => c.outcome)).toEqual(['transient', 'transient', 'sent']);
    expect(calls[1]!.at - calls[0]!.at).toBeGreaterThanOrEqual(35);
    expect(calls[2]!.at - calls[1]!.at).toBeGreaterThanOrEqual(75);
    const row = await stores.deliveries.get(job.id);
    expect(row).toMatchObject({ status: 'sent', attempts: 3, lastError: null });
  });

  it('gives a delivery up as dead after maxAttempts transient failures', async () => {
    const target = robot('down');
    sender.failNext(target, { kind: 'transient', times: 100 });
    const job = broadcastJob(target);
    await harness.runner.start();
    await harness.runner.enqueue([job]);
    await harness.runner.idle(15_000);
    expect(await stores.deliveries.get(job.id)).toMatchObject({ status: 'dead', attempts: 4 });
    expect((await listProblemDeliveries(stores)).deliveries.map((d) => d.id)).toEqual([job.id]);
  });

  it('stops on a permanent failure, marks the destination broken, alerts, and lists it as failed', async () => {
    const target = robot('revoked');
    sender.failNext(target, { kind: 'permanent', times: 1 }); // then the admin fixes the webhook
    const first = broadcastJob(target, 'B-perm-1');
    await harness.runner.start();
    await harness.runner.enqueue([first]);
    await harness.runner.idle(15_000);
    const second = broadcastJob(target, 'B-perm-2');
    await harness.runner.enqueue([second]);
    await harness.runner.idle(15_000);

    expect(sender.calls).toHaveLength(1); // the second push was not even tried
    expect(await stores.deliveries.get(first.id)).toMatchObject({ status: 'failed', attempts: 1 });
    expect(await stores.deliveries.get(second.id)).toMatchObject({ status: 'broken', attempts: 0 });
    expect(broken).toHaveLength(1);
    expect(broken[0]!.destination).toEqual(target);
    const report = await listProblemDeliveries(stores);
    expect(report.deliveries.map((d) => d.status).sort()).toEqual(['broken', 'failed']);
    expect(report.brokenDestinations.map((b) => b.destinationKey)).toEqual([destinationKey(target)]);
    expect(report.brokenDestinations[0]!.reason).toContain('93000');

    // An admin fixed the webhook: `deliveries retry` re-sends both and clears the mark.
    const retried = await retryDeliveries(stores, { actor: 'cli:admin', resubmit: (ids) => harness.runner.resubmit(ids) });
    expect(retried.reset).toHaveLength(2);
    await harness.runner.idle(15_000);
    expect(sender.sentTo(target).map((s) => s.deliveryId).sort()).toEqual([first.id, second.id].sort());
    expect((await listProblemDeliveries(stores)).brokenDestinations).toEqual([]);
  });

  it("delays only the rate-limited destination's jobs; other destinations flow", async () => {
    const busy = slack('C-busy');
    const quiet = slack('C-quiet');
    const busyJobs = Array.from({ length: 6 }, (_, i) => broadcastJob(busy, `B-rl-${i}`));
    const quietJobs = Array.from({ length: 2 }, (_, i) => broadcastJob(quiet, `B-rl-${i}`));
    await harness.runner.enqueue([...busyJobs, ...quietJobs]);
    await harness.runner.start();
    await harness.runner.idle(15_000);

    const busyTimes = sender.sentTo(busy).map((s) => s.at).sort((a, b) => a - b);
    const quietTimes = sender.sentTo(quiet).map((s) => s.at);
    expect(busyTimes).toHaveLength(6);
    // The quiet channel's pushes went out in the first window, not behind the busy channel's queue.
    expect(Math.max(...quietTimes)).toBeLessThan(busyTimes[2]!);
    // Never more than 2 sends in any 500 ms window, so the 6th waits for the third window.
    for (let i = 2; i < busyTimes.length; i++) expect(busyTimes[i]! - busyTimes[i - 2]!).toBeGreaterThanOrEqual(495);
    expect(busyTimes[5]! - busyTimes[0]!).toBeGreaterThanOrEqual(990);
  });

  it("honours a platform's rate-limit answer (retryAfterMs) for that destination only", async () => {
    const limited = robot('45009');
    const other = robot('fine');
    sender.failNext(limited, { kind: 'rate-limit', times: 1, retryAfterMs: 400 });
    await harness.runner.start();
    await harness.runner.enqueue([broadcastJob(limited), broadcastJob(other)]);
    await harness.runner.idle(15_000);
    const limitedCalls = sender.calls.filter((c) => c.destinationKey === destinationKey(limited));
    expect(limitedCalls.map((c) => c.outcome)).toEqual(['rate-limit', 'sent']);
    expect(limitedCalls[1]!.at - limitedCalls[0]!.at).toBeGreaterThanOrEqual(395);
    // The other robot did not wait for the limited one's pause.
    expect(sender.sentTo(other)[0]!.at).toBeLessThan(limitedCalls[1]!.at - 200);
  });

  it('holds a quiet-hours push until notBefore and sends an urgent one at once', async () => {
    const notBefore = new Date(Date.now() + 600);
    const deferred = broadcastJob(robot('night'), 'B-quiet', { notBefore });
    const urgent = broadcastJob(robot('urgent'), 'B-quiet');
    await harness.runner.start();
    await harness.runner.enqueue([deferred, urgent]);
    await eventually(() => sender.sentTo(robot('urgent')).length === 1, 5_000, 'urgent push');
    expect(sender.sentTo(robot('night'))).toHaveLength(0);
    await harness.runner.idle(15_000);
    expect(sender.sentTo(robot('night'))[0]!.at).toBeGreaterThanOrEqual(notBefore.getTime());
  });

  it('writes audit entries: who queued it, under which rule, and the outcome', async () => {
    const job = broadcastJob(robot('audited'), 'B-audit');
    await harness.runner.start();
    await harness.runner.enqueue([job]);
    await harness.runner.idle(15_000);
    const trail = await new AuditLog(harness.db).forSubject('broadcast:B-audit');
    expect(trail.map((e) => e.action)).toEqual(['delivery.queued', 'delivery.sent']);
    expect(trail.every((e) => e.actor === 'console:zhangsan' && e.rule === 'broadcast')).toBe(true);
    expect(trail[1]!.detail).toMatchObject({ deliveryId: job.id, destination: job.destinationKey, receipt: { errcode: 0 } });
  });

  it('runs a periodic task repeatedly', async () => {
    let runs = 0;
    await harness.runner.schedulePeriodic('sweep', 100, async () => void (runs += 1));
    await harness.runner.start();
    await eventually(() => runs >= 3, 5_000, 'three sweeps');
  });
}
