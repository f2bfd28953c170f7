/**
 * The sweep through the real default-mode runner (outbox on SQLite) into a RecordingSender:
 * reminders arrive once, and a reminder deferred by quiet hours waits in the outbox until
 * 08:00 and is then delivered — deferred, never dropped.
 */
import { describe, expect, it } from 'vitest';
import { destinationKey } from '../../bot/delivery/delivery-target.js';
import { createDeliveryStores } from '../../bot/delivery/delivery-stores.js';
import { OutboxRunner } from '../../bot/delivery/outbox-runner.js';
import { RecordingSender } from '../../bot/delivery/recording-sender.js';
import { runReminderSweep } from '../../bot/reminders/sweep.js';
import { at, HAISHU_ROBOT, HAISHU_SLACK, reminderHarness } from './support/reminder-harness.js';
import { useTempSqlite } from './support/temp-sqlite.js';

const NOTIFIED = [{ type: 'filed', date: '2026-11-20' }, { type: 'notified', date: '2026-12-01' }];

describe('reminders through the outbox runner', () => {
  const store = useTempSqlite();

  it('delivers a deferred reminder at the end of quiet hours, once', async () => {
    let clock = at('2026-12-03 22:00').getTime();
    const sender = new RecordingSender({ now: () => clock });
    const runner = new OutboxRunner({ ...createDeliveryStores(store().db), sender, now: () => clock, pollMs: 20 });
    const h = reminderHarness(store());
    const deps = { ...h.deps, runner };
    await h.register(NOTIFIED);
    await runner.start();
    try {
      await runReminderSweep(deps, at('2026-12-03 22:00'));
      await runReminderSweep(deps, at('2026-12-03 22:01'));
      await new Promise((r) => setTimeout(r, 150));
      expect(sender.sent).toHaveLength(0); // quiet hours: waiting in the outbox
      clock = at('2026-12-04 08:00').getTime();
      await runner.idle(5_000);
      expect(sender.sent.map((s) => s.destinationKey).sort()).toEqual(
        [destinationKey(HAISHU_SLACK), destinationKey(HAISHU_ROBOT), 'user:console:zhangsan'].sort());
      expect(sender.sent.every((s) => s.at >= at('2026-12-04 08:00').getTime())).toBe(true);
      await runReminderSweep(deps, at('2026-12-04 08:05'));
      await runner.idle(5_000);
      expect(sender.sent).toHaveLength(3);
    } finally {
      await runner.stop();
    }
  });
});
